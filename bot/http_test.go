package bot

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// signer signs requests as Discord does, with a key made for the test.
type signer struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

func newSigner(t testing.TB) signer {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return signer{pub, priv}
}

// request returns a POST /interactions signed at time at.
func (s signer) request(body []byte, at time.Time) *http.Request {
	ts := strconv.FormatInt(at.Unix(), 10)
	sig := ed25519.Sign(s.priv, append([]byte(ts), body...))
	r := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
	r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	r.Header.Set("X-Signature-Timestamp", ts)
	r.Header.Set("Content-Type", "application/json")
	return r
}

func testServer(t testing.TB, key ed25519.PublicKey) (*InteractionServer, *Metrics) {
	t.Helper()
	m := NewMetrics()
	b := New(testCommands(t), LimitsConfig{PerMinute: 6000, Burst: 1000}, slog.New(slog.NewTextHandler(io.Discard, nil)), m)
	s := b.NewInteractionServer(key, 64, m)
	s.SetReady(true)
	return s, m
}

func jsonBody(t testing.TB, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestInteractionsEndpoint(t *testing.T) {
	sg := newSigner(t)
	srv, _ := testServer(t, sg.pub)
	now := time.Now()
	ask := jsonBody(t, interaction("7001", discordgo.InteractionApplicationCommand, askData("Who is Kyrylo Budanov?"), "300000000000000001", true))
	ping := []byte(`{"id":"7002","type":1,"token":"t","application_id":"900000000000000001","version":1}`)
	other := newSigner(t)

	tests := []struct {
		name     string
		req      func() *http.Request
		want     int
		wantBody string
	}{
		{"ping", func() *http.Request { return sg.request(ping, now) }, 200, `"type":1`},
		{"ask", func() *http.Request { return sg.request(ask, now) }, 200, "head of Defense Intelligence"},
		{"autocomplete", func() *http.Request {
			d := askData("kur")
			d["options"].([]any)[0].(map[string]any)["focused"] = true
			return sg.request(jsonBody(t, interaction("7003", discordgo.InteractionApplicationCommandAutocomplete, d, "300000000000000001", true)), now)
		}, 200, `"choices"`},
		{"button", func() *http.Request {
			return sg.request(jsonBody(t, interaction("7004", discordgo.InteractionMessageComponent, map[string]any{"custom_id": "para:8", "component_type": 2}, "300000000000000001", true)), now)
		}, 200, "4,000 fatalities"},
		{"signed by another key", func() *http.Request { return other.request(ask, now) }, 401, ""},
		{"body changed after signing", func() *http.Request {
			r := sg.request(ask, now)
			r.Body = io.NopCloser(bytes.NewReader(bytes.Replace(ask, []byte("Budanov"), []byte("Putin!!"), 1)))
			return r
		}, 401, ""},
		{"no signature", func() *http.Request {
			r := sg.request(ask, now)
			r.Header.Del("X-Signature-Ed25519")
			return r
		}, 401, ""},
		{"no timestamp", func() *http.Request {
			r := sg.request(ask, now)
			r.Header.Del("X-Signature-Timestamp")
			return r
		}, 401, ""},
		{"signature not hex", func() *http.Request {
			r := sg.request(ask, now)
			r.Header.Set("X-Signature-Ed25519", "zz"+r.Header.Get("X-Signature-Ed25519")[2:])
			return r
		}, 401, ""},
		{"timestamp not a number", func() *http.Request {
			r := sg.request(ask, now)
			r.Header.Set("X-Signature-Timestamp", "yesterday")
			return r
		}, 401, ""},
		{"stale (replay)", func() *http.Request { return sg.request(ask, now.Add(-6*time.Minute)) }, 401, ""},
		{"from the future", func() *http.Request { return sg.request(ask, now.Add(6*time.Minute)) }, 401, ""},
		{"just inside the window", func() *http.Request { return sg.request(ask, now.Add(-4*time.Minute)) }, 200, "Budanov"},
		{"oversized body", func() *http.Request { return sg.request(bytes.Repeat([]byte("a"), maxBody+1), now) }, 413, ""},
		{"oversized, length unknown", func() *http.Request {
			r := sg.request(bytes.Repeat([]byte("a"), maxBody+1), now)
			r.ContentLength = -1
			return r
		}, 413, ""},
		{"wrong method", func() *http.Request { return httptest.NewRequest(http.MethodGet, "/interactions", nil) }, 405, ""},
		{"malformed JSON", func() *http.Request { return sg.request([]byte(`{"type": 2, "data": `), now) }, 400, ""},
		{"empty body", func() *http.Request { return sg.request(nil, now) }, 400, ""},
		{"unknown interaction type", func() *http.Request { return sg.request([]byte(`{"id":"1","type":99,"token":"t"}`), now) }, 400, ""},
		{"unknown path", func() *http.Request { return httptest.NewRequest(http.MethodPost, "/other", nil) }, 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			srv.ServeHTTP(w, tt.req())
			if w.Code != tt.want {
				t.Fatalf("status = %d, want %d (body %q)", w.Code, tt.want, w.Body.String())
			}
			if tt.want == 200 {
				if ct := w.Header().Get("Content-Type"); ct != "application/json" {
					t.Errorf("Content-Type = %q", ct)
				}
				var resp struct {
					Type int             `json:"type"`
					Data json.RawMessage `json:"data"`
				}
				if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil || resp.Type == 0 {
					t.Errorf("response is not an interaction response: %v %s", err, w.Body.String())
				}
			}
			if !strings.Contains(w.Body.String(), tt.wantBody) {
				t.Errorf("body %q lacks %q", w.Body.String(), tt.wantBody)
			}
		})
	}
}

func TestHealthAndMetrics(t *testing.T) {
	sg := newSigner(t)
	srv, _ := testServer(t, sg.pub)
	get := func(path string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		return w
	}
	if w := get("/healthz"); w.Code != 200 {
		t.Errorf("healthz when ready = %d", w.Code)
	}
	srv.SetReady(false)
	if w := get("/healthz"); w.Code != 503 {
		t.Errorf("healthz when not ready = %d, want 503", w.Code)
	}
	srv.SetReady(true)

	now := time.Now()
	for _, q := range []string{"who is budanov", "How many Russian tanks were destroyed?"} {
		srv.ServeHTTP(httptest.NewRecorder(), sg.request(jsonBody(t, interaction("8001", discordgo.InteractionApplicationCommand, askData(q), "300000000000000001", true)), now))
	}
	srv.ServeHTTP(httptest.NewRecorder(), newSigner(t).request([]byte(`{}`), now))
	srv.ServeHTTP(httptest.NewRecorder(), sg.request([]byte(`{}`), now.Add(-time.Hour)))

	w := get("/metrics")
	if w.Code != 200 {
		t.Fatalf("metrics = %d", w.Code)
	}
	for _, want := range []string{
		`reportbot_interactions_total{path="http",result="answered"} 1`,
		`reportbot_interactions_total{path="http",result="declined"} 1`,
		`reportbot_signature_failures_total{reason="bad"} 1`,
		`reportbot_signature_failures_total{reason="stale"} 1`,
		`reportbot_answer_seconds_count{path="http"} 2`,
		"go_goroutines",
	} {
		if !strings.Contains(w.Body.String(), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestBusyServerSays503(t *testing.T) {
	sg := newSigner(t)
	srv, m := testServer(t, sg.pub)
	for i := 0; i < cap(srv.sem); i++ {
		srv.sem <- struct{}{} // every slot taken
	}
	w := httptest.NewRecorder()
	srv.ServeHTTP(w, sg.request([]byte(`{"type":1}`), time.Now()))
	if w.Code != 503 || w.Header().Get("Retry-After") == "" {
		t.Errorf("status %d, Retry-After %q; want 503 with Retry-After", w.Code, w.Header().Get("Retry-After"))
	}
	// an unsigned request is refused for that, not for the lack of a slot
	w = httptest.NewRecorder()
	srv.ServeHTTP(w, newSigner(t).request([]byte(`{"type":1}`), time.Now()))
	if w.Code != 401 {
		t.Errorf("unsigned request while busy = %d, want 401", w.Code)
	}
	w = httptest.NewRecorder()
	m.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	if v := metricValue(w.Body.String(), "reportbot_http_busy_total"); v != 1 {
		t.Errorf("reportbot_http_busy_total = %v, want 1", v)
	}
}

func TestNoKeyNoEndpoint(t *testing.T) {
	srv, _ := testServer(t, nil)
	w := httptest.NewRecorder()
	srv.ServeHTTP(w, newSigner(t).request([]byte(`{"type":1}`), time.Now()))
	if w.Code != 404 && w.Code != 405 {
		t.Errorf("POST /interactions without a key = %d, want it not served", w.Code)
	}
}

// Any signed body gets a well-formed status and never a 500 or a panic.
func FuzzInteractions(f *testing.F) {
	sg := newSigner(f)
	srv, _ := testServer(f, sg.pub)
	for _, seed := range []string{
		`{"type":1}`, `{"type":2,"data":{"name":"ask","options":[{"name":"question","type":3,"value":"kn23"}]}}`,
		`{"type":3,"data":{"custom_id":"facts::1","component_type":2}}`, `{"type":4,"data":{"name":"ask","options":[]}}`,
		`{"type":2,"data":{"name":"ask","options":[{"name":"question","type":5,"value":true}]}}`,
		`{"type":3,"data":{"custom_id":"para:-1"}}`, `{"type":5}`, `null`, `[]`, `{"type":"2"}`, ``,
	} {
		f.Add([]byte(seed))
	}
	now := time.Now()
	f.Fuzz(func(t *testing.T, body []byte) {
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, sg.request(body, now))
		switch w.Code {
		case 200, 400, 413:
		default:
			t.Fatalf("status %d for %q: %s", w.Code, body, w.Body.String())
		}
	})
}

// verify must agree with discordgo.VerifyInteraction, which it replaces to
// avoid copying the body: good, tampered and malformed signatures alike.
func TestVerifyAgreesWithDiscordgo(t *testing.T) {
	sg := newSigner(t)
	srv, _ := testServer(t, sg.pub)
	body := []byte(`{"id":"1","type":1}`)
	tests := []struct {
		name string
		edit func(r *http.Request)
	}{
		{"good", func(*http.Request) {}},
		{"other timestamp", func(r *http.Request) {
			ts, _ := strconv.ParseInt(r.Header.Get("X-Signature-Timestamp"), 10, 64)
			r.Header.Set("X-Signature-Timestamp", strconv.FormatInt(ts+1, 10))
		}},
		{"flipped bit", func(r *http.Request) {
			sig := []byte(r.Header.Get("X-Signature-Ed25519"))
			sig[0] ^= 1
			r.Header.Set("X-Signature-Ed25519", string(sig))
		}},
		{"short", func(r *http.Request) { r.Header.Set("X-Signature-Ed25519", "abcd") }},
		{"odd hex", func(r *http.Request) { r.Header.Set("X-Signature-Ed25519", "abc") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := sg.request(body, time.Now())
			tt.edit(r)
			ours := srv.verify(r, body) == ""
			r.Body = io.NopCloser(bytes.NewReader(body))
			theirs := discordgo.VerifyInteraction(r, sg.pub)
			if ours != theirs {
				t.Errorf("verify = %v, discordgo.VerifyInteraction = %v", ours, theirs)
			}
		})
	}
}
