package bot

import (
	"sort"
	"sync/atomic"
	"testing"
	"time"

	"reportbot/bot/store"
	"reportbot/bot/store/storetest"
)

// BenchmarkHTTPAskRecorded is BenchmarkHTTPAsk with every question
// recorded: 👍/👎 buttons and a record id in every answer, and the store's
// writer inserting in the background on the same cores. dropped/op says
// whether the writer kept up (0: every answer stored).
func BenchmarkHTTPAskRecorded(b *testing.B) {
	for _, k := range storetest.Kinds {
		b.Run(string(k), func(b *testing.B) {
			url := storetest.URL(b, k)
			r := newReplica(b, url, 10000)
			sg := newSigner(b)
			endpoint := startHTTP(b, r.bot.NewInteractionServer(sg.pub, 64, r.metrics))
			reqs := presign(b, sg, b.N, 64)
			var failed atomic.Int64
			b.ResetTimer()
			start := time.Now()
			lat := drive(reqs, endpoint, 64, func(_ signedRequest, status int, _ []byte) {
				if status != 200 {
					failed.Add(1)
				}
			})
			took := time.Since(start)
			b.StopTimer()
			r.stop()
			if failed.Load() > 0 {
				b.Fatalf("%d of %d requests failed", failed.Load(), b.N)
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(b.N)/took.Seconds(), "req/s")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(r.bot.rec.(*store.Recorder).Dropped())/float64(b.N), "dropped/op")
		})
	}
}
