package bot

import (
	"context"
	"encoding/hex"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// runBot is Run in the background, with its log kept.
type runBot struct {
	cfg   Config
	logs  *syncBuffer
	done  chan error
	stop  context.CancelFunc
	base  string // http://listen, when listening
	ended time.Time
}

func startRun(t *testing.T, cfg Config, tune ...func(*fakeDiscord, *Bot)) *runBot {
	t.Helper()
	r := &runBot{cfg: cfg, logs: &syncBuffer{}, done: make(chan error, 1)}
	if cfg.HTTP.Listen != "" {
		r.base = "http://" + cfg.HTTP.Listen
	}
	ctx, cancel := context.WithCancel(context.Background())
	r.stop = cancel
	log := slog.New(slog.NewTextHandler(r.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	go func() {
		r.done <- run(ctx, cfg, testCommands(t), log, func(b *Bot) {
			for _, f := range tune {
				f(nil, b)
			}
		})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-r.done:
		case <-time.After(time.Duration(cfg.Limits.ShutdownSeconds+2) * time.Second):
			t.Error("Run did not return")
		}
		if t.Failed() {
			t.Logf("bot log:\n%s", r.logs.String())
		}
	})
	return r
}

// wait returns Run's error, failing if it takes longer than within.
func (r *runBot) wait(t *testing.T, within time.Duration) error {
	t.Helper()
	select {
	case err := <-r.done:
		r.ended = time.Now()
		r.done <- err // for the cleanup
		return err
	case <-time.After(within):
		t.Fatalf("Run still running after %v", within)
		return nil
	}
}

func (r *runBot) health(t *testing.T) (int, string) {
	t.Helper()
	resp, err := http.Get(r.base + "/healthz")
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func gatewayConfig(t *testing.T, fake *fakeDiscord, grace int) Config {
	cfg := testConfig(t)
	cfg.Discord.Token = testToken
	cfg.Discord.APIURL = fake.url()
	cfg.Limits.ShutdownSeconds = grace
	cfg.Limits.PerMinute, cfg.Limits.Burst = 6000, 100
	return cfg
}

// Health that tells the truth: 503 until the gateway is connected, while
// it is not, and from the start of a shutdown; 200 otherwise.
func TestHealthzFollowsTheGateway(t *testing.T) {
	fake := newFakeDiscord(t)
	fake.scriptConns(nil, connFault{noHello: true})
	cfg := gatewayConfig(t, fake, 2)
	cfg.HTTP.Listen = freeAddr(t)
	r := startRun(t, cfg, fast)
	fake.nextDial(t, 2*time.Second)
	waitFor(t, time.Second, "healthz answers", func() bool { code, _ := r.health(t); return code != 0 })
	if code, body := r.health(t); code != 503 || !strings.Contains(body, "gateway") {
		t.Errorf("healthz while the gateway hangs = %d %q, want 503 naming the gateway", code, body)
	}
	fake.nextDial(t, 2*time.Second) // HELLO given up on; this one behaves
	waitFor(t, 2*time.Second, "healthz 200 once connected", func() bool { code, _ := r.health(t); return code == 200 })
	fake.closeConn(4004) // the token was reset
	if err := r.wait(t, 4*time.Second); err == nil || !strings.Contains(err.Error(), "4004") {
		t.Errorf("Run = %v, want the fatal close named", err)
	}
	if code, _ := r.health(t); code == 200 {
		t.Error("healthz 200 after the gateway closed for good")
	}
}

// Fault 8: on shutdown /healthz says 503 while the endpoint drains, each
// response closes its connection, and no keep-alive request meets a
// closed connection; Run returns within the grace period. The clients
// stop, as a load balancer would, once /healthz says 503.
func TestShutdownDrainsHTTP(t *testing.T) {
	sg := newSigner(t)
	cfg := testConfig(t)
	cfg.HTTP.Listen = freeAddr(t)
	cfg.Discord.PublicKey = hex.EncodeToString(sg.pub)
	cfg.Limits.ShutdownSeconds = 2
	cfg.Limits.PerMinute, cfg.Limits.Burst = 1e6, 1e6
	r := startRun(t, cfg)
	waitHealthy(t, r.base)

	reqs := presign(t, sg, 16, 16)
	ctx, stopClients := context.WithCancel(context.Background())
	var ok atomic.Int64
	var lost sync.Map // every error
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := client(1) // keep-alive
			for i := w; ctx.Err() == nil; i++ {
				sr := reqs[i%len(reqs)]
				req, _ := http.NewRequest(http.MethodPost, r.base+"/interactions", strings.NewReader(string(sr.body)))
				req.Header.Set("X-Signature-Ed25519", sr.sig)
				req.Header.Set("X-Signature-Timestamp", sr.ts)
				resp, err := c.Do(req)
				switch {
				case err != nil:
					lost.Store(err.Error(), true)
				default:
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode == 200 {
						ok.Add(1)
					} else {
						lost.Store(resp.Status, true)
					}
				}
			}
		}()
	}
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	r.stop()
	var saw503 bool
	for time.Since(start) < 3*time.Second && !saw503 {
		code, _ := r.health(t)
		saw503 = code == 503
		time.Sleep(20 * time.Millisecond)
	}
	stopClients()
	wg.Wait()
	r.wait(t, 3*time.Second)
	took := r.ended.Sub(start)
	if !saw503 {
		t.Error("healthz never said 503 during the shutdown")
	}
	if took > 2*time.Second+300*time.Millisecond {
		t.Errorf("Run took %v to return, over its 2 s grace", took)
	}
	lost.Range(func(k, _ any) bool {
		t.Errorf("a request failed during the shutdown: %v", k)
		return true
	})
	t.Logf("%d answered; shutdown took %v", ok.Load(), took)
}

// Fault 6: replies in flight when SIGTERM comes are finished, their 429s
// waited out and retried, before Run returns.
func TestShutdownFinishesRepliesInFlight(t *testing.T) {
	fake := newFakeDiscord(t)
	var seen sync.Map
	fake.onREST(func(w http.ResponseWriter, req *http.Request) bool {
		if !isCallback(req) {
			return false
		}
		if _, again := seen.LoadOrStore(req.URL.Path, true); again {
			return false
		}
		return tooMany(isCallback, 1, 1, false)(w, req) // each one's first attempt
	})
	r := startRun(t, gatewayConfig(t, fake, 5))
	fake.nextEvent(t, 2)
	time.Sleep(50 * time.Millisecond) // READY is in
	const n = 20
	for i := 0; i < n; i++ {
		fake.dispatch("INTERACTION_CREATE", interaction(snowflake(3100+i), discordgo.InteractionApplicationCommand, askData("who is budanov"), snowflake(3200+i), true))
	}
	time.Sleep(500 * time.Millisecond)
	r.stop()
	if err := r.wait(t, 5*time.Second); err != nil {
		t.Errorf("Run = %v", err)
	}
	answered := 0
	for len(fake.reqs) > 0 {
		if req := <-fake.reqs; isCallbackPath(req.Path) {
			answered++
		}
	}
	if answered != 2*n {
		t.Errorf("%d callback attempts, want %d: each limited once, then answered", answered, 2*n)
	}
	logs := r.logs.String()
	for _, want := range []string{"shutting down", "waiting for replies in flight", "discord rate limit: retrying", "stopped"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q", want)
		}
	}
	if strings.Contains(logs, "gave up") {
		t.Errorf("a reply was given up:\n%s", logs)
	}
}

func isCallbackPath(p string) bool { return strings.HasSuffix(p, "/callback") }

// Fault 6: what cannot finish within the grace period is given up, and
// logged, and Run returns by then however slow Discord is.
func TestShutdownGivesUpAtTheGrace(t *testing.T) {
	fake := newFakeDiscord(t)
	fake.onREST(slow(isMessage, time.Minute))
	r := startRun(t, gatewayConfig(t, fake, 1))
	fake.nextEvent(t, 2)
	time.Sleep(50 * time.Millisecond)
	for i := 0; i < 5; i++ {
		fake.dispatch("MESSAGE_CREATE", message(snowflake(3300+i), "610000000000000001", "", snowflake(3400+i), "who is budanov?", false))
	}
	time.Sleep(200 * time.Millisecond)
	start := time.Now()
	r.stop()
	r.wait(t, 3*time.Second)
	if took := r.ended.Sub(start); took > time.Second+100*time.Millisecond {
		t.Errorf("Run took %v, over its 1 s grace", took)
	}
	logs := r.logs.String()
	if got := strings.Count(logs, "gave up replying to a message"); got != 5 {
		t.Errorf("%d replies logged as given up, want 5:\n%s", got, logs)
	}
	if !strings.Contains(logs, "giving up on replies in flight") {
		t.Error("the give-up at the grace is not logged")
	}
}
