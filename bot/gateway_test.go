package bot

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// waitFor polls cond until it holds or within passes.
func waitFor(t *testing.T, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v", what, within)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (r *running) metric(t *testing.T, want string) bool {
	t.Helper()
	w := httptest.NewRecorder()
	r.metrics.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	return strings.Contains(w.Body.String(), want)
}

// ask dispatches an /ask and waits for its callback.
func (r *running) ask(t *testing.T, id string) callback {
	t.Helper()
	r.fake.dispatch("INTERACTION_CREATE", interaction(id, discordgo.InteractionApplicationCommand, askData("who is budanov"), "300000000000000001", true))
	return r.callback(t, id)
}

func (r *running) logHas(t *testing.T, within time.Duration, want string) {
	t.Helper()
	waitFor(t, within, "log line "+want, func() bool { return strings.Contains(r.logs.String(), want) })
}

// Fault 2: a websocket that is accepted but never says HELLO, at start or
// on a reconnect, is given up on and dialled again; meanwhile the bot
// says it is down.
func TestGatewayWithoutHello(t *testing.T) {
	t.Run("at start", func(t *testing.T) {
		r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5}, func(f *fakeDiscord, b *Bot) {
			fast(f, b)
			f.scriptConns(nil, connFault{noHello: true}, connFault{noHello: true})
		})
		// startBot returned: READY came, on the third connection
		for i := 0; i < 3; i++ {
			r.fake.nextDial(t, time.Second)
		}
		r.logHas(t, time.Second, "reason=no_hello")
		r.ask(t, "1101")
	})
	t.Run("on reconnect", func(t *testing.T) {
		r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5}, fast)
		r.fake.nextDial(t, time.Second)
		if r.bot.gatewayIsDown() || !r.metric(t, "reportbot_gateway_connected 1") {
			t.Fatal("after READY the bot says its gateway is down")
		}
		r.fake.scriptConns(nil, connFault{noHello: true})
		r.fake.closeConn(4000)
		r.fake.nextDial(t, time.Second) // the one that hangs
		waitFor(t, time.Second, "gateway reported down", r.bot.gatewayIsDown)
		if !r.metric(t, "reportbot_gateway_connected 0") {
			t.Error("reportbot_gateway_connected is not 0 while the gateway hangs")
		}
		r.fake.nextDial(t, 2*time.Second) // given up on after helloTimeout
		waitFor(t, 2*time.Second, "gateway back up", func() bool { return !r.bot.gatewayIsDown() })
		r.ask(t, "1102")
		if !r.metric(t, `reportbot_gateway_reconnects_total{reason="no_hello"} 1`) {
			t.Error("the hang is not counted as a reconnect")
		}
	})
	t.Run("shutdown while it hangs", func(t *testing.T) {
		fake := newFakeDiscord(t)
		fake.scriptConns(&connFault{noHello: true})
		s, err := NewSession(DiscordConfig{Token: testToken, APIURL: fake.url(), ShardCount: 1})
		if err != nil {
			t.Fatal(err)
		}
		b := New(testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5}, discardLog(), nil) // Discord's 10 s for HELLO
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- b.Serve(ctx, s) }()
		fake.nextDial(t, 2*time.Second)
		cancel()
		start := time.Now()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Serve = %v, want nil after cancel", err)
			}
			if took := time.Since(start); took > time.Second {
				t.Errorf("Serve took %v to return", took)
			}
		case <-time.After(3 * time.Second):
			t.Fatal("Serve hangs with the gateway after cancel")
		}
	})
}

// Fault 3: a fatal close code mid-session, repeated on every reconnect,
// ends Serve with an error that names it; so it does at the first connect.
func TestFatalCloseCodes(t *testing.T) {
	for _, code := range []int{4004, 4010, 4011, 4012, 4013, 4014} {
		t.Run(closeCodes[code].meaning, func(t *testing.T) {
			r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5}, fast)
			r.fake.scriptConns(&connFault{closeOnLogin: code})
			r.fake.closeConn(4000) // the bot resumes, and is refused
			var err error
			select {
			case err = <-r.done:
				r.done <- err
			case <-time.After(3 * time.Second):
				t.Fatalf("the bot goes on after close code %d", code)
			}
			var fatal *FatalCloseError
			if !errors.As(err, &fatal) || fatal.Code != code || !strings.Contains(err.Error(), closeCodes[code].meaning) {
				t.Errorf("Serve = %v, want the fatal close %d named", err, code)
			}
			r.logHas(t, time.Second, "gateway closed for good")
			if !r.bot.gatewayIsDown() {
				t.Error("the bot says its gateway is up")
			}
		})
	}
	t.Run("at the first connect", func(t *testing.T) {
		fake := newFakeDiscord(t)
		fake.scriptConns(&connFault{closeOnLogin: 4004})
		s, err := NewSession(DiscordConfig{Token: testToken, APIURL: fake.url(), ShardCount: 1})
		if err != nil {
			t.Fatal(err)
		}
		b := New(testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5}, discardLog(), nil)
		done := make(chan error, 1)
		go func() { done <- b.Serve(context.Background(), s) }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "4004") || !strings.Contains(err.Error(), "token") {
				t.Errorf("Serve = %v, want 4004 and the token named", err)
			}
		case <-time.After(3 * time.Second):
			t.Fatal("the bot retries a refused token")
		}
	})
}

// Fault 5: events with d null (or an interaction that cannot be answered)
// are skipped with a warning; the bot answers the next one.
func TestMalformedEventsAreSkipped(t *testing.T) {
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5})
	for _, ev := range []struct{ event, d string }{
		{"INTERACTION_CREATE", "null"},
		{"INTERACTION_CREATE", "{}"},
		{"INTERACTION_CREATE", `{"id": "1", "type": 2}`},
		{"INTERACTION_CREATE", `"text"`},
		{"MESSAGE_CREATE", "null"},
		{"MESSAGE_CREATE", `{"id": "2"}`},
	} {
		r.fake.dispatchRaw(ev.event, ev.d)
	}
	r.ask(t, "1201")
	r.logHas(t, time.Second, "malformed INTERACTION_CREATE skipped")
	r.logHas(t, time.Second, "malformed MESSAGE_CREATE skipped")
	if strings.Contains(r.logs.String(), "panicked") {
		t.Error("a malformed event made a handler panic")
	}
}

// Fault 8: INVALID_SESSION is answered by waiting 1 to 5 s (here, its
// shortened bounds), then identifying anew; a resumable one resumes.
func TestInvalidSessionWaits(t *testing.T) {
	if d := defaultGatewaySettings(); d.invalidMin != time.Second || d.invalidMax != 5*time.Second {
		t.Errorf("INVALID_SESSION wait %v to %v, want Discord's 1 to 5 s", d.invalidMin, d.invalidMax)
	}
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5}, func(f *fakeDiscord, b *Bot) {
		fast(f, b)
		f.invalidSessions(4, false)
	})
	// five identifies: four refused, then READY
	var at []time.Time
	for i := 0; i < 5; i++ {
		at = append(at, r.fake.nextEventWithin(t, 2, 2*time.Second).At)
	}
	for i := 1; i < len(at); i++ {
		if gap := at[i].Sub(at[i-1]); gap < r.bot.gw.invalidMin {
			t.Errorf("identify %d came %v after the INVALID_SESSION, want at least %v", i+1, gap, r.bot.gw.invalidMin)
		}
	}
	r.ask(t, "1301")

	t.Run("resumable", func(t *testing.T) {
		r.fake.invalidSessions(1, false)
		r.fake.sendOp(9, true)
		m := r.fake.nextEventWithin(t, 6, 2*time.Second)
		var resume struct {
			SessionID string `json:"session_id"`
		}
		json.Unmarshal(m.D, &resume)
		if resume.SessionID != "fake-session-1" {
			t.Errorf("resumed %q, want fake-session-1", resume.SessionID)
		}
		// that RESUME is refused too, not resumable: identify anew
		r.fake.nextEventWithin(t, 2, 2*time.Second)
		r.ask(t, "1302")
	})
}

// Fault 8: a reconnect resumes at resume_gateway_url with the session and
// the last sequence number, and logs it.
func TestResumeAtResumeURL(t *testing.T) {
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5}, fast)
	if d := r.fake.nextDial(t, time.Second); d.Path != "/ws/" {
		t.Errorf("first connection to %s, want /ws/ from GET /gateway", d.Path)
	}
	r.ask(t, "1401") // seq 2: READY, then this
	seq := func() int {
		r.fake.mu.Lock()
		defer r.fake.mu.Unlock()
		return r.fake.seq
	}
	for _, how := range []struct {
		name string
		do   func()
	}{
		{"close 4000", func() { r.fake.closeConn(4000) }},
		{"op 7 RECONNECT", func() { r.fake.sendOp(7, nil) }},
		{"connection reset", func() { r.fake.current().Close() }},
	} {
		t.Run(how.name, func(t *testing.T) {
			last := seq()
			how.do()
			if d := r.fake.nextDial(t, time.Second); d.Path != "/resume" {
				t.Errorf("reconnected to %s, want the resume_gateway_url /resume", d.Path)
			}
			m := r.fake.nextEventWithin(t, 6, 2*time.Second)
			var resume struct {
				Token     string `json:"token"`
				SessionID string `json:"session_id"`
				Seq       int    `json:"seq"`
			}
			json.Unmarshal(m.D, &resume)
			if resume.SessionID != "fake-session-1" || resume.Seq != last || resume.Token != "Bot "+testToken {
				t.Errorf("RESUME %+v, want fake-session-1 at seq %d with the token", resume, last)
			}
			r.logHas(t, time.Second, "gateway resumed")
			r.ask(t, snowflake(1400+len(how.name)))
		})
	}
	for _, want := range []string{"gateway disconnected", "gateway reconnecting", "resume=true", "reason=reconnect_requested", "code=4000"} {
		if !strings.Contains(r.logs.String(), want) {
			t.Errorf("log lacks %q", want)
		}
	}
}

// Fault 8: one heartbeat not acknowledged by the next is a dead
// connection: the bot closes it and resumes (discordgo waited 5).
func TestMissedHeartbeatAckResumes(t *testing.T) {
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5}, fast)
	r.fake.nextDial(t, time.Second)
	r.fake.withholdAcks(true)
	start := time.Now()
	d := r.fake.nextDial(t, 2*time.Second)
	r.fake.withholdAcks(false)
	// a heartbeat goes out within one interval, the next one finds it
	// unacknowledged: at most two intervals, and some slack
	if took := d.At.Sub(start); took > 2*r.fake.hello+300*time.Millisecond {
		t.Errorf("reconnected %v after the ACKs stopped, want within 2 heartbeat intervals (%v)", took, 2*r.fake.hello)
	}
	r.fake.nextEventWithin(t, 6, time.Second) // resumes
	r.logHas(t, time.Second, "reason=heartbeat_ack_missed")
	r.ask(t, "1501")
}

// Fault 8: a frame over the size limit is read past, not kept: memory
// stays flat and the session goes on.
func TestOversizedFrameIsSkipped(t *testing.T) {
	// heartbeats wait behind the frame: a long interval keeps them in time
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5}, func(f *fakeDiscord, _ *Bot) { f.hello = 5 * time.Second })
	r.fake.nextDial(t, time.Second)
	before := heapInUse()
	var peak uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() { // the heap's high-water mark while the frame goes by
		defer close(sampled)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	size := 128 << 20 // the issue's: RSS went to 879 MiB
	if err := r.fake.sendFrame(size); err != nil {
		t.Fatal(err)
	}
	r.ask(t, "1601") // on the same connection
	close(stop)
	<-sampled
	t.Logf("heap %d MiB before, %d MiB at most while a %d MiB frame went by", before>>20, peak>>20, size>>20)
	// what is read is bounded by the limit (8 MiB, in a buffer that grows
	// by doubling), not by the frame
	if peak-before > uint64(size)/2 {
		t.Errorf("heap went from %d to %d MiB for a %d MiB frame", before>>20, peak>>20, size>>20)
	}
	select {
	case d := <-r.fake.dials:
		t.Errorf("the bot reconnected (%s) over a large frame", d.Path)
	default:
	}
	r.logHas(t, time.Second, "gateway message over the size limit skipped")
}

// Fault 8i: replies to mentions in one channel are sent side by side,
// not each after the last has been created.
func TestSlowRepliesInOneChannelDoNotQueue(t *testing.T) {
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5})
	r.fake.onREST(slow(isMessage, time.Second))
	const channel = "620000000000000002"
	for n := 0; n < 4; n++ {
		content := "<@" + r.fake.botID + "> who is budanov"
		r.fake.dispatch("MESSAGE_CREATE", message(snowflake(1700+n), channel, "500000000000000001", snowflake(1710+n), content, false, r.fake.botID))
	}
	var first, last time.Time
	for n := 0; n < 4; n++ {
		req := r.fake.next(t)
		if first.IsZero() {
			first = req.At
		}
		last = req.At
	}
	if spread := last.Sub(first); spread > 500*time.Millisecond {
		t.Errorf("4 replies in one channel sent over %v; with message creation taking 1 s, they queue", spread)
	}
}

func discardLog() *slog.Logger { return slog.New(slog.DiscardHandler) }
