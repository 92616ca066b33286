package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"reportbot/commands"
)

const (
	// maxBody is the largest interaction accepted; Discord's are a few KiB.
	maxBody = 64 << 10
	// maxSkew is how far a request's signed timestamp may be from now:
	// older ones are replays, newer ones forged or from a broken clock.
	maxSkew = 5 * time.Minute
)

// bodyTimeout is how long an interaction's body may take to arrive once
// its headers have: Discord sends it at once and wants the answer within
// 3 seconds, so a body still trickling in after 2 is an attack or a
// broken client, and the connection is cut.
const bodyTimeout = 2 * time.Second

// InteractionServer receives interactions as HTTP POSTs (Discord's
// Interactions Endpoint URL). It keeps no state between requests beyond
// the per-user rate limits, so replicas can sit behind any load balancer.
//
// Only a request whose signature checks takes one of the max_concurrent
// slots: headers are checked first, then the body is read within
// bodyTimeout and verified, so clients that cannot sign, however slow or
// many, never stand in the way of Discord's requests.
type InteractionServer struct {
	bot         *Bot
	key         ed25519.PublicKey
	sem         chan struct{}
	now         func() time.Time
	bodyTimeout time.Duration
	ready       atomic.Bool
	mux         *http.ServeMux
}

// NewInteractionServer returns the HTTP side of the bot: POST /interactions
// (when key is not nil), GET /healthz and GET /metrics (when metrics is not
// nil). It is not ready (healthz says 503) until SetReady.
func (b *Bot) NewInteractionServer(key ed25519.PublicKey, maxConcurrent int, metrics *Metrics) *InteractionServer {
	s := &InteractionServer{bot: b, key: key, sem: make(chan struct{}, max(1, maxConcurrent)), now: time.Now,
		bodyTimeout: bodyTimeout, mux: http.NewServeMux()}
	if key != nil {
		s.mux.HandleFunc("POST /interactions", s.interactions)
	}
	s.mux.HandleFunc("GET /healthz", s.healthz)
	if metrics != nil {
		s.mux.Handle("GET /metrics", metrics.Handler())
	}
	return s
}

// SetReady says whether the server should receive traffic: true once it
// listens, false again while shutting down. While not ready it still
// answers, but /healthz says 503 and each response closes its connection,
// so that load balancers and keep-alive clients move elsewhere without
// a request lost on a closed connection.
func (s *InteractionServer) SetReady(ready bool) { s.ready.Store(ready) }

// Handle serves more on the same listener (the review page).
func (s *InteractionServer) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

func (s *InteractionServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.ready.Load() {
		w.Header().Set("Connection", "close")
	}
	s.mux.ServeHTTP(w, r)
}

// healthz is 200 when the bot can answer: listening, not shutting down,
// and its gateway (if it serves one) connected.
func (s *InteractionServer) healthz(w http.ResponseWriter, r *http.Request) {
	switch {
	case !s.ready.Load():
		http.Error(w, "not ready: starting or shutting down", http.StatusServiceUnavailable)
	case s.bot.gatewayIsDown():
		http.Error(w, "not ready: gateway not connected", http.StatusServiceUnavailable)
	default:
		io.WriteString(w, "ok\n")
	}
}

func (s *InteractionServer) interactions(w http.ResponseWriter, r *http.Request) {
	// What the headers alone can refuse is refused before the body is read.
	ts, sig, why := s.signatureHeaders(r)
	if why != "" {
		s.bot.observe.SignatureFailure(why)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	if r.ContentLength > maxBody {
		http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
		return
	}
	http.NewResponseController(w).SetReadDeadline(time.Now().Add(s.bodyTimeout)) // not supported in unit tests: no deadline there
	body, err := readBody(w, r)
	if err != nil {
		var tooBig *http.MaxBytesError
		var ne net.Error
		switch {
		case errors.As(err, &tooBig):
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
		case errors.As(err, &ne) && ne.Timeout():
			s.bot.observe.SlowRequest()
			w.Header().Set("Connection", "close")
			http.Error(w, "body too slow", http.StatusRequestTimeout)
		default:
			http.Error(w, "cannot read body", http.StatusBadRequest)
		}
		return
	}
	// The signature is checked before anything in the body is parsed.
	if !s.signed(ts, sig, body) {
		s.bot.observe.SignatureFailure("bad")
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	select {
	case s.sem <- struct{}{}:
		defer func() { <-s.sem }()
	default:
		s.bot.observe.Busy()
		w.Header().Set("Retry-After", "1")
		http.Error(w, "busy", http.StatusServiceUnavailable)
		return
	}
	// i.UnmarshalJSON, not json.Unmarshal: it decodes the body again
	// (json.Unmarshal inside, which checks it too), so json.Unmarshal's own
	// check and pass over the body would be a third and fourth reading of
	// it, with nothing learned (measured: 11.3 against 9.0µs a request).
	var i discordgo.Interaction
	if err := i.UnmarshalJSON(body); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if i.Type < discordgo.InteractionPing || i.Type > discordgo.InteractionModalSubmit {
		http.Error(w, "unknown interaction type", http.StatusBadRequest)
		return
	}
	out, err := commands.MarshalResponse(s.bot.Interaction(PathHTTP, &i))
	if err != nil {
		s.bot.observe.HandlerError(PathHTTP)
		s.bot.log.Error("encode interaction response", "interaction", i.ID, "err", fmt.Errorf("interaction %s: %w", i.ID, err))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	// Said, so that an answer over 2 KiB (net/http's buffer: one with
	// related questions, paragraphs and feedback buttons) is not sent
	// chunked, in more bytes and writes.
	h.Set("Content-Length", strconv.Itoa(len(out)))
	w.Write(out)
}

// readBody reads at most maxBody bytes, into a buffer of the announced
// size (up to a few KiB: an announced size costs the sender nothing) when
// there is one.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	lr := http.MaxBytesReader(w, r.Body, maxBody)
	if r.ContentLength <= 0 {
		return io.ReadAll(lr)
	}
	var buf bytes.Buffer
	buf.Grow(int(min(r.ContentLength, 8<<10)) + 1) // +1: ReadFrom then sees EOF without growing
	_, err := buf.ReadFrom(lr)
	return buf.Bytes(), err
}

// verify checks Discord's signature over timestamp and body, and that the
// timestamp is recent. It returns why it failed, or "".
//
// This is discordgo.VerifyInteraction without its copies of the body (two
// growing buffers a request): the same hex decoding and ed25519.Verify
// over timestamp and body.
func (s *InteractionServer) verify(r *http.Request, body []byte) string {
	ts, sig, why := s.signatureHeaders(r)
	if why != "" {
		return why
	}
	if !s.signed(ts, sig, body) {
		return "bad"
	}
	return ""
}

// signatureHeaders checks what can be checked of a signature without the
// body: both headers there, a recent timestamp, a signature of the right
// form. It returns why they fail, or "".
func (s *InteractionServer) signatureHeaders(r *http.Request) (ts string, sig []byte, why string) {
	ts = r.Header.Get("X-Signature-Timestamp")
	sigHex := r.Header.Get("X-Signature-Ed25519")
	if ts == "" || sigHex == "" {
		return "", nil, "missing"
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return "", nil, "bad"
	}
	if d := s.now().Sub(time.Unix(sec, 0)); d > maxSkew || d < -maxSkew {
		return "", nil, "stale"
	}
	sig, err = hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return "", nil, "bad"
	}
	return ts, sig, ""
}

func (s *InteractionServer) signed(ts string, sig, body []byte) bool {
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	return ed25519.Verify(s.key, msg, sig)
}

// httpServer is the HTTP side running on a listener.
type httpServer struct {
	srv  *http.Server
	done chan error // what srv.Serve returned
}

func startServer(ln net.Listener, h http.Handler) *httpServer {
	s := &httpServer{
		srv: &http.Server{
			Handler:           h,
			ReadHeaderTimeout: 5 * time.Second,
			ReadTimeout:       10 * time.Second,
			WriteTimeout:      10 * time.Second,
			IdleTimeout:       120 * time.Second,
			MaxHeaderBytes:    16 << 10,
		},
		done: make(chan error, 1),
	}
	go func() { s.done <- s.srv.Serve(ln) }()
	return s
}

// stop closes the listener and idle connections, waits for the requests
// in flight until ctx ends, then closes the rest.
func (s *httpServer) stop(ctx context.Context) error {
	err := s.srv.Shutdown(ctx)
	if err != nil {
		s.srv.Close()
		err = fmt.Errorf("http shutdown: %w", err)
	}
	if serr := <-s.done; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = fmt.Errorf("http server: %w", serr)
	}
	return err
}

// serveUntil serves h on ln until ctx is done, then stops within 5 s;
// ready is told when it starts and stops. (Run has its own shutdown, with
// a grace period and a drain.)
func serveUntil(ctx context.Context, ln net.Listener, h http.Handler, ready func(bool)) error {
	s := startServer(ln, h)
	ready(true)
	select {
	case err := <-s.done:
		ready(false)
		return fmt.Errorf("http server: %w", err)
	case <-ctx.Done():
	}
	ready(false)
	stop, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return s.stop(stop)
}
