package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

const (
	// maxBody is the largest interaction accepted; Discord's are a few KiB.
	maxBody = 64 << 10
	// maxSkew is how far a request's signed timestamp may be from now:
	// older ones are replays, newer ones forged or from a broken clock.
	maxSkew = 5 * time.Minute
)

// InteractionServer receives interactions as HTTP POSTs (Discord's
// Interactions Endpoint URL). It keeps no state between requests beyond
// the per-user rate limits, so replicas can sit behind any load balancer.
type InteractionServer struct {
	bot   *Bot
	key   ed25519.PublicKey
	sem   chan struct{}
	now   func() time.Time
	ready atomic.Bool
	mux   *http.ServeMux
}

// NewInteractionServer returns the HTTP side of the bot: POST /interactions
// (when key is not nil), GET /healthz and GET /metrics (when metrics is not
// nil). It is not ready (healthz says 503) until SetReady.
func (b *Bot) NewInteractionServer(key ed25519.PublicKey, maxConcurrent int, metrics *Metrics) *InteractionServer {
	s := &InteractionServer{bot: b, key: key, sem: make(chan struct{}, max(1, maxConcurrent)), now: time.Now, mux: http.NewServeMux()}
	if key != nil {
		s.mux.HandleFunc("POST /interactions", s.interactions)
	}
	s.mux.HandleFunc("GET /healthz", s.healthz)
	if metrics != nil {
		s.mux.Handle("GET /metrics", metrics.Handler())
	}
	return s
}

// SetReady says whether the server should receive traffic: true once the
// pack is loaded, false again while shutting down.
func (s *InteractionServer) SetReady(ready bool) { s.ready.Store(ready) }

func (s *InteractionServer) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

func (s *InteractionServer) healthz(w http.ResponseWriter, r *http.Request) {
	if !s.ready.Load() {
		http.Error(w, "not ready", http.StatusServiceUnavailable)
		return
	}
	io.WriteString(w, "ok\n")
}

func (s *InteractionServer) interactions(w http.ResponseWriter, r *http.Request) {
	select {
	case s.sem <- struct{}{}:
		defer func() { <-s.sem }()
	default:
		w.Header().Set("Retry-After", "1")
		http.Error(w, "busy", http.StatusServiceUnavailable)
		return
	}
	if r.ContentLength > maxBody {
		http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
		return
	}
	body, err := readBody(w, r)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	// The signature is checked before anything in the body is parsed.
	if why := s.verify(r, body); why != "" {
		s.bot.observe.SignatureFailure(why)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if i.Type < discordgo.InteractionPing || i.Type > discordgo.InteractionModalSubmit {
		http.Error(w, "unknown interaction type", http.StatusBadRequest)
		return
	}
	out, err := json.Marshal(s.bot.Interaction(PathHTTP, &i))
	if err != nil {
		s.bot.observe.HandlerError(PathHTTP)
		s.bot.log.Error("encode interaction response", "interaction", i.ID, "err", fmt.Errorf("interaction %s: %w", i.ID, err))
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}

// readBody reads at most maxBody bytes, into a buffer of the announced
// size when there is one.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	lr := http.MaxBytesReader(w, r.Body, maxBody)
	if r.ContentLength <= 0 {
		return io.ReadAll(lr)
	}
	var buf bytes.Buffer
	buf.Grow(int(r.ContentLength) + 1) // +1: ReadFrom then sees EOF without growing
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
	ts := r.Header.Get("X-Signature-Timestamp")
	sigHex := r.Header.Get("X-Signature-Ed25519")
	if ts == "" || sigHex == "" {
		return "missing"
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return "bad"
	}
	if d := s.now().Sub(time.Unix(sec, 0)); d > maxSkew || d < -maxSkew {
		return "stale"
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return "bad"
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	if !ed25519.Verify(s.key, msg, sig) {
		return "bad"
	}
	return ""
}

// ListenAndServe serves h on addr until ctx is done, then stops taking
// new connections and lets the requests in flight finish.
func ListenAndServe(ctx context.Context, addr string, h http.Handler, ready func(bool)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", addr, err)
	}
	return Serve(ctx, ln, h, ready)
}

// Serve is ListenAndServe on a listener the caller opened.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, ready func(bool)) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    16 << 10,
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	ready(true)
	select {
	case err := <-done:
		ready(false)
		return fmt.Errorf("http server: %w", err)
	case <-ctx.Done():
	}
	ready(false)
	shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("http shutdown: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("http server: %w", err)
	}
	return nil
}
