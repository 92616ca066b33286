package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// The gateway client: a websocket to Discord that identifies, heartbeats,
// resumes and reconnects as Discord documents, with a deadline on every
// wait. It replaces discordgo's Session.Open, whose reads have no deadline
// and whose reconnect loop never gives up (docs/discordgo.md says what it
// does otherwise and why).

// gatewaySettings are the client's timings and limits; tests shorten them.
type gatewaySettings struct {
	helloTimeout time.Duration // from dialling to HELLO
	readyTimeout time.Duration // from IDENTIFY or RESUME to READY or RESUMED
	writeTimeout time.Duration // one frame out
	maxEvent     int64         // larger events are read past and dropped
	backoffMin   time.Duration // the wait after the second failure in a row; doubles
	backoffMax   time.Duration
	stableAfter  time.Duration // a session up this long resets the backoff
	invalidMin   time.Duration // after INVALID_SESSION, wait at random between these
	invalidMax   time.Duration
}

func defaultGatewaySettings() gatewaySettings {
	return gatewaySettings{
		helloTimeout: 10 * time.Second,
		readyTimeout: 30 * time.Second,
		writeTimeout: 5 * time.Second,
		maxEvent:     8 << 20,
		backoffMin:   time.Second,
		backoffMax:   2 * time.Minute,
		stableAfter:  time.Minute,
		invalidMin:   time.Second, // Discord: "a random amount of time between 1 and 5 seconds"
		invalidMax:   5 * time.Second,
	}
}

// gatewayObserver is told when the gateway comes up or goes down.
type gatewayObserver interface {
	GatewayConnected(up bool)
	GatewayReconnect(reason string)
}

// gateway is one shard's connection to Discord, kept up until its context
// ends or Discord closes it for good.
type gateway struct {
	set      gatewaySettings
	token    string // "Bot <token>"
	intents  discordgo.Intent
	shard    *[2]int
	fetchURL func(context.Context) (string, error) // GET /gateway
	dispatch func(event string, d json.RawMessage) // every event but READY's bookkeeping
	log      *slog.Logger
	observe  gatewayObserver

	url       string // from fetchURL, with the version and encoding
	sessionID string
	resumeURL string
	seq       atomic.Int64
}

// The ways a connection ends, for logs and the reconnect counter.
const (
	reasonDial       = "dial"
	reasonHello      = "no_hello"
	reasonReady      = "no_ready"
	reasonZombie     = "heartbeat_ack_missed"
	reasonReconnect  = "reconnect_requested"
	reasonInvalid    = "invalid_session"
	reasonClosed     = "closed_by_discord"
	reasonLost       = "connection_lost"
	reasonReadError  = "read_error"
	reasonWriteError = "write_error"
)

// connEnd is why a connection ended and what to do next.
type connEnd struct {
	reason    string
	err       error
	code      int           // close code from Discord, 0 if none
	fatal     bool          // do not reconnect
	drop      bool          // the session cannot be resumed: identify anew
	wait      time.Duration // wait at least this long before the next attempt
	connected time.Time     // when READY or RESUMED came; zero if never
}

// FatalCloseError is Discord closing the gateway with a code that says
// reconnecting cannot help (a bad token, intents not allowed, ...).
type FatalCloseError struct {
	Code    int
	Meaning string
}

func (e *FatalCloseError) Error() string {
	return fmt.Sprintf("Discord closed the gateway with %d (%s)", e.Code, e.Meaning)
}

// closeCode is what Discord's gateway close codes mean for the client.
type closeCode struct {
	meaning string
	fatal   bool // reconnecting cannot help
	drop    bool // reconnect, but identify anew
}

var closeCodes = map[int]closeCode{
	4000:                      {meaning: "unknown error"},
	4001:                      {meaning: "unknown opcode"},
	4002:                      {meaning: "decode error"},
	4003:                      {meaning: "not authenticated"},
	closeAuthenticationFailed: {meaning: "authentication failed: the bot token is wrong or was reset", fatal: true},
	4005:                      {meaning: "already authenticated"},
	4007:                      {meaning: "invalid seq", drop: true},
	4008:                      {meaning: "rate limited"},
	4009:                      {meaning: "session timed out", drop: true},
	4010:                      {meaning: "invalid shard", fatal: true},
	4011:                      {meaning: "sharding required", fatal: true},
	4012:                      {meaning: "invalid API version", fatal: true},
	4013:                      {meaning: "invalid intents", fatal: true},
	4014:                      {meaning: "disallowed intents: enable them for the bot in the developer portal", fatal: true},
}

// maxHeartbeat caps the heartbeat interval a HELLO may ask for (Discord's
// is about 41 s): a dead connection is noticed within two of them.
const maxHeartbeat = 2 * time.Minute

// closeResume is the code the client closes with when it means to resume:
// Discord ends the session on 1000 and 1001, and keeps it on others.
const closeResume = 4000

// run keeps the gateway connected until ctx ends (nil), Discord closes it
// with a fatal code (a *FatalCloseError) or refuses the token when asked
// for the gateway's address (its 401).
func (g *gateway) run(ctx context.Context) error {
	failures := 0
	for {
		end := g.connect(ctx)
		if ctx.Err() != nil {
			return nil
		}
		up := !end.connected.IsZero()
		if up {
			g.observe.GatewayConnected(false)
		}
		attrs := []any{"reason", end.reason}
		if end.err != nil {
			attrs = append(attrs, "err", end.err)
		}
		if end.code != 0 {
			attrs = append(attrs, "code", end.code)
		}
		if up {
			attrs = append(attrs, "after", time.Since(end.connected).Round(time.Millisecond))
		}
		if end.fatal {
			g.log.Error("gateway closed for good", attrs...)
			if end.code == 0 {
				return end.err
			}
			return &FatalCloseError{Code: end.code, Meaning: closeCodes[end.code].meaning}
		}
		g.log.Warn("gateway disconnected", attrs...)
		if end.drop && g.sessionID != "" {
			g.log.Info("gateway session dropped: the next connection identifies anew", "session", g.sessionID)
			g.sessionID, g.resumeURL = "", ""
			g.seq.Store(0)
		}
		if up && time.Since(end.connected) >= g.set.stableAfter {
			failures = 0
		}
		failures++
		wait := max(end.wait, g.backoff(failures))
		g.observe.GatewayReconnect(end.reason)
		g.log.Info("gateway reconnecting", "in", wait.Round(time.Millisecond), "resume", g.sessionID != "", "attempt", failures)
		if sleep(ctx, wait) != nil {
			return nil
		}
	}
}

// backoff is the wait before the next attempt after failures in a row:
// none after the first (Discord asks to reconnect at once), then doubling,
// each with jitter so that shards do not reconnect in step.
func (g *gateway) backoff(failures int) time.Duration {
	if failures <= 1 {
		return 0
	}
	d := g.set.backoffMin << min(failures-2, 20)
	if d > g.set.backoffMax || d <= 0 {
		d = g.set.backoffMax
	}
	return d/2 + rand.N(d/2+1)
}

// conn is one websocket to the gateway.
type conn struct {
	ws       *websocket.Conn
	g        *gateway
	wmu      sync.Mutex
	acked    atomic.Bool
	failed   atomic.Pointer[connEnd] // set by the heartbeat when it ends the connection
	closing  atomic.Bool
	interval time.Duration
}

// connect dials, identifies or resumes, and reads events until the
// connection ends; it says how.
func (g *gateway) connect(ctx context.Context) (end connEnd) {
	resuming := g.sessionID != ""
	target := g.url
	if resuming && g.resumeURL != "" {
		target = g.resumeURL
	}
	dialCtx, cancel := context.WithTimeout(ctx, g.set.helloTimeout)
	defer cancel()
	if target == "" {
		u, err := g.fetchURL(dialCtx)
		if err != nil {
			// a 401 is the token refused: no retry can help
			var rest *discordgo.RESTError
			refused := errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusUnauthorized
			return connEnd{reason: reasonDial, err: fmt.Errorf("get gateway address: %w", cleanErr(err)), fatal: refused}
		}
		if g.url, err = withVersion(u); err != nil {
			return connEnd{reason: reasonDial, err: err}
		}
		target = g.url
	}
	d := websocket.Dialer{HandshakeTimeout: g.set.helloTimeout, NetDialContext: (&net.Dialer{}).DialContext}
	ws, _, err := d.DialContext(dialCtx, target, nil)
	if err != nil {
		if resuming && target == g.resumeURL {
			g.resumeURL = "" // resume on the main address next time
		} else {
			g.url = "" // ask for the address again next time
		}
		return connEnd{reason: reasonDial, err: err}
	}
	c := &conn{ws: ws, g: g}
	stop := context.AfterFunc(ctx, func() { c.close(websocket.CloseNormalClosure) }) // shutting down: end the session
	defer stop()
	defer ws.Close()
	g.log.Info("gateway connecting", "resume", resuming, "url", redactURL(target))

	// HELLO, within helloTimeout of dialling.
	ws.SetReadDeadline(time.Now().Add(g.set.helloTimeout))
	p, err := c.read()
	if err != nil {
		return c.ended(err, reasonHello)
	}
	var hello struct {
		Interval int64 `json:"heartbeat_interval"`
	}
	if p.Op != 10 || json.Unmarshal(p.D, &hello) != nil || hello.Interval <= 0 {
		return connEnd{reason: reasonHello, err: fmt.Errorf("first message was op %d, not a HELLO", p.Op)}
	}
	c.interval = min(time.Duration(hello.Interval)*time.Millisecond, maxHeartbeat)

	hbCtx, stopHeartbeat := context.WithCancel(ctx)
	defer stopHeartbeat()
	c.acked.Store(true)
	go c.heartbeat(hbCtx)

	if resuming {
		err = c.write(map[string]any{"op": 6, "d": map[string]any{"token": g.token, "session_id": g.sessionID, "seq": g.seq.Load()}})
	} else {
		err = c.write(map[string]any{"op": 2, "d": g.identify()})
	}
	if err != nil {
		return c.ended(err, reasonWriteError)
	}
	ws.SetReadDeadline(time.Now().Add(g.set.readyTimeout))
	var connected time.Time
	for {
		p, err := c.read()
		if err != nil {
			why := reasonReadError
			if connected.IsZero() {
				why = reasonReady
			}
			end := c.ended(err, why)
			end.connected = connected
			return end
		}
		switch p.Op {
		case 0: // dispatch
			if p.S != nil {
				g.seq.Store(*p.S)
			}
			switch p.T {
			case "READY":
				var r struct {
					SessionID string `json:"session_id"`
					ResumeURL string `json:"resume_gateway_url"`
				}
				if json.Unmarshal(p.D, &r) != nil || r.SessionID == "" {
					return connEnd{reason: reasonReady, err: errors.New("READY without a session id"), drop: true, connected: connected}
				}
				g.sessionID = r.SessionID
				g.resumeURL, _ = withVersion(r.ResumeURL)
				connected = time.Now()
				ws.SetReadDeadline(time.Time{})
				g.log.Info("gateway ready", "session", r.SessionID, "interval", c.interval)
				g.observe.GatewayConnected(true)
			case "RESUMED":
				connected = time.Now()
				ws.SetReadDeadline(time.Time{})
				g.log.Info("gateway resumed", "session", g.sessionID, "seq", g.seq.Load())
				g.observe.GatewayConnected(true)
			}
			if p.T != "" {
				g.dispatch(p.T, p.D)
			}
		case 1: // Discord asks for a heartbeat now
			if err := c.beat(); err != nil {
				return c.ended(err, reasonWriteError)
			}
		case 7: // reconnect and resume
			c.close(closeResume)
			return connEnd{reason: reasonReconnect, connected: connected}
		case 9: // invalid session; d says whether it may be resumed
			var resumable bool
			json.Unmarshal(p.D, &resumable)
			wait := g.set.invalidMin + rand.N(g.set.invalidMax-g.set.invalidMin+1)
			g.log.Warn("gateway session invalidated", "resumable", resumable, "wait", wait.Round(time.Millisecond))
			if resumable {
				c.close(closeResume)
			} else {
				c.close(websocket.CloseNormalClosure)
			}
			return connEnd{reason: reasonInvalid, drop: !resumable, wait: wait, connected: connected}
		case 11:
			c.acked.Store(true)
		}
	}
}

func (g *gateway) identify() any {
	type properties struct {
		OS      string `json:"os"`
		Browser string `json:"browser"`
		Device  string `json:"device"`
	}
	return struct {
		Token      string           `json:"token"`
		Intents    discordgo.Intent `json:"intents"`
		Shard      *[2]int          `json:"shard,omitempty"`
		Properties properties       `json:"properties"`
	}{g.token, g.intents, g.shard, properties{runtime.GOOS, "reportbot", "reportbot"}}
}

// payload is a gateway message.
type payload struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int64          `json:"s"`
	T  string          `json:"t"`
}

// read returns the next message. One larger than maxEvent is read past
// without being kept and skipped: memory stays bounded, and the session
// goes on (a resume would only replay it).
func (c *conn) read() (payload, error) {
	for {
		typ, r, err := c.ws.NextReader()
		if err != nil {
			return payload{}, err
		}
		var buf bytes.Buffer
		n, err := buf.ReadFrom(io.LimitReader(r, c.g.set.maxEvent+1))
		if err != nil {
			return payload{}, err
		}
		if n > c.g.set.maxEvent {
			rest, err := io.Copy(io.Discard, r)
			c.g.log.Warn("gateway message over the size limit skipped", "bytes", n+rest, "limit", c.g.set.maxEvent)
			if err != nil {
				return payload{}, err
			}
			continue
		}
		if typ != websocket.TextMessage {
			c.g.log.Warn("gateway binary message skipped (compression is not asked for)", "bytes", n)
			continue
		}
		var p payload
		if err := json.Unmarshal(buf.Bytes(), &p); err != nil {
			c.g.log.Warn("gateway message skipped: not JSON", "bytes", n, "err", err)
			continue
		}
		return p, nil
	}
}

func (c *conn) write(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(c.g.set.writeTimeout))
	return c.ws.WriteJSON(v)
}

func (c *conn) beat() error {
	c.acked.Store(false)
	return c.write(map[string]any{"op": 1, "d": c.g.seqOrNil()})
}

func (g *gateway) seqOrNil() any {
	if s := g.seq.Load(); s > 0 {
		return s
	}
	return nil
}

// heartbeat beats every interval, the first after a random part of one,
// as Discord asks. A beat due while the last is unacknowledged means the
// connection is dead though open (a "zombie"): it is closed, to resume.
func (c *conn) heartbeat(ctx context.Context) {
	t := time.NewTimer(rand.N(c.interval) + 1)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if !c.acked.Load() {
			c.failed.Store(&connEnd{reason: reasonZombie, err: fmt.Errorf("no heartbeat ACK within %v", c.interval)})
			c.close(closeResume)
			return
		}
		if err := c.beat(); err != nil {
			c.failed.Store(&connEnd{reason: reasonWriteError, err: err})
			c.ws.Close()
			return
		}
		t.Reset(c.interval)
	}
}

// close sends a close frame with code (bounded by the write timeout) and
// closes the connection, which ends the read in progress.
func (c *conn) close(code int) {
	if !c.closing.CompareAndSwap(false, true) {
		return
	}
	c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, ""), time.Now().Add(c.g.set.writeTimeout))
	c.ws.Close()
}

// ended says how a connection ended after err from a read or write.
func (c *conn) ended(err error, reason string) connEnd {
	if f := c.failed.Load(); f != nil {
		return *f
	}
	var ce *websocket.CloseError
	if errors.As(err, &ce) && ce.Code == websocket.CloseAbnormalClosure {
		return connEnd{reason: reasonLost, err: errors.New("connection lost without a close frame")}
	}
	if errors.As(err, &ce) {
		cc, known := closeCodes[ce.Code]
		if !known {
			cc.meaning = "unknown close code"
		}
		return connEnd{reason: reasonClosed, code: ce.Code, err: fmt.Errorf("closed with %d (%s)", ce.Code, cc.meaning), fatal: cc.fatal, drop: cc.drop}
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return connEnd{reason: reason, err: errors.New("timed out")}
	}
	return connEnd{reason: reason, err: err}
}

// withVersion adds the API version and encoding to a gateway address.
func withVersion(raw string) (string, error) {
	if raw == "" {
		return "", nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "ws" && u.Scheme != "wss") {
		return "", fmt.Errorf("gateway address %q is not a ws(s) URL", redactURL(raw))
	}
	if u.Path == "" {
		u.Path = "/"
	}
	q := u.Query()
	q.Set("v", discordgo.APIVersion)
	q.Set("encoding", "json")
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// redactURL is an address without its query, for logs.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(bad URL)"
	}
	u.RawQuery, u.User = "", nil
	return u.String()
}
