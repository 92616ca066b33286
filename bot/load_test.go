package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"reportbot/bot/store/storetest"
)

// loadQuestions are what the load sends: answers, declines, typos.
var loadQuestions = []string{
	"Who proposed accepting North Korean POWs?", "How many Russian soldiers died?", "kn23 missile accuracy",
	"where are nk troops fighting", "who is kyrilo budanov", "What is the source of the article?",
	"How many North Korean soldiers died", "bake a cake", "what did the jcs warn about",
	"Does South Korea want to accept the prisoners?",
}

// signedRequest is a request signed ahead of time, as Discord would send it.
type signedRequest struct {
	body      []byte
	sig, ts   string
	question  int
	userIndex int
}

func presign(t testing.TB, sg signer, n, users int) []signedRequest {
	t.Helper()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	out := make([]signedRequest, n)
	for i := range out {
		q := i % len(loadQuestions)
		body := jsonBody(t, interaction(strconv.Itoa(100000+i), discordgo.InteractionApplicationCommand, askData(loadQuestions[q]), fmt.Sprintf("3%017d", i%users), true))
		out[i] = signedRequest{body: body, ts: ts, sig: hex.EncodeToString(ed25519.Sign(sg.priv, append([]byte(ts), body...))), question: q, userIndex: i % users}
	}
	return out
}

// startHTTP serves the endpoint on a loopback port until the test ends.
func startHTTP(t testing.TB, srv *InteractionServer) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serveUntil(ctx, ln, srv, srv.SetReady) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String() + "/interactions"
}

func client(conns int) *http.Client {
	return &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{MaxIdleConns: conns, MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns},
	}
}

// drive sends every request from workers goroutines, and returns each
// one's latency; check sees every response.
func drive(reqs []signedRequest, url string, workers int, check func(r signedRequest, status int, body []byte)) []time.Duration {
	c := client(workers)
	lat := make([]time.Duration, len(reqs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(reqs) {
					return
				}
				r := reqs[i]
				req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(r.body))
				req.Header.Set("X-Signature-Ed25519", r.sig)
				req.Header.Set("X-Signature-Timestamp", r.ts)
				start := time.Now()
				resp, err := c.Do(req)
				if err != nil {
					check(r, 0, []byte(err.Error()))
					continue
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				lat[i] = time.Since(start)
				check(r, resp.StatusCode, body)
			}
		}()
	}
	wg.Wait()
	// A connection the client dialed but never used is, to the server, a
	// new one that may yet send a request: Shutdown would wait 5 s for it
	// and the test would fail with "context deadline exceeded".
	c.CloseIdleConnections()
	return lat
}

func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// A bounded load over loopback: every request gets the right response,
// none is lost, and memory stays flat.
func TestLoadOverLoopback(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 2000
	}
	sg := newSigner(t)
	srv, _ := testServer(t, sg.pub)
	url := startHTTP(t, srv)

	// The right response to each question, computed without HTTP.
	want := make([][]byte, len(loadQuestions))
	for q := range loadQuestions {
		resp, _ := testCommands(t).Respond(&discordgo.Interaction{Type: discordgo.InteractionApplicationCommand,
			Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: loadQuestions[q]}}}})
		want[q], _ = json.Marshal(resp)
	}
	var ok, bad atomic.Int64
	var firstBad atomic.Value
	check := func(r signedRequest, status int, body []byte) {
		if status == 200 && bytes.Equal(body, want[r.question]) {
			ok.Add(1)
			return
		}
		bad.Add(1)
		firstBad.CompareAndSwap(nil, fmt.Sprintf("status %d for %q: %.200s", status, loadQuestions[r.question], body))
	}

	warm := presign(t, sg, n/10, 64)
	drive(warm, url, 64, check)
	before := heapInUse()
	reqs := presign(t, sg, n, 64)
	start := time.Now()
	drive(reqs, url, 64, check)
	took := time.Since(start)
	reqs = nil
	after := heapInUse()

	if got := ok.Load(); got != int64(n+n/10) || bad.Load() != 0 {
		t.Fatalf("%d right, %d wrong or lost of %d; first: %v", got, bad.Load(), n+n/10, firstBad.Load())
	}
	t.Logf("%d requests in %v (%.0f/s) from 64 clients; heap in use %d KiB before, %d KiB after",
		n, took.Round(time.Millisecond), float64(n)/took.Seconds(), before>>10, after>>10)
	if after > before+16<<20 {
		t.Errorf("heap grew from %d to %d KiB over %d requests", before>>10, after>>10, n)
	}
}

// BenchmarkHTTPAsk is signed /ask requests over loopback from 64 clients:
// requests per second and p99 latency. BenchmarkEd25519Verify, in the same
// run, is the floor: one signature check per request.
func BenchmarkHTTPAsk(b *testing.B) {
	sg := newSigner(b)
	srv, _ := testServer(b, sg.pub)
	url := startHTTP(b, srv)
	reqs := presign(b, sg, b.N, 64)
	var failed atomic.Int64
	b.ResetTimer()
	start, cpu := time.Now(), storetest.ProcessCPU()
	lat := drive(reqs, url, 64, func(_ signedRequest, status int, _ []byte) {
		if status != 200 {
			failed.Add(1)
		}
	})
	took, cpu := time.Since(start), storetest.ProcessCPU()-cpu
	b.StopTimer()
	if failed.Load() > 0 {
		b.Fatalf("%d of %d requests failed", failed.Load(), b.N)
	}
	reportLoad(b, took, cpu, lat)
}

// reportLoad reports requests a second and p99 latency and, less noisy on
// a shared machine, the CPU time a request costs (client and server, both
// in this process) and the requests a second that makes on all the cores.
func reportLoad(b *testing.B, took, cpu time.Duration, lat []time.Duration) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(b.N)/took.Seconds(), "req/s")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	if cpu > 0 {
		perReq := cpu.Seconds() / float64(b.N)
		b.ReportMetric(perReq*1e6, "cpu-µs/req")
		b.ReportMetric(float64(runtime.NumCPU())/perReq, "req/s-at-full-cpu")
	}
}

func BenchmarkEd25519Verify(b *testing.B) {
	sg := newSigner(b)
	r := presign(b, sg, 1, 1)[0]
	sig, _ := hex.DecodeString(r.sig)
	msg := append([]byte(r.ts), r.body...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if !ed25519.Verify(sg.pub, msg, sig) {
			b.Fatal("bad signature")
		}
	}
}

// BenchmarkHTTPBare is the same load on a server that only checks the
// signature and returns a fixed reply: what the bot's own work adds to.
func BenchmarkHTTPBare(b *testing.B) {
	sg := newSigner(b)
	bare := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		if !discordgo.VerifyInteraction(r, sg.pub) {
			http.Error(w, "bad", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"type":4,"data":{"content":"ok"}}`)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	srv := &http.Server{Handler: bare}
	go srv.Serve(ln)
	defer srv.Close()
	reqs := presign(b, sg, b.N, 64)
	b.ResetTimer()
	start, cpu := time.Now(), storetest.ProcessCPU()
	lat := drive(reqs, "http://"+ln.Addr().String()+"/interactions", 64, func(signedRequest, int, []byte) {})
	took, cpu := time.Since(start), storetest.ProcessCPU()-cpu
	reportLoad(b, took, cpu, lat)
}
