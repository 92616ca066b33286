package bot

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// fakeDiscord is Discord as far as the bot can tell: a REST API and a
// gateway websocket on 127.0.0.1. The real discordgo client talks to it;
// it records what arrives, for tests to check.
type fakeDiscord struct {
	t      *testing.T
	srv    *httptest.Server
	botID  string
	appID  string
	hello  time.Duration // heartbeat interval it asks for
	reqs   chan request
	events chan gatewayMsg // from the client: IDENTIFY, heartbeats

	mu   sync.Mutex
	conn *websocket.Conn
	seq  int
}

// api is the REST path prefix of the API version discordgo speaks.
var api = "/api/v" + discordgo.APIVersion

// request is one REST call the bot made.
type request struct {
	Method, Path, Auth string
	Body               []byte
}

func (r request) decode(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		t.Fatalf("%s %s: bad JSON body %q: %v", r.Method, r.Path, r.Body, err)
	}
}

type gatewayMsg struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int            `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	f := &fakeDiscord{
		t: t, botID: "900000000000000001", appID: "900000000000000001",
		hello: 200 * time.Millisecond,
		reqs:  make(chan request, 100), events: make(chan gatewayMsg, 100),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+api+"/gateway", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		writeJSON(w, map[string]string{"url": "ws://" + r.Host + "/ws"})
	})
	mux.HandleFunc("GET /ws/", f.gateway)
	mux.HandleFunc("GET "+api+"/applications/@me", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		writeJSON(w, map[string]string{"id": f.appID, "name": "reportbot"})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		rec := f.record(r)
		switch {
		case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/callback"):
			w.WriteHeader(http.StatusNoContent)
		case r.Method == http.MethodPost && strings.HasPrefix(r.URL.Path, api+"/channels/") && strings.HasSuffix(r.URL.Path, "/messages"):
			channel := strings.Split(r.URL.Path, "/")[4]
			writeJSON(w, map[string]any{"id": "800000000000000001", "channel_id": channel, "content": "", "author": map[string]any{"id": f.botID, "bot": true}})
		case r.Method == http.MethodPut && strings.Contains(r.URL.Path, "/commands"):
			w.Header().Set("Content-Type", "application/json")
			w.Write(rec.Body) // Discord echoes the registered commands
		default:
			http.Error(w, `{"message": "404: Not Found", "code": 0}`, http.StatusNotFound)
		}
	})
	f.srv = httptest.NewServer(mux) // binds 127.0.0.1
	t.Cleanup(f.close)
	return f
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (f *fakeDiscord) record(r *http.Request) request {
	body, _ := io.ReadAll(r.Body)
	rec := request{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Body: body}
	select {
	case f.reqs <- rec:
	default:
		f.t.Errorf("fake discord: request queue full, dropped %s %s", r.Method, r.URL.Path)
	}
	return rec
}

// gateway speaks the gateway protocol: HELLO, then READY after IDENTIFY,
// and a heartbeat ACK for every heartbeat.
func (f *fakeDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		f.t.Errorf("fake discord: upgrade: %v", err)
		return
	}
	f.mu.Lock()
	f.conn = conn
	f.mu.Unlock()
	f.send(10, "", map[string]any{"heartbeat_interval": f.hello.Milliseconds()})
	for {
		var m gatewayMsg
		if err := conn.ReadJSON(&m); err != nil {
			return // closed
		}
		f.events <- m
		switch m.Op {
		case 1: // heartbeat
			f.send(11, "", nil)
		case 2: // identify
			f.dispatch("READY", map[string]any{
				"v": 10, "session_id": "fake-session", "resume_gateway_url": "ws://" + r.Host + "/ws",
				"user":        map[string]any{"id": f.botID, "username": "reportbot", "bot": true},
				"application": map[string]any{"id": f.appID},
				"guilds":      []any{}, "private_channels": []any{},
			})
		}
	}
}

func (f *fakeDiscord) send(op int, event string, d any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	raw, _ := json.Marshal(d)
	m := gatewayMsg{Op: op, D: raw, T: event}
	if op == 0 {
		f.seq++
		s := f.seq
		m.S = &s
	}
	if f.conn == nil {
		f.t.Fatalf("fake discord: no gateway connection to send %s on", event)
	}
	if err := f.conn.WriteJSON(m); err != nil {
		f.t.Errorf("fake discord: send %s: %v", event, err)
	}
}

// dispatch sends a gateway event (op 0) to the bot.
func (f *fakeDiscord) dispatch(event string, d any) { f.send(0, event, d) }

// next returns the next REST call the bot makes, or fails after a while.
func (f *fakeDiscord) next(t *testing.T) request {
	t.Helper()
	select {
	case r := <-f.reqs:
		return r
	case <-time.After(5 * time.Second):
		t.Fatal("no request from the bot within 5s")
		return request{}
	}
}

// nextEvent returns the next gateway message from the bot with op.
func (f *fakeDiscord) nextEvent(t *testing.T, op int) gatewayMsg {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case m := <-f.events:
			if m.Op == op {
				return m
			}
		case <-deadline:
			t.Fatalf("no gateway op %d from the bot within 5s", op)
		}
	}
}

func (f *fakeDiscord) close() {
	f.mu.Lock()
	if f.conn != nil {
		f.conn.Close()
	}
	f.mu.Unlock()
	f.srv.Close()
}

func (f *fakeDiscord) url() string { return f.srv.URL }

func snowflake(n int) string { return fmt.Sprintf("7%017d", n) }
