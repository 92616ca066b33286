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
// gateway websocket on 127.0.0.1. The real discordgo client and our
// gateway client talk to it; it records what arrives, for tests to check,
// and misbehaves on cue as Discord and networks do: connections that
// never say HELLO, fatal close codes, INVALID_SESSION, withheld heartbeat
// ACKs, oversized or malformed frames, 429s, slow replies, resets.
type fakeDiscord struct {
	t      *testing.T
	srv    *httptest.Server
	botID  string
	appID  string
	hello  time.Duration // heartbeat interval it asks for
	reqs   chan request
	events chan gatewayMsg // from the client: IDENTIFY, RESUME, heartbeats
	dials  chan dial       // every gateway connection

	mu       sync.Mutex
	conn     *websocket.Conn // the latest gateway connection
	seq      int
	sessions int
	script   []connFault // for the next connections, in order
	always   *connFault  // for every connection after the script
	noAcks   bool
	invalid  int  // answer this many IDENTIFY or RESUME with INVALID_SESSION
	resumeOK bool // the d of those INVALID_SESSION
	faults   []restFault
}

// connFault is how the fake misbehaves on one gateway connection.
type connFault struct {
	noHello      bool // accept the websocket, then say nothing
	closeOnLogin int  // answer IDENTIFY or RESUME by closing with this code
}

// restFault answers a REST request its own way, or returns false to let
// the fake answer normally.
type restFault func(w http.ResponseWriter, r *http.Request) bool

// dial is one gateway connection: where and when.
type dial struct {
	Path string
	At   time.Time
}

// api is the REST path prefix of the API version discordgo speaks.
var api = "/api/v" + discordgo.APIVersion

// request is one REST call the bot made.
type request struct {
	Method, Path, Auth string
	Body               []byte
	At                 time.Time
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
	At time.Time       `json:"-"`
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	f := &fakeDiscord{
		t: t, botID: "900000000000000001", appID: "900000000000000001",
		hello: 200 * time.Millisecond,
		reqs:  make(chan request, 10000), events: make(chan gatewayMsg, 10000), dials: make(chan dial, 1000),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+api+"/gateway", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		if f.fault(w, r) {
			return
		}
		writeJSON(w, map[string]string{"url": "ws://" + r.Host + "/ws"})
	})
	mux.HandleFunc("GET /ws/", f.gateway)
	mux.HandleFunc("GET /resume", f.gateway)
	mux.HandleFunc("GET "+api+"/applications/@me", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		if f.fault(w, r) {
			return
		}
		writeJSON(w, map[string]string{"id": f.appID, "name": "reportbot"})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		rec := f.record(r)
		r.Body = io.NopCloser(strings.NewReader(string(rec.Body)))
		if f.fault(w, r) {
			return
		}
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
	rec := request{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Body: body, At: time.Now()}
	select {
	case f.reqs <- rec:
	default:
		f.t.Errorf("fake discord: request queue full, dropped %s %s", r.Method, r.URL.Path)
	}
	return rec
}

// onREST adds a fault tried, in order, before every normal REST answer.
func (f *fakeDiscord) onREST(fault restFault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults = append(f.faults, fault)
}

func (f *fakeDiscord) fault(w http.ResponseWriter, r *http.Request) bool {
	f.mu.Lock()
	faults := f.faults
	f.mu.Unlock()
	for _, fault := range faults {
		if fault(w, r) {
			return true
		}
	}
	return false
}

// scriptConns sets how the next gateway connections misbehave, in order;
// then comes always (nil: behave).
func (f *fakeDiscord) scriptConns(always *connFault, next ...connFault) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.script, f.always = next, always
}

// withholdAcks stops (or resumes) the heartbeat ACKs.
func (f *fakeDiscord) withholdAcks(on bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.noAcks = on
}

// invalidSessions answers the next n IDENTIFY or RESUME with
// INVALID_SESSION, whose d is resumable.
func (f *fakeDiscord) invalidSessions(n int, resumable bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.invalid, f.resumeOK = n, resumable
}

// gateway speaks the gateway protocol: HELLO, then READY after IDENTIFY
// or RESUMED after RESUME, and a heartbeat ACK for every heartbeat; unless
// told to misbehave.
func (f *fakeDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		f.t.Errorf("fake discord: upgrade: %v", err)
		return
	}
	defer conn.Close()
	f.mu.Lock()
	f.conn = conn
	var fault connFault
	switch {
	case len(f.script) > 0:
		fault, f.script = f.script[0], f.script[1:]
	case f.always != nil:
		fault = *f.always
	}
	f.mu.Unlock()
	select {
	case f.dials <- dial{Path: r.URL.Path, At: time.Now()}:
	default:
	}
	if fault.noHello {
		for { // say nothing; read until the bot gives up
			if _, _, err := conn.ReadMessage(); err != nil {
				return
			}
		}
	}
	f.write(conn, 10, "", map[string]any{"heartbeat_interval": f.hello.Milliseconds()})
	for {
		var m gatewayMsg
		if err := conn.ReadJSON(&m); err != nil {
			return // closed
		}
		m.At = time.Now()
		f.events <- m
		f.mu.Lock()
		noAcks := f.noAcks
		invalid := f.invalid > 0 && (m.Op == 2 || m.Op == 6)
		if invalid {
			f.invalid--
		}
		resumable := f.resumeOK
		f.mu.Unlock()
		switch {
		case m.Op == 1 && !noAcks:
			f.write(conn, 11, "", nil)
		case (m.Op == 2 || m.Op == 6) && fault.closeOnLogin != 0:
			f.mu.Lock()
			conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(fault.closeOnLogin, "fake"), time.Now().Add(time.Second))
			f.mu.Unlock()
			return
		case invalid:
			f.write(conn, 9, "", resumable)
		case m.Op == 2: // identify
			f.mu.Lock()
			f.sessions++
			session := fmt.Sprintf("fake-session-%d", f.sessions)
			f.mu.Unlock()
			f.write(conn, 0, "READY", map[string]any{
				"v": 10, "session_id": session, "resume_gateway_url": "ws://" + r.Host + "/resume",
				"user":        map[string]any{"id": f.botID, "username": "reportbot", "bot": true},
				"application": map[string]any{"id": f.appID},
				"guilds":      []any{}, "private_channels": []any{},
			})
		case m.Op == 6: // resume
			f.write(conn, 0, "RESUMED", map[string]any{})
		}
	}
}

// write sends one gateway message on conn.
func (f *fakeDiscord) write(conn *websocket.Conn, op int, event string, d any) {
	raw, _ := json.Marshal(d)
	f.writeRaw(conn, op, event, raw)
}

func (f *fakeDiscord) writeRaw(conn *websocket.Conn, op int, event string, d json.RawMessage) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m := gatewayMsg{Op: op, D: d, T: event}
	if op == 0 {
		f.seq++
		s := f.seq
		m.S = &s
	}
	conn.SetWriteDeadline(time.Now().Add(5 * time.Second))
	conn.WriteJSON(m) // an error is the bot having gone: what it does next, the test checks
}

func (f *fakeDiscord) current() *websocket.Conn {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.conn == nil {
		f.t.Fatal("fake discord: no gateway connection")
	}
	return f.conn
}

// dispatch sends a gateway event (op 0) to the bot.
func (f *fakeDiscord) dispatch(event string, d any) { f.write(f.current(), 0, event, d) }

// dispatchRaw sends an event whose d is raw JSON, as it is.
func (f *fakeDiscord) dispatchRaw(event, d string) {
	f.writeRaw(f.current(), 0, event, json.RawMessage(d))
}

// sendOp sends a gateway message other than a dispatch.
func (f *fakeDiscord) sendOp(op int, d any) { f.write(f.current(), op, "", d) }

// sendFrame sends one text frame of n bytes (not JSON).
func (f *fakeDiscord) sendFrame(n int) error {
	conn := f.current()
	f.mu.Lock()
	defer f.mu.Unlock()
	conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
	w, err := conn.NextWriter(websocket.TextMessage)
	if err != nil {
		return err
	}
	chunk := []byte(strings.Repeat("x", 1<<20))
	for n > 0 {
		k := min(n, len(chunk))
		if _, err := w.Write(chunk[:k]); err != nil {
			return err
		}
		n -= k
	}
	return w.Close()
}

// closeConn closes the latest gateway connection with code.
func (f *fakeDiscord) closeConn(code int) {
	conn := f.current()
	f.mu.Lock()
	defer f.mu.Unlock()
	conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, "fake"), time.Now().Add(time.Second))
	conn.Close()
}

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
	return f.nextEventWithin(t, op, 5*time.Second)
}

func (f *fakeDiscord) nextEventWithin(t *testing.T, op int, within time.Duration) gatewayMsg {
	t.Helper()
	deadline := time.After(within)
	for {
		select {
		case m := <-f.events:
			if m.Op == op {
				return m
			}
		case <-deadline:
			t.Fatalf("no gateway op %d from the bot within %v", op, within)
		}
	}
}

// nextDial returns the bot's next gateway connection.
func (f *fakeDiscord) nextDial(t *testing.T, within time.Duration) dial {
	t.Helper()
	select {
	case d := <-f.dials:
		return d
	case <-time.After(within):
		t.Fatalf("the bot did not connect to the gateway within %v", within)
		return dial{}
	}
}

func (f *fakeDiscord) close() {
	f.mu.Lock()
	if f.conn != nil {
		f.conn.Close()
	}
	f.mu.Unlock()
	f.srv.CloseClientConnections()
	f.srv.Close()
}

func (f *fakeDiscord) url() string { return f.srv.URL }

func snowflake(n int) string { return fmt.Sprintf("7%017d", n) }

// Faults for onREST.

func isCallback(r *http.Request) bool {
	return r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/callback")
}

func isMessage(r *http.Request) bool {
	return r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/messages")
}

// tooMany answers matching requests with a 429 saying retry_after
// seconds, up to times of them (-1: all).
func tooMany(match func(*http.Request) bool, times int, retryAfter float64, global bool) restFault {
	var mu sync.Mutex
	return func(w http.ResponseWriter, r *http.Request) bool {
		if !match(r) {
			return false
		}
		mu.Lock()
		defer mu.Unlock()
		if times == 0 {
			return false
		}
		times--
		if global {
			w.Header().Set("X-RateLimit-Global", "true")
			w.Header().Set("X-RateLimit-Scope", "global")
		} else {
			w.Header().Set("X-RateLimit-Scope", "user")
		}
		w.Header().Set("Retry-After", fmt.Sprint(int(retryAfter+0.999)))
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprintf(w, `{"message": "You are being rate limited.", "retry_after": %g, "global": %v}`, retryAfter, global)
		return true
	}
}

// reset cuts the connection of the first times matching requests,
// after reading them.
func reset(match func(*http.Request) bool, times int) restFault {
	var mu sync.Mutex
	return func(w http.ResponseWriter, r *http.Request) bool {
		mu.Lock()
		defer mu.Unlock()
		if !match(r) || times == 0 {
			return false
		}
		times--
		conn, _, err := http.NewResponseController(w).Hijack()
		if err == nil {
			conn.Close()
		}
		return true
	}
}

// slow delays matching requests by d, then lets the fake answer.
func slow(match func(*http.Request) bool, d time.Duration) restFault {
	return func(w http.ResponseWriter, r *http.Request) bool {
		if match(r) {
			select {
			case <-time.After(d):
			case <-r.Context().Done():
				return true
			}
		}
		return false
	}
}
