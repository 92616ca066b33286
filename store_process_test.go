package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"reportbot/bot/store"
	"reportbot/bot/store/storetest"
)

// These tests run the built binary, as an operator does: signals reach a
// real process, and kill -9 leaves what a crash leaves.

func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := filepath.Join(t.TempDir(), "reportbot")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// process is reportbot serve on an HTTP port of its own.
type process struct {
	cmd    *exec.Cmd
	base   string
	priv   ed25519.PrivateKey
	logs   *lockedBuffer
	exited chan error
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServe runs the binary with a config of HTTP on a free port, the
// store at storeURL and extra TOML, and waits until it is healthy.
func startServe(t *testing.T, bin, storeURL, extra string, args ...string) *process {
	t.Helper()
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	addr := freePort(t)
	cfg := fmt.Sprintf(`[discord]
public_key = %q
[http]
listen = %q
[limits]
questions_per_minute = 6000000
burst = 100000
[store]
url = %q
%s`, hex.EncodeToString(pub), addr, storeURL, extra)
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	p := &process{base: "http://" + addr, priv: priv, logs: &lockedBuffer{}, exited: make(chan error, 1)}
	p.cmd = exec.Command(bin, append([]string{"serve", "-config", path}, args...)...)
	p.cmd.Stdout, p.cmd.Stderr = p.logs, p.logs
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.exited <- p.cmd.Wait() }()
	t.Cleanup(func() {
		p.cmd.Process.Kill()
		<-p.exited
		if t.Failed() {
			t.Logf("reportbot's log:\n%s", p.logs)
		}
	})
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get(p.base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return p
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("reportbot never healthy: %v\n%s", err, p.logs)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

var recordIDIn = regexp.MustCompile(`"vote:([0-9a-f-]{36}):up"`)

// ask sends a signed /ask and returns the response body.
func (p *process) ask(c *http.Client, n int, question string) ([]byte, error) {
	body, _ := json.Marshal(map[string]any{
		"id": strconv.Itoa(100000 + n), "application_id": "900000000000000001", "type": 2, "token": "tok", "version": 1,
		"channel_id": "600000000000000001", "guild_id": "500000000000000001",
		"member": map[string]any{"user": map[string]any{"id": fmt.Sprintf("3%017d", n%64), "username": "asker"}},
		"data": map[string]any{"id": "100", "name": "ask", "type": 1, "options": []any{
			map[string]any{"name": "question", "type": 3, "value": question}}},
	})
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest("POST", p.base+"/interactions", bytes.NewReader(body))
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(p.priv, append([]byte(ts), body...))))
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		return out, fmt.Errorf("status %d: %s", resp.StatusCode, out)
	}
	return out, err
}

var questions = []string{"Who proposed accepting North Korean POWs?", "How many Russian soldiers died?", "kn23 missile accuracy", "who is kyrilo budanov"}

// answered is a response: its record's id and when it came.
type answered struct {
	id string
	at time.Time
}

// load asks from workers clients until stop is closed or n are answered,
// and returns what was answered and how many requests failed.
func (p *process) load(t *testing.T, n, workers int, stop <-chan struct{}) ([]answered, int) {
	c := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: workers}}
	var mu sync.Mutex
	var out []answered
	var next atomic.Int64
	var failed atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1))
				if i > n {
					return
				}
				select {
				case <-stop:
					return
				default:
				}
				body, err := p.ask(c, i, questions[i%len(questions)])
				if err != nil {
					failed.Add(1)
					continue
				}
				m := recordIDIn.FindSubmatch(body)
				if m == nil {
					t.Errorf("no record id in %.200s", body)
					return
				}
				mu.Lock()
				out = append(out, answered{string(m[1]), time.Now()})
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return out, int(failed.Load())
}

// stored is the set of record ids in the store.
func stored(t *testing.T, url string) map[string]bool {
	t.Helper()
	d, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	recs, err := d.Records(context.Background(), time.Now().Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, r := range recs {
		ids[r.ID.String()] = true
	}
	return ids
}

// SIGTERM while the buffer is full: the process stops taking requests,
// flushes, and every answered question is in the store.
func TestSIGTERMLosesNothing(t *testing.T) {
	bin := buildBinary(t)
	for _, k := range storetest.Kinds {
		t.Run(string(k), func(t *testing.T) {
			url := storetest.URL(t, k)
			p := startServe(t, bin, url, "")
			got, failed := p.load(t, 4000, 32, nil)
			if failed > 0 {
				t.Fatalf("%d requests failed", failed)
			}
			p.cmd.Process.Signal(syscall.SIGTERM) // at once: the last records are still buffered
			select {
			case err := <-p.exited:
				p.exited <- err
				if err != nil {
					t.Fatalf("exit: %v\n%s", err, p.logs)
				}
			case <-time.After(30 * time.Second):
				t.Fatal("no exit 30s after SIGTERM")
			}
			ids := stored(t, url)
			lost := 0
			for _, a := range got {
				if !ids[a.id] {
					lost++
				}
			}
			if lost != 0 || len(got) != 4000 {
				t.Errorf("%d of %d answered questions not stored after SIGTERM", lost, len(got))
			}
			if !strings.Contains(p.logs.String(), "store: flushed") {
				t.Errorf("no flush in the log:\n%s", p.logs)
			}
		})
	}
}

// kill -9 under load loses at most what the buffer held: by count (the
// buffer) and by time (what was answered in the last second).
func TestKill9LosesAtMostTheBuffer(t *testing.T) {
	bin := buildBinary(t)
	for _, k := range storetest.Kinds {
		t.Run(string(k), func(t *testing.T) {
			url := storetest.URL(t, k)
			p := startServe(t, bin, url, "buffer = 10000\n")
			stop := make(chan struct{})
			var got []answered
			done := make(chan struct{})
			go func() { got, _ = p.load(t, 200000, 32, stop); close(done) }()
			time.Sleep(2 * time.Second)
			p.cmd.Process.Kill() // SIGKILL, mid-load
			killed := time.Now()
			close(stop)
			<-done
			<-p.exited
			p.exited <- nil
			ids := stored(t, url)
			lost, oldest := 0, time.Duration(0)
			for _, a := range got {
				if !ids[a.id] {
					lost++
					oldest = max(oldest, killed.Sub(a.at))
				}
			}
			t.Logf("%s: kill -9 after %d answers in 2s: %d lost, the oldest answered %v before the kill",
				k, len(got), lost, oldest.Round(time.Millisecond))
			if lost > 10000 {
				t.Errorf("%d lost, more than the buffer (10000)", lost)
			}
			if oldest > time.Second {
				t.Errorf("a record answered %v before the kill was lost: more than a second", oldest)
			}
			if len(ids) == 0 {
				t.Error("nothing stored")
			}
		})
	}
}

func copyPack(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"report.txt", "pack.toml"} {
		b, err := os.ReadFile(filepath.Join("knowledge", "pack", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	return dir
}

// SIGHUP reloads a pack directory while answering: a fixed pack answers
// what it could not, with no request failing; a broken one is refused
// with its problems logged, and the last good one goes on.
func TestSIGHUPReloadsThePack(t *testing.T) {
	bin := buildBinary(t)
	dir := copyPack(t)
	url := storetest.URL(t, storetest.SQLite)
	p := startServe(t, bin, url, "", "-pack", dir)
	c := &http.Client{Timeout: 5 * time.Second}
	const q = "how accurate are the missiles"
	answer := func() string {
		body, err := p.ask(c, 1, q)
		if err != nil {
			t.Fatal(err)
		}
		return string(body)
	}
	if !strings.Contains(answer(), "doesn't say") {
		t.Fatalf("%q answered before the edit", q)
	}
	version := func() string {
		resp, err := http.Get(p.base + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		m := regexp.MustCompile(`reportbot_pack_info\{version="([0-9a-f]+)"\} 1`).FindSubmatch(b)
		if m == nil {
			t.Fatalf("no pack version in /metrics")
		}
		return string(m[1])
	}
	before := version()

	// Answering goes on through both reloads: no request fails.
	stop := make(chan struct{})
	loaded := make(chan [2]int)
	go func() { got, failed := p.load(t, 1000000, 8, stop); loaded <- [2]int{len(got), failed} }()

	packFile := filepath.Join(dir, "pack.toml")
	orig, _ := os.ReadFile(packFile)
	fixed := string(orig)
	at := strings.Index(fixed, "id = \"kn23\"")
	open := at + strings.Index(fixed[at:], "phrasings = [\n") + len("phrasings = [\n")
	fixed = fixed[:open] + "  \"" + q + "\",\n" + fixed[open:]
	os.WriteFile(packFile, []byte(fixed), 0o644)
	p.cmd.Process.Signal(syscall.SIGHUP)
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("%s\n%s", what, p.logs)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	answered := func() bool { a := answer(); return !strings.Contains(a, "doesn't say") && strings.Contains(a, "KN-23") }
	waitFor("the fixed pack never answered", answered)
	after := version()
	if after == before {
		t.Errorf("pack version still %s after the reload", after)
	}

	os.WriteFile(packFile, []byte(strings.Replace(fixed, "id = \"kn23\"", "id = \"kn23\"\nbogus_key = 1", 1)), 0o644)
	p.cmd.Process.Signal(syscall.SIGHUP)
	waitFor("the broken pack was not refused in the log", func() bool { return strings.Contains(p.logs.String(), "pack reload refused") })
	if !strings.Contains(p.logs.String(), "bogus_key") {
		t.Errorf("the refusal does not name the problem:\n%s", p.logs)
	}
	if !answered() || version() != after {
		t.Error("after a refused reload the last good pack is not answering")
	}
	close(stop)
	if n := <-loaded; n[0] == 0 || n[1] > 0 {
		t.Errorf("during the reloads: %d answered, %d failed; want answers and no failure", n[0], n[1])
	}

	// the records name the pack that answered them
	d, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	p.cmd.Process.Signal(syscall.SIGTERM)
	<-p.exited
	p.exited <- nil
	recs, err := d.Records(context.Background(), time.Now().Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	packs := map[string]int{}
	for _, r := range recs {
		packs[r.Pack]++
	}
	if packs[before] == 0 || packs[after] == 0 || len(packs) != 2 {
		t.Errorf("records by pack %v, want both %s and %s", packs, before, after)
	}
}

// The review and forget commands, on what a served bot recorded.
func TestReviewAndForgetCommands(t *testing.T) {
	bin := buildBinary(t)
	url := storetest.URL(t, storetest.SQLite)
	p := startServe(t, bin, url, "")
	got, _ := p.load(t, 64, 4, nil) // users 0..63, one question each
	p.cmd.Process.Signal(syscall.SIGTERM)
	<-p.exited
	p.exited <- nil
	cfg := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("[store]\nurl = %q\n", url)), 0o600)

	out, _, err := runMain(t, "", "review", "--json", "--since", "1d", "-config", cfg)
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Questions, Answered, Declined int
		Unanswered                    []struct {
			Question string
			Count    int
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("review --json: %v\n%s", err, out)
	}
	if r.Questions != len(got) || r.Declined != 16 || len(r.Unanswered) != 1 || r.Unanswered[0].Count != 16 {
		t.Errorf("review of %d questions: %+v", len(got), r)
	}

	out, _, err = runMain(t, "", "forget", "-config", cfg, fmt.Sprintf("3%017d", 5))
	if err != nil || !strings.Contains(out, "1 rows deleted") {
		t.Errorf("forget = %q, %v; want one row deleted", out, err)
	}
	if ids := stored(t, url); len(ids) != len(got)-1 {
		t.Errorf("%d records after forget, want %d", len(ids), len(got)-1)
	}
	if _, _, err := runMain(t, "", "forget", "-config", cfg, "not-an-id"); err == nil {
		t.Error("forget took a malformed id")
	}
	// run where no store is: an error, and no empty store left behind
	missing := filepath.Join(t.TempDir(), "nowhere.db")
	os.WriteFile(cfg, []byte(fmt.Sprintf("[store]\nurl = %q\n", missing)), 0o600)
	if _, _, err := runMain(t, "", "review", "-config", cfg); err == nil || !strings.Contains(err.Error(), "no store at") {
		t.Errorf("review of a missing store: %v, want \"no store at\"", err)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Error("review created the store it did not find")
	}
}

// The terminal's answers are not Discord's: ask and chat record nothing,
// and show no vote buttons.
func TestTerminalRecordsNothing(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "reportbot.db")
	cfg := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(cfg, []byte(fmt.Sprintf("[store]\nurl = %q\n", dbPath)), 0o600)
	if _, _, err := runMain(t, "who is budanov\n", "ask", "-config", cfg); err != nil {
		t.Fatal(err)
	}
	if out, _, err := runMain(t, "How many Russian soldiers died?\n", "chat", "-config", cfg); err != nil || strings.Contains(out, "👍") {
		t.Fatalf("chat: %v\n%s", err, out)
	}
	if _, err := os.Stat(dbPath); !os.IsNotExist(err) {
		t.Errorf("the store was created by ask or chat (stat: %v)", err)
	}
}
