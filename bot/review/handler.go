package review

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"reportbot/knowledge"
)

// HandlerOptions say what the review page shows and who may see it.
type HandlerOptions struct {
	// Token is what a request must carry: "Authorization: Bearer TOKEN",
	// or HTTP basic auth with TOKEN as the password (any user name), so
	// that a browser can ask for it. Empty, Handler returns nil: the
	// review is never served without one.
	Token  string
	Source Source
	Pack   func() *knowledge.Pack // the pack in use, for suggestions
	Log    *slog.Logger
	Now    func() time.Time
}

type handler struct {
	opts  HandlerOptions
	token [sha256.Size]byte
	page  *page
}

// Handler serves GET /review: the page, or with ?format=json the JSON of
// `review --json`; ?since= as `review --since` (default 7d).
func Handler(o HandlerOptions) http.Handler {
	if o.Token == "" {
		return nil
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	return &handler{opts: o, token: sha256.Sum256([]byte(o.Token)), page: newPage()}
}

// authorized compares digests of the tokens in constant time: neither the
// token's bytes nor its length show in how long a refusal takes.
func (h *handler) authorized(r *http.Request) bool {
	given, ok := "", false
	if auth := r.Header.Get("Authorization"); strings.HasPrefix(auth, "Bearer ") {
		given, ok = strings.TrimPrefix(auth, "Bearer "), true
	} else if _, pw, basic := r.BasicAuth(); basic {
		given, ok = pw, true
	}
	sum := sha256.Sum256([]byte(given))
	return subtle.ConstantTimeCompare(sum[:], h.token[:]) == 1 && ok
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	if !h.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Basic realm="reportbot review", charset="UTF-8"`)
		http.Error(w, "unauthorized: send the review token (Bearer, or as the basic auth password)", http.StatusUnauthorized)
		return
	}
	sinceText := r.URL.Query().Get("since")
	if sinceText == "" {
		sinceText = "7d"
	}
	now := h.opts.Now()
	since, err := ParseSince(sinceText, now)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Second)
	defer cancel()
	sum, err := h.opts.Source.Summary(ctx, since)
	if err != nil {
		h.opts.Log.Error("review: read the store", "err", err)
		w.Header().Set("Retry-After", "10")
		http.Error(w, "the store cannot be read now; try again shortly", http.StatusServiceUnavailable)
		return
	}
	var p *knowledge.Pack
	if h.opts.Pack != nil {
		p = h.opts.Pack()
	}
	rep := Build(sum, p, since, now)
	var buf bytes.Buffer
	if r.URL.Query().Get("format") == "json" {
		err = WriteJSON(&buf, rep)
		w.Header().Set("Content-Type", "application/json")
	} else {
		err = h.page.write(&buf, rep, sinceText)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	}
	if err != nil {
		h.opts.Log.Error("review: render", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(buf.Bytes())
}
