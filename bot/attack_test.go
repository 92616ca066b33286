package bot

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// slowClient sends the headers of a POST /interactions with a made-up
// signature and a 5000-byte body, then one byte of it every second, until
// ctx ends; when the server cuts it, it comes back.
func slowClient(ctx context.Context, addr string) {
	head := "POST /interactions HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\n" +
		"X-Signature-Ed25519: " + strings.Repeat("ab", 64) + "\r\n" +
		"X-Signature-Timestamp: " + strconv.FormatInt(time.Now().Unix(), 10) + "\r\n" +
		"Content-Length: 5000\r\n\r\n"
	for ctx.Err() == nil {
		c, err := (&net.Dialer{}).DialContext(ctx, "tcp", addr)
		if err != nil {
			return
		}
		stop := context.AfterFunc(ctx, func() { c.Close() })
		_, err = io.WriteString(c, head)
		for err == nil {
			select {
			case <-ctx.Done():
				err = ctx.Err()
			case <-time.After(time.Second):
				_, err = c.Write([]byte("{"))
			}
		}
		stop()
		c.Close()
	}
}

// unsignedClient posts without a signature as fast as it is answered.
func unsignedClient(ctx context.Context, url string) {
	c := client(1)
	for ctx.Err() == nil {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(`{"type":2}`))
		if resp, err := c.Do(req); err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
	}
}

// Fault 1: 520 clients that send a fake signature's headers and then a
// body one byte a second, and 8 that post unsigned as fast as they can,
// do not keep signed requests out: at least 95% of those are answered,
// and the attack shows in /metrics.
func TestSlowUnsignedFloodDoesNotStarveSignedRequests(t *testing.T) {
	sg := newSigner(t)
	m := NewMetrics()
	b := New(testCommands(t), LimitsConfig{PerMinute: 1e6, Burst: 1e6}, discardLog(), m)
	srv := b.NewInteractionServer(sg.pub, DefaultConfig().HTTP.MaxConcurrent, m)
	url := startHTTP(t, srv)
	addr := strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/interactions")

	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := 0; i < 520; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); slowClient(ctx, addr) }()
	}
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); unsignedClient(ctx, url) }()
	}
	time.Sleep(500 * time.Millisecond) // the attack is in place

	reqs := presign(t, sg, 64, 64)
	var ok, other atomic.Int64
	var firstOther atomic.Value
	end := time.Now().Add(3 * time.Second)
	var signed sync.WaitGroup
	for w := 0; w < 16; w++ {
		signed.Add(1)
		go func() {
			defer signed.Done()
			c := client(1)
			for i := w; time.Now().Before(end); i += 16 {
				r := reqs[i%len(reqs)]
				req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(string(r.body)))
				req.Header.Set("X-Signature-Ed25519", r.sig)
				req.Header.Set("X-Signature-Timestamp", r.ts)
				resp, err := c.Do(req)
				if err != nil {
					other.Add(1)
					firstOther.CompareAndSwap(nil, err.Error())
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode == http.StatusOK {
					ok.Add(1)
				} else {
					other.Add(1)
					firstOther.CompareAndSwap(nil, resp.Status)
				}
			}
		}()
	}
	signed.Wait()
	stop()
	wg.Wait()

	total := ok.Load() + other.Load()
	w := httptest.NewRecorder()
	m.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	t.Logf("under attack: %d of %d signed requests answered (%.1f%%) in 3 s; the server cut %v slow bodies, refused %v unsigned requests",
		ok.Load(), total, 100*float64(ok.Load())/float64(total),
		metricValue(w.Body.String(), "reportbot_http_slow_requests_total"), metricValue(w.Body.String(), `reportbot_signature_failures_total{reason="missing"}`))
	if total < 100 || float64(ok.Load()) < 0.95*float64(total) {
		t.Errorf("%d of %d signed requests answered, want 95%% or more; first failure: %v", ok.Load(), total, firstOther.Load())
	}
	for _, name := range []string{"reportbot_http_slow_requests_total", `reportbot_signature_failures_total{reason="missing"}`} {
		if v := metricValue(w.Body.String(), name); v < 1 {
			t.Errorf("%s = %v, want the attack counted", name, v)
		}
	}
}

// metricValue is the value of the sample named name in Prometheus text.
func metricValue(text, name string) float64 {
	for _, line := range strings.Split(text, "\n") {
		if rest, ok := strings.CutPrefix(line, name+" "); ok {
			v, _ := strconv.ParseFloat(rest, 64)
			return v
		}
	}
	return -1
}
