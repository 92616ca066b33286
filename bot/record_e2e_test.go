package bot

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"reportbot/bot/store"
	"reportbot/bot/store/storetest"
	"reportbot/commands"
	"reportbot/knowledge"
)

const testPack = "testpack0001"

func feedbackCommands(t testing.TB) *commands.Set {
	t.Helper()
	p, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return commands.New(knowledge.NewEngine(p), commands.Options{MaxQuestion: 300, Feedback: true})
}

// replica is a bot recording to a store, as one process of several.
type replica struct {
	bot     *Bot
	metrics *Metrics
	logs    *syncBuffer
	stop    func() // flushes the recorder and waits
}

func newReplica(t testing.TB, storeURL string, buffer int) *replica {
	t.Helper()
	logs := &syncBuffer{}
	m := NewMetrics()
	cmds := feedbackCommands(t)
	b := New(cmds, LimitsConfig{PerMinute: 6000, Burst: 1000}, slog.New(slog.NewTextHandler(logs, nil)), m)
	b.Use(cmds, testPack)
	stop := b.startRecording(StoreConfig{Enabled: true, URL: Secret(storeURL), KeepDays: 30, Buffer: buffer}, m)
	r := &replica{bot: b, metrics: m, logs: logs}
	stopped := false
	r.stop = func() {
		if !stopped {
			stopped = true
			stop(time.Now().Add(5 * time.Second))
		}
	}
	t.Cleanup(r.stop)
	return r
}

var voteButton = regexp.MustCompile(`"vote:([0-9a-f-]{36}):up"`)

// recordID is the record id in a response's 👍 button.
func recordID(t *testing.T, raw []byte) string {
	t.Helper()
	m := voteButton.FindSubmatch(raw)
	if m == nil {
		t.Fatalf("no vote button in %.300s", raw)
	}
	return string(m[1])
}

func press(custom string) map[string]any {
	return map[string]any{"custom_id": custom, "component_type": 2}
}

// postHTTP sends one signed interaction and returns the body.
func postHTTP(t *testing.T, sg signer, endpoint string, body []byte) []byte {
	t.Helper()
	req := sg.request(body, time.Now())
	hreq, _ := http.NewRequest("POST", endpoint, req.Body)
	hreq.Header = req.Header
	resp, err := http.DefaultClient.Do(hreq)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, out)
	}
	return out
}

func openStore(t *testing.T, u string) *store.DB {
	t.Helper()
	d, err := store.Open(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// Every way a question reaches the bot is recorded with the right path,
// outcome, entry or nearest entry and reason; votes are one per user per
// answer, changeable, from any replica, over the gateway or HTTP. Users
// are stored only as hashes.
func TestRecordedEndToEnd(t *testing.T) {
	for _, k := range storetest.Kinds {
		t.Run(string(k), func(t *testing.T) {
			storeURL := storetest.URL(t, k)
			a, b := newReplica(t, storeURL, 1000), newReplica(t, storeURL, 1000)
			fake := newFakeDiscord(t)
			s, err := NewSession(DiscordConfig{Token: testToken, APIURL: fake.url(), ShardCount: 1})
			if err != nil {
				t.Fatal(err)
			}
			serveFake(t, a.bot, fake, s, a.logs, a.metrics)
			sg := newSigner(t)
			httpA := startHTTP(t, a.bot.NewInteractionServer(sg.pub, 64, a.metrics))
			httpB := startHTTP(t, b.bot.NewInteractionServer(sg.pub, 64, b.metrics))
			const (
				u1, u2, u3, u4, u5 = "300000000000000001", "300000000000000002", "300000000000000003", "300000000000000004", "300000000000000005"
				guild              = "500000000000000001"
			)
			ids := map[string]string{} // record ids, by step
			fake.dispatch("INTERACTION_CREATE", interaction("1001", discordgo.InteractionApplicationCommand, askData("Who proposed accepting North Korean POWs?"), u1, true))
			ids["gateway answer"] = recordID(t, fake.next(t).Body)
			fake.dispatch("INTERACTION_CREATE", interaction("1002", discordgo.InteractionApplicationCommand, askData("How many Russian soldiers died?"), u2, false))
			ids["gateway decline"] = recordID(t, fake.next(t).Body)
			fake.dispatch("MESSAGE_CREATE", message("2001", "610000000000000001", "", u3, "who is budanov?", false))
			ids["DM"] = recordID(t, fake.next(t).Body)
			fake.dispatch("MESSAGE_CREATE", message("2002", "620000000000000001", guild, u4, "<@"+fake.botID+"> how many tanks did north korea send", false, fake.botID))
			ids["mention"] = recordID(t, fake.next(t).Body)
			fake.dispatch("INTERACTION_CREATE", interaction("1004", discordgo.InteractionMessageComponent, press("entry:condition"), u1, true))
			ids["related"] = recordID(t, fake.next(t).Body)
			fake.dispatch("INTERACTION_CREATE", interaction("1005", discordgo.InteractionMessageComponent, press("para:8"), u1, true))
			fake.next(t)
			ids["http answer"] = recordID(t, postHTTP(t, sg, httpA, jsonBody(t, interaction("7001", discordgo.InteractionApplicationCommand, askData("who is kyrylo budanov"), u5, true))))
			ids["http decline"] = recordID(t, postHTTP(t, sg, httpB, jsonBody(t, interaction("7002", discordgo.InteractionApplicationCommand, askData("knit a scarf"), u5, false))))

			// votes: u1 likes the first answer over the gateway, then
			// changes their mind on replica b; u2 likes it on replica a;
			// u5 dislikes their decline twice (one vote)
			vote := func(id, dir string) map[string]any { return press("vote:" + id + ":" + dir) }
			fake.dispatch("INTERACTION_CREATE", interaction("1006", discordgo.InteractionMessageComponent, vote(ids["gateway answer"], "up"), u1, true))
			var cb callback
			fake.next(t).decode(t, &cb)
			if cb.Data.Content != "Thanks: this helps us improve the answers." || cb.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 {
				t.Errorf("vote reply %+v, want the private thanks", cb.Data)
			}
			time.Sleep(10 * time.Millisecond) // votes are ordered by time: the change comes later
			postHTTP(t, sg, httpB, jsonBody(t, interaction("7003", discordgo.InteractionMessageComponent, vote(ids["gateway answer"], "down"), u1, true)))
			postHTTP(t, sg, httpA, jsonBody(t, interaction("7004", discordgo.InteractionMessageComponent, vote(ids["gateway answer"], "up"), u2, false)))
			postHTTP(t, sg, httpA, jsonBody(t, interaction("7005", discordgo.InteractionMessageComponent, vote(ids["http decline"], "down"), u5, false)))
			postHTTP(t, sg, httpB, jsonBody(t, interaction("7006", discordgo.InteractionMessageComponent, vote(ids["http decline"], "down"), u5, false)))

			a.stop()
			b.stop()
			d := openStore(t, storeURL)
			recs, err := d.Records(context.Background(), time.Now().Add(-time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			key, err := d.UserKey(context.Background(), "")
			if err != nil {
				t.Fatal(err)
			}
			byID := map[string]store.Record{}
			for _, r := range recs {
				byID[r.ID.String()] = r
			}
			type want struct {
				path, via, guild, user, outcome, entry, nearest, reason string
			}
			wants := map[string]want{
				"gateway answer":  {"gateway", "ask", guild, u1, "answered", "who-proposed", "", ""},
				"gateway decline": {"gateway", "ask", "", u2, "declined", "", "losses", "named: entry does not speak of russia"},
				"DM":              {"message", "message", "", u3, "answered", "budanov-role", "", ""},
				"mention":         {"message", "message", guild, u4, "declined", "", "troop-count", "score: score below 0.60; unknown words: tank"},
				"related":         {"gateway", "related", guild, u1, "answered", "condition", "", ""},
				"http answer":     {"http", "ask", guild, u5, "answered", "budanov-role", "", ""},
				"http decline":    {"http", "ask", "", u5, "declined", "", "", "unknown words: knit scarf"},
			}
			for step, w := range wants {
				r, ok := byID[ids[step]]
				if !ok {
					t.Errorf("%s: record %s not stored", step, ids[step])
					continue
				}
				got := want{r.Path, r.Via, r.Guild, "", r.Outcome, r.Entry, r.Nearest, r.Reason}
				w.user = ""
				if got != w {
					t.Errorf("%s: stored %+v\nwant %+v", step, got, w)
				}
				if r.UserHash != store.HashUser(key, wants[step].user) {
					t.Errorf("%s: user_hash %q is not the HMAC of the user's id", step, r.UserHash)
				}
				if r.Pack != testPack || r.Took <= 0 || r.At.IsZero() {
					t.Errorf("%s: pack %q, took %v, at %v", step, r.Pack, r.Took, r.At)
				}
			}
			// the paragraph view is recorded too, with no id in a button
			paras := 0
			for _, r := range recs {
				if r.Via == "paragraph" && r.Question == "¶8" && r.Outcome == "paragraph" {
					paras++
				}
			}
			if len(recs) != len(wants)+1 || paras != 1 {
				t.Errorf("%d records (%d paragraph views), want %d and 1", len(recs), paras, len(wants)+1)
			}
			// no raw id anywhere
			raw, _ := json.Marshal(recs)
			for _, u := range []string{u1, u2, u3, u4, u5} {
				if bytes.Contains(raw, []byte(u)) {
					t.Errorf("user id %s stored", u)
				}
			}
			votes, err := d.Votes(context.Background(), time.Now().Add(-time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, v := range votes {
				who := map[string]string{store.HashUser(key, u1): "u1", store.HashUser(key, u2): "u2", store.HashUser(key, u5): "u5"}[v.UserHash]
				step := map[string]string{ids["gateway answer"]: "gateway answer", ids["http decline"]: "http decline"}[v.RecordID.String()]
				got = append(got, fmt.Sprintf("%s %s %v", who, step, v.Helpful))
			}
			sort.Strings(got)
			wantVotes := []string{"u1 gateway answer false", "u2 gateway answer true", "u5 http decline false"}
			if strings.Join(got, "; ") != strings.Join(wantVotes, "; ") {
				t.Errorf("votes %v\nwant %v", got, wantVotes)
			}
			// metrics: feedback counted where pressed
			if n := counterValue(t, a.metrics, "reportbot_feedback_total", `vote="helpful"`); n != 2 {
				t.Errorf("replica a counted %v helpful votes, want 2", n)
			}
		})
	}
}

// counterValue reads one series from the metrics page.
func counterValue(t *testing.T, m *Metrics, name, label string) float64 {
	t.Helper()
	rec := &bytesRecorder{header: http.Header{}}
	m.Handler().ServeHTTP(rec, httptestRequest("GET", "/metrics"))
	for line := range strings.Lines(rec.body.String()) {
		if strings.HasPrefix(line, name) && strings.Contains(line, label) {
			var v float64
			fmt.Sscan(line[strings.LastIndex(line, " ")+1:], &v)
			return v
		}
	}
	t.Fatalf("no %s{%s} in the metrics", name, label)
	return 0
}

type bytesRecorder struct {
	header http.Header
	body   bytes.Buffer
	status int
}

func (r *bytesRecorder) Header() http.Header         { return r.header }
func (r *bytesRecorder) Write(b []byte) (int, error) { return r.body.Write(b) }
func (r *bytesRecorder) WriteHeader(s int)           { r.status = s }

func httptestRequest(method, target string) *http.Request {
	r, _ := http.NewRequest(method, "http://localhost"+target, nil)
	return r
}

// A store that goes away mid-run neither slows nor breaks answering, and
// recording resumes when it is back: SQLite held locked by another
// writer, PostgreSQL refusing connections and hanging them (a proxy).
func TestStoreGoesAwayMidRun(t *testing.T) {
	type outage struct {
		name       string
		url        string // what the bot writes to
		read       string // what the test reads from
		begin, end func()
	}
	var outages []outage
	file := storetest.URL(t, storetest.SQLite)
	openStore(t, file)
	var lock *sql.Tx
	outages = append(outages, outage{name: "sqlite locked", url: file, read: file,
		// another process holds the write lock (root ignores a read-only
		// file mode, so that is no way to take the file away)
		begin: func() {
			other, err := sql.Open("sqlite", "file:"+file+"?_txlock=immediate")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { other.Close() })
			if lock, err = other.Begin(); err != nil {
				t.Fatal(err)
			}
			if _, err := lock.Exec("DELETE FROM settings WHERE name = 'none'"); err != nil {
				t.Fatal(err)
			}
		},
		end: func() { lock.Rollback() }})
	for _, mode := range []string{"down", "hang"} {
		pg := storetest.PostgresURL(t)
		u, _ := url.Parse(pg)
		p := storetest.NewProxy(t, u.Host)
		begin := p.Down
		if mode == "hang" {
			begin = p.Hang
		}
		outages = append(outages, outage{name: "postgres " + mode, url: p.Via(t, pg), read: pg, begin: begin, end: p.Up})
	}
	for _, o := range outages {
		t.Run(o.name, func(t *testing.T) {
			r := newReplica(t, o.url, 500)
			sg := newSigner(t)
			endpoint := startHTTP(t, r.bot.NewInteractionServer(sg.pub, 64, r.metrics))
			d := openStore(t, o.read)
			stored := func() int {
				recs, err := d.Records(context.Background(), time.Now().Add(-time.Hour))
				if err != nil {
					t.Fatal(err)
				}
				return len(recs)
			}
			load := func(n int) (bad int, p99 time.Duration) {
				var wrong atomic.Int64
				lat := drive(presign(t, sg, n, 64), endpoint, 16, func(_ signedRequest, status int, body []byte) {
					if status != 200 || !bytes.Contains(body, []byte(`"embeds"`)) {
						wrong.Add(1)
					}
				})
				sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
				return int(wrong.Load()), lat[len(lat)*99/100]
			}
			if bad, _ := load(200); bad != 0 {
				t.Fatalf("%d of 200 failed before the outage", bad)
			}
			waitUntil(t, "the first 200 stored", 10*time.Second, func() bool { return stored() == 200 })

			// the gateway too: each interaction's callback comes at once
			fake := newFakeDiscord(t)
			sess, err := NewSession(DiscordConfig{Token: testToken, APIURL: fake.url(), ShardCount: 1})
			if err != nil {
				t.Fatal(err)
			}
			serveFake(t, r.bot, fake, sess, r.logs, r.metrics)
			gateway := func(n int) (slowest time.Duration) {
				for i := range n {
					id := snowflake(9000 + i)
					start := time.Now()
					fake.dispatch("INTERACTION_CREATE", interaction(id, discordgo.InteractionApplicationCommand, askData("who is budanov"), "300000000000000001", true))
					if req := fake.next(t); !bytes.Contains(req.Body, []byte("Defense Intelligence")) {
						t.Fatalf("gateway answer %d: %.200s", i, req.Body)
					}
					slowest = max(slowest, time.Since(start))
				}
				return slowest
			}

			o.begin()
			if slowest := gateway(30); slowest > time.Second {
				t.Errorf("during the outage a gateway answer took %v", slowest)
			}
			bad, p99 := load(3000)
			// a write that blocked the answer path would take the store's
			// 5s timeout; answers must not wait for it at all
			if bad != 0 || p99 > time.Second {
				t.Errorf("during the outage: %d of 3000 failed, p99 %v", bad, p99)
			}
			waitUntil(t, "the failure logged", 10*time.Second, func() bool { return strings.Contains(r.logs.String(), "cannot write") })
			o.end()

			if bad, _ := load(100); bad != 0 {
				t.Errorf("%d of 100 failed after the outage", bad)
			}
			r.stop()
			dropped := int(r.bot.rec.Dropped())
			if got := stored(); got != 3330-dropped || dropped == 0 {
				t.Errorf("%d stored, %d dropped, of 3330 answered: want every answer stored or counted, and drops during the outage", got, dropped)
			}
			if v := counterValue(t, r.metrics, "reportbot_store_dropped_total", ""); int(v) != dropped {
				t.Errorf("reportbot_store_dropped_total = %v, want %d", v, dropped)
			}
			t.Logf("%s: 3330 answered (HTTP p99 %v during the outage), %d stored, %d dropped (buffer 500)", o.name, p99, 3330-dropped, dropped)
		})
	}
}

func waitUntil(t *testing.T, what string, timeout time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A reload swaps the command set under a live gateway connection: no
// reconnect, and the next interaction is answered by the new pack; a
// failed reload leaves the old one answering.
func TestReloadKeepsTheGateway(t *testing.T) {
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 600, Burst: 100})
	r.fake.nextEvent(t, 2) // the one IDENTIFY
	hup := make(chan os.Signal, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	m := NewMetrics()
	// the "new pack": the same one with the question as a phrasing
	p, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	const q = "how accurate are the missiles"
	for i := range p.Entries {
		if p.Entries[i].ID == "kn23" {
			p.Entries[i].Phrasings = append(p.Entries[i].Phrasings, q)
		}
	}
	fails := true
	reload := func() (*commands.Set, string, error) {
		if fails {
			return nil, "", &knowledge.ValidationError{Problems: []knowledge.Problem{{File: "pack.toml", Entry: "kn23", Msg: "a broken edit"}}}
		}
		return commands.New(knowledge.NewEngine(p), commands.Options{MaxQuestion: 300}), "v2", nil
	}
	go r.bot.reloadOnHangup(ctx, hup, reload, m)
	ask := func(id string) string {
		r.fake.dispatch("INTERACTION_CREATE", interaction(id, discordgo.InteractionApplicationCommand, askData(q), "300000000000000001", true))
		return string(r.fake.next(t).Body)
	}
	if !strings.Contains(ask("8001"), "doesn't say") {
		t.Fatal("answered before the reload")
	}
	hup <- syscall.SIGHUP
	waitUntil(t, "the refusal logged", 5*time.Second, func() bool { return strings.Contains(r.logs.String(), "a broken edit") })
	if body := ask("8002"); !strings.Contains(body, "doesn't say") {
		t.Errorf("after a refused reload the answer changed: %.200s", body)
	}
	fails = false
	hup <- syscall.SIGHUP
	waitUntil(t, "the reload", 5*time.Second, func() bool { return r.bot.current().version == "v2" })
	if body := ask("8003"); strings.Contains(body, "doesn't say") {
		t.Errorf("after the reload still declined: %.200s", body)
	}
	select {
	case ev := <-r.fake.events:
		if ev.Op == 2 {
			t.Error("the gateway identified again: the reload reconnected")
		}
	default:
	}
}
