package bot

import (
	"fmt"
	"net/http"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// drainRequests returns the REST calls the fake sees within a while.
func (r *running) drainRequests(within time.Duration) []request {
	var out []request
	deadline := time.After(within)
	for {
		select {
		case req := <-r.fake.reqs:
			out = append(out, req)
		case <-deadline:
			return out
		}
	}
}

func countPath(reqs []request, suffix string) int {
	n := 0
	for _, r := range reqs {
		if strings.HasSuffix(r.Path, suffix) {
			n++
		}
	}
	return n
}

// Fault 4: a 429 with retry_after 0 on every callback is retried a few
// times, then given up and logged: no spin, no goroutine pile-up.
func TestRateLimitRetryAfterZeroIsBounded(t *testing.T) {
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 6000, Burst: 100})
	r.fake.onREST(tooMany(isCallback, -1, 0, false))
	before := runtime.NumGoroutine()
	const n = 20
	for i := 0; i < n; i++ {
		id := snowflake(2000 + i)
		r.fake.dispatch("INTERACTION_CREATE", interaction(id, discordgo.InteractionApplicationCommand, askData("who is budanov"), snowflake(2100+i), true))
	}
	var peak atomic.Int64
	sampling := make(chan struct{})
	go func() {
		for {
			peak.Store(max(peak.Load(), int64(runtime.NumGoroutine())))
			select {
			case <-sampling:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	reqs := r.drainRequests(2 * time.Second)
	close(sampling)
	attempts := countPath(reqs, "/callback")
	t.Logf("%d callback attempts for %d interactions; goroutines %d before, at most %d", attempts, n, before, peak.Load())
	if max := n * (1 + defaultRESTSettings().retries); attempts > max || attempts < n {
		t.Errorf("%d callback attempts for %d interactions, want %d to %d", attempts, n, n, max)
	}
	waitFor(t, time.Second, "every give-up logged", func() bool {
		return strings.Count(r.logs.String(), "gave up answering an interaction") == n
	})
	// what is left is the connections kept alive; closing them, none
	r.fake.srv.CloseClientConnections()
	waitFor(t, 2*time.Second, fmt.Sprintf("goroutines back to %d", before), func() bool { return runtime.NumGoroutine() <= before+2 })
	for _, want := range []string{"discord rate limit: retrying", "discord rate limit: giving up", `route="POST /interactions/:id/:token/callback"`} {
		if !strings.Contains(r.logs.String(), want) {
			t.Errorf("log lacks %q", want)
		}
	}
	if !r.metric(t, fmt.Sprintf(`reportbot_discord_rate_limited_total{route="POST /interactions/:id/:token/callback",scope="user"} %d`, attempts)) {
		t.Errorf("the 429s are not counted by route")
	}
}

// Fault 4: retry_after 1 on every callback is waited out, and the
// callback given up before the interaction's 3 seconds are over.
func TestRateLimitStopsAtTheInteractionWindow(t *testing.T) {
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5})
	r.fake.onREST(tooMany(isCallback, -1, 1, false))
	start := time.Now()
	r.fake.dispatch("INTERACTION_CREATE", interaction("2201", discordgo.InteractionApplicationCommand, askData("who is budanov"), "300000000000000001", true))
	r.logHas(t, 4*time.Second, "gave up answering an interaction")
	if took := time.Since(start); took > interactionWindow+200*time.Millisecond {
		t.Errorf("gave up after %v, past the interaction's %v", took, interactionWindow)
	}
	reqs := r.drainRequests(1500 * time.Millisecond)
	if n := countPath(reqs, "/callback"); n < 2 || n > 3 {
		t.Errorf("%d attempts, want 2 or 3 (a second apart, within 3 s)", n)
	}
	for i := 1; i < len(reqs); i++ {
		if gap := reqs[i].At.Sub(reqs[i-1].At); gap < 900*time.Millisecond {
			t.Errorf("attempt %d came %v after the last, before retry_after", i+1, gap)
		}
	}
}

// Fault 4 and 8: 429s that pass are retried after the wait they name, in
// JSON or, from a proxy's HTML page, in the Retry-After header.
func TestRateLimitRetried(t *testing.T) {
	tests := []struct {
		name  string
		fault restFault
		wait  time.Duration
	}{
		{"json retry_after", tooMany(isCallback, 2, 0.3, false), 300 * time.Millisecond},
		{"html body, Retry-After header", func(w http.ResponseWriter, r *http.Request) bool {
			if !isCallback(r) || strings.Contains(r.URL.Path, "-html-done") {
				return false
			}
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, "<html><body><h1>429 Too Many Requests</h1></body></html>")
			return true
		}, time.Second},
	}
	for k, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5})
			var n atomic.Int32
			r.fake.onREST(func(w http.ResponseWriter, req *http.Request) bool {
				if isCallback(req) && n.Add(1) > 2 {
					return false // the third attempt goes through
				}
				return tt.fault(w, req)
			})
			id := snowflake(2300 + k)
			r.fake.dispatch("INTERACTION_CREATE", interaction(id, discordgo.InteractionApplicationCommand, askData("who is budanov"), "300000000000000001", true))
			var at []time.Time
			for i := 0; i < 3; i++ {
				at = append(at, r.fake.next(t).At)
			}
			for i := 1; i < 3; i++ {
				if gap := at[i].Sub(at[i-1]); gap < tt.wait-50*time.Millisecond {
					t.Errorf("retry %d after %v, want %v", i, gap, tt.wait)
				}
			}
			time.Sleep(100 * time.Millisecond)
			logs := r.logs.String()
			if strings.Contains(logs, "gave up") || strings.Contains(logs, "invalid character") {
				t.Errorf("log:\n%s", logs)
			}
			if strings.Count(logs, "discord rate limit: retrying") != 2 {
				t.Errorf("want 2 retries logged:\n%s", logs)
			}
		})
	}
}

// Fault 4: a global 429 holds every route, not only the one it came on.
func TestGlobalRateLimitHoldsEveryRoute(t *testing.T) {
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5})
	r.fake.onREST(tooMany(isMessage, 1, 0.5, true))
	r.fake.dispatch("MESSAGE_CREATE", message("2401", "610000000000000001", "", "300000000000000002", "who is budanov?", false))
	limited := r.fake.next(t) // the 429
	r.logHas(t, time.Second, "discord rate limit: retrying")
	r.fake.dispatch("INTERACTION_CREATE", interaction("2402", discordgo.InteractionApplicationCommand, askData("who is budanov"), "300000000000000001", true))
	first := r.fake.next(t)
	second := r.fake.next(t)
	for _, req := range []request{first, second} {
		if gap := req.At.Sub(limited.At); gap < 450*time.Millisecond {
			t.Errorf("%s %s sent %v after a global 429 of 0.5 s", req.Method, req.Path, gap)
		}
	}
	if !r.metric(t, `reportbot_discord_rate_limited_total{route="POST /channels/:id/messages",scope="global"} 1`) {
		t.Error("the global 429 is not counted")
	}
}

// Fault 7: a callback cut by a reset is sent again; one that had reached
// Discord (which then says "already acknowledged") counts as answered.
func TestResetCallbackIsRetried(t *testing.T) {
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5})
	r.fake.onREST(reset(isCallback, 1))
	r.ask(t, "2501") // the reset attempt
	r.callback(t, "2501")
	// the first attempt is reset after Discord took it; the second hears so
	r.fake.onREST(reset(func(req *http.Request) bool { return strings.Contains(req.URL.Path, "/2502/") }, 1))
	var second atomic.Bool
	r.fake.onREST(func(w http.ResponseWriter, req *http.Request) bool {
		if !strings.Contains(req.URL.Path, "/2502/") || !second.CompareAndSwap(false, true) {
			return false
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprint(w, `{"message": "Interaction has already been acknowledged.", "code": 40060}`)
		return true
	})
	r.ask(t, "2502")
	r.callback(t, "2502")
	time.Sleep(100 * time.Millisecond)
	if logs := r.logs.String(); strings.Contains(logs, "gave up") || !strings.Contains(logs, "reason=network") {
		t.Errorf("log:\n%s", logs)
	}
}

// Fault 7: when sending fails (resets, a reply slower than the window)
// the log says which interaction and route, never the token nor the URL.
func TestTokensStayOutOfLogs(t *testing.T) {
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5})
	r.fake.onREST(reset(func(req *http.Request) bool { return strings.Contains(req.URL.Path, "/2601/") }, -1))
	r.fake.onREST(slow(func(req *http.Request) bool { return strings.Contains(req.URL.Path, "/2602/") }, 5*time.Second))
	r.fake.onREST(reset(isMessage, -1))
	for _, id := range []string{"2601", "2602"} {
		r.fake.dispatch("INTERACTION_CREATE", interaction(id, discordgo.InteractionApplicationCommand, askData("who is budanov"), "300000000000000001", true))
	}
	r.fake.dispatch("MESSAGE_CREATE", message("2603", "610000000000000001", "", "300000000000000002", "who is budanov?", false))
	waitFor(t, 5*time.Second, "three give-ups", func() bool { return strings.Count(r.logs.String(), "gave up") == 3 })
	logs := r.logs.String()
	for _, secret := range []string{"tok-2601", "tok-2602", testToken, "discord.com"} {
		if strings.Contains(logs, secret) {
			t.Errorf("log holds %q:\n%s", secret, logs)
		}
	}
	for _, want := range []string{"interaction=2601", "interaction=2602", "message=2603", "POST /interactions/:id/:token/callback"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q", want)
		}
	}
}
