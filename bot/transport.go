package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// restSettings bound what one REST call may cost. Discord's documented
// behaviour is the default; tests shorten the waits.
type restSettings struct {
	retries        int           // attempts after the first, for 429s, 5xx and resets
	attemptTimeout time.Duration // one attempt, response headers and body
	maxWait        time.Duration // longest retry_after waited for when the caller set no deadline
	minWait        time.Duration // the shortest wait between two attempts (retry_after 0 is not "now")
	defaultWait    time.Duration // a 429 that names no wait (an HTML page from a proxy)
	backoff        time.Duration // first wait after a reset or a 5xx; doubles
}

func defaultRESTSettings() restSettings {
	return restSettings{
		retries:        3,
		attemptTimeout: 10 * time.Second,
		maxWait:        30 * time.Second,
		minWait:        100 * time.Millisecond,
		defaultWait:    time.Second,
		backoff:        250 * time.Millisecond,
	}
}

// restObserver is told of every 429 and retry, for metrics.
type restObserver interface {
	DiscordRateLimited(route, scope string)
	DiscordRetry(route, reason string)
}

// transport is the one way REST calls reach Discord, ours and discordgo's
// (see docs/discordgo.md). It sends requests for discord.com to the
// configured API, waits out Discord's global and per-route limits, and
// retries 429s, 5xx and connection resets a bounded number of times and
// never past the caller's deadline. A 429 it gives up on becomes an error,
// never a response: discordgo would retry that for ever.
type transport struct {
	base    *url.URL // nil: requests go where they say
	next    http.RoundTripper
	set     restSettings
	log     *slog.Logger
	observe restObserver

	mu     sync.Mutex
	global time.Time              // no request before this (a global 429)
	routes map[string]*routeLimit // by routeKey
	calls  int
}

// routeLimit is what Discord said of a route's bucket in its last reply.
type routeLimit struct {
	remaining int
	reset     time.Time
}

func newTransport(base *url.URL, set restSettings, log *slog.Logger, observe restObserver) *transport {
	next := http.DefaultTransport.(*http.Transport).Clone()
	next.MaxIdleConnsPerHost = 32
	next.ResponseHeaderTimeout = set.attemptTimeout
	return &transport{base: base, next: next, set: set, log: log, observe: observe, routes: map[string]*routeLimit{}}
}

// rateLimitError is a request Discord refused with 429 that the transport
// stopped retrying.
type rateLimitError struct {
	Route      string // e.g. "POST /interactions/:id/:token/callback"
	RetryAfter time.Duration
	Scope      string // user, global or shared
	Why        string // why it was not retried
}

func (e *rateLimitError) Error() string {
	return fmt.Sprintf("rate limited on %s (scope %s, retry after %v): %s", e.Route, e.Scope, e.RetryAfter, e.Why)
}

// RoundTrip sends r, waiting and retrying as Discord asks, within bounds.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if t.base != nil {
		req = rebase(req, t.base)
	}
	ctx := req.Context()
	route := routeLabel(req.Method, req.URL.Path)
	key := routeKey(req.Method, req.URL.Path)
	resetBefore := false // the previous attempt may have reached Discord
	for attempt := 0; ; attempt++ {
		if err := t.awaitTurn(ctx, route, key); err != nil {
			closeBody(req)
			return nil, err
		}
		try := req
		if attempt > 0 {
			if try = rewound(req); try == nil {
				return nil, fmt.Errorf("%s: cannot resend the body", route)
			}
		}
		actx, cancel := context.WithTimeout(ctx, t.set.attemptTimeout)
		resp, err := t.next.RoundTrip(try.WithContext(actx))
		if err != nil {
			cancel()
			if ctx.Err() == nil && attempt < t.set.retries && retryable(req) {
				if t.pause(ctx, route, "network", attempt, t.backoffAfter(attempt), err) {
					resetBefore = true
					continue
				}
			}
			return nil, err
		}
		resp.Body = &cancelOnClose{ReadCloser: resp.Body, cancel: cancel}
		t.learn(key, resp.Header)
		switch {
		case resp.StatusCode == http.StatusTooManyRequests:
			rl := readRateLimit(resp, t.set.defaultWait)
			t.observe.DiscordRateLimited(route, rl.scope)
			if rl.global {
				t.holdAll(rl.wait)
			} else {
				t.holdRoute(key, rl.wait)
			}
			if why := t.giveUp(ctx, attempt, rl.wait); why != "" {
				err := &rateLimitError{Route: route, RetryAfter: rl.wait, Scope: rl.scope, Why: why}
				t.log.Warn("discord rate limit: giving up", "route", route, "retry_after", rl.wait, "scope", rl.scope, "attempts", attempt+1, "why", why)
				return nil, err
			}
			t.log.Warn("discord rate limit: retrying", "route", route, "retry_after", rl.wait, "scope", rl.scope, "attempt", attempt+1)
			t.observe.DiscordRetry(route, "429")
			if err := sleep(ctx, max(rl.wait, t.set.minWait)); err != nil {
				return nil, err
			}
			continue
		case resp.StatusCode >= 500 && resp.StatusCode != http.StatusNotImplemented && attempt < t.set.retries && retryable(req):
			discard(resp)
			if t.pause(ctx, route, "http "+strconv.Itoa(resp.StatusCode), attempt, t.backoffAfter(attempt), nil) {
				continue
			}
			return nil, fmt.Errorf("%s: HTTP %d, and no time left to retry", route, resp.StatusCode)
		case resetBefore && resp.StatusCode == http.StatusBadRequest && alreadyAnswered(resp):
			// The attempt cut off by a reset had reached Discord: the
			// interaction is answered, which is what was asked.
			t.log.Info("discord request: an earlier attempt had gone through", "route", route)
			return &http.Response{StatusCode: http.StatusNoContent, Status: "204 No Content", Header: http.Header{},
				Body: http.NoBody, Request: req, Proto: resp.Proto, ProtoMajor: resp.ProtoMajor, ProtoMinor: resp.ProtoMinor}, nil
		}
		return resp, nil
	}
}

// pause logs a retry and waits before it; false when the wait would run
// past the caller's deadline.
func (t *transport) pause(ctx context.Context, route, reason string, attempt int, wait time.Duration, err error) bool {
	if dl, ok := ctx.Deadline(); ok && time.Now().Add(wait).After(dl) {
		t.log.Warn("discord request failed: no time left to retry", "route", route, "reason", reason, "attempts", attempt+1, "err", err)
		return false
	}
	t.log.Warn("discord request failed: retrying", "route", route, "reason", reason, "attempt", attempt+1, "in", wait, "err", err)
	t.observe.DiscordRetry(route, reason)
	return sleep(ctx, wait) == nil
}

func (t *transport) backoffAfter(attempt int) time.Duration {
	d := t.set.backoff << attempt
	return d/2 + rand.N(d/2+1)
}

// giveUp says why a rate-limited request is not retried, or "".
func (t *transport) giveUp(ctx context.Context, attempt int, wait time.Duration) string {
	if attempt >= t.set.retries {
		return fmt.Sprintf("still limited after %d attempts", attempt+1)
	}
	if dl, ok := ctx.Deadline(); ok {
		if time.Now().Add(max(wait, t.set.minWait)).After(dl) {
			return "the wait runs past the deadline"
		}
	} else if wait > t.set.maxWait {
		return fmt.Sprintf("the wait is over %v", t.set.maxWait)
	}
	return ""
}

// awaitTurn waits while Discord said all requests, or this route's, must
// wait; it fails at once when that wait would pass the deadline.
func (t *transport) awaitTurn(ctx context.Context, route, key string) error {
	now := time.Now()
	t.mu.Lock()
	until := t.global
	scope := "global"
	if r := t.routes[key]; r != nil && r.remaining <= 0 && r.reset.After(until) {
		until, scope = r.reset, "route"
	}
	t.calls++
	if t.calls%256 == 0 {
		for k, r := range t.routes {
			if r.reset.Before(now) {
				delete(t.routes, k)
			}
		}
	}
	t.mu.Unlock()
	wait := until.Sub(now)
	if wait <= 0 {
		return nil
	}
	if dl, ok := ctx.Deadline(); (ok && now.Add(wait).After(dl)) || (!ok && wait > t.set.maxWait) {
		t.log.Warn("discord rate limit: not sending", "route", route, "scope", scope, "wait", wait)
		return &rateLimitError{Route: route, RetryAfter: wait, Scope: scope, Why: "the wait runs past the deadline"}
	}
	return sleep(ctx, wait)
}

// learn keeps what a reply says of its route's bucket, so that the next
// request waits for the reset instead of earning a 429.
func (t *transport) learn(key string, h http.Header) {
	if key == "" {
		return
	}
	rem, err1 := strconv.Atoi(h.Get("X-RateLimit-Remaining"))
	after, err2 := strconv.ParseFloat(h.Get("X-RateLimit-Reset-After"), 64)
	if err1 != nil || err2 != nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if rem > 0 {
		delete(t.routes, key)
		return
	}
	t.routes[key] = &routeLimit{remaining: rem, reset: time.Now().Add(seconds(after))}
}

func (t *transport) holdAll(wait time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if until := time.Now().Add(wait); until.After(t.global) {
		t.global = until
	}
}

func (t *transport) holdRoute(key string, wait time.Duration) {
	if key == "" {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.routes[key] = &routeLimit{reset: time.Now().Add(wait)}
}

// rateLimit is what a 429 says: how long to wait, and for whom.
type rateLimit struct {
	wait   time.Duration
	global bool
	scope  string
}

// readRateLimit reads a 429: its JSON body when it has one, else its
// Retry-After header (a proxy's HTML page has only that), else def.
func readRateLimit(resp *http.Response, def time.Duration) rateLimit {
	defer discard(resp)
	rl := rateLimit{wait: def, scope: resp.Header.Get("X-RateLimit-Scope")}
	rl.global = resp.Header.Get("X-RateLimit-Global") == "true" || rl.scope == "global"
	if s, err := strconv.ParseFloat(resp.Header.Get("Retry-After"), 64); err == nil && s >= 0 {
		rl.wait = seconds(s)
	}
	var body struct {
		RetryAfter *float64 `json:"retry_after"`
		Global     bool     `json:"global"`
	}
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if json.Unmarshal(raw, &body) == nil && body.RetryAfter != nil && *body.RetryAfter >= 0 {
		rl.wait = seconds(*body.RetryAfter)
		rl.global = rl.global || body.Global
	}
	if rl.scope == "" {
		rl.scope = "user"
		if rl.global {
			rl.scope = "global"
		}
	}
	return rl
}

// alreadyAnswered reports a 400 saying the interaction was acknowledged.
func alreadyAnswered(resp *http.Response) bool {
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	resp.Body = io.NopCloser(strings.NewReader(string(raw)))
	var e struct {
		Code int `json:"code"`
	}
	return json.Unmarshal(raw, &e) == nil && e.Code == 40060
}

// retryable says whether a request may be sent again after an attempt that
// may have reached Discord: reads and overwrites may; so may an
// interaction's callback (Discord refuses a second one) and a request its
// sender marked safe to repeat (a message with an enforced nonce, which
// Discord creates once).
func retryable(r *http.Request) bool {
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete:
		return true
	case http.MethodPost:
		return strings.HasSuffix(r.URL.Path, "/callback") || r.Context().Value(repeatableKey{}) != nil
	}
	return false
}

// repeatableKey marks a request's context: sending it twice does no harm.
type repeatableKey struct{}

func repeatable(ctx context.Context) context.Context {
	return context.WithValue(ctx, repeatableKey{}, true)
}

func rewound(r *http.Request) *http.Request {
	if r.Body == nil || r.Body == http.NoBody {
		return r
	}
	if r.GetBody == nil {
		return nil
	}
	body, err := r.GetBody()
	if err != nil {
		return nil
	}
	r2 := r.Clone(r.Context())
	r2.Body = body
	return r2
}

func closeBody(r *http.Request) {
	if r.Body != nil {
		r.Body.Close()
	}
}

func discard(resp *http.Response) {
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
}

// cancelOnClose ends an attempt's context once its body is read.
type cancelOnClose struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c *cancelOnClose) Close() error {
	err := c.ReadCloser.Close()
	c.cancel()
	return err
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func seconds(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// rebase sends a request meant for discord.com to base instead.
func rebase(r *http.Request, base *url.URL) *http.Request {
	r = r.Clone(r.Context())
	prefix := strings.TrimRight(base.Path, "/")
	r.URL.Scheme, r.URL.Host, r.Host = base.Scheme, base.Host, base.Host
	r.URL.Path = prefix + r.URL.Path
	if r.URL.RawPath != "" {
		r.URL.RawPath = prefix + r.URL.RawPath
	}
	return r
}

// routeLabel names a request's route without ids or tokens, for logs and
// metrics: "POST /interactions/:id/:token/callback".
func routeLabel(method, path string) string {
	return method + " " + routePath(path, false)
}

// routeKey names a request's rate-limit bucket: the route with its major
// parameter (channel, guild), as Discord counts them. Interactions and
// webhooks are not tracked: each token is its own bucket, used once.
func routeKey(method, path string) string {
	p := routePath(path, true)
	if strings.Contains(p, ":token") {
		return ""
	}
	return method + " " + p
}

// routePath is path after /api/vN with ids and tokens replaced; keepMajor
// keeps the id after channels/ and guilds/.
func routePath(path string, keepMajor bool) string {
	if i := strings.Index(path, "/api/v"); i >= 0 {
		path = path[i+len("/api/v"):]
		if j := strings.IndexByte(path, '/'); j >= 0 {
			path = path[j:]
		} else {
			path = "/"
		}
	}
	segs := strings.Split(path, "/")
	for i, s := range segs {
		prev, prev2 := "", ""
		if i > 0 {
			prev = segs[i-1]
		}
		if i > 1 {
			prev2 = segs[i-2]
		}
		switch {
		case (prev2 == "interactions" || prev2 == "webhooks") && s != "" && !allDigits(s):
			segs[i] = ":token"
		case allDigits(s) && s != "":
			if keepMajor && (prev == "channels" || prev == "guilds") {
				continue
			}
			segs[i] = ":id"
		}
	}
	return strings.Join(segs, "/")
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// cleanErr rewrites an error from http.Client, whose text holds the whole
// URL (an interaction's token, the real host), to name the route only.
func cleanErr(err error) error {
	var ue *url.Error
	if !errors.As(err, &ue) {
		return err
	}
	path := ue.URL
	if u, perr := url.Parse(ue.URL); perr == nil {
		path = u.Path
	}
	return &requestError{route: routeLabel(strings.ToUpper(ue.Op), path), err: ue.Err}
}

type requestError struct {
	route string
	err   error
}

func (e *requestError) Error() string { return e.route + ": " + e.err.Error() }
func (e *requestError) Unwrap() error { return e.err }
