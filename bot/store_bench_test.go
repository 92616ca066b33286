package bot

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"reportbot/bot/store/storetest"
)

// BenchmarkHTTPAskRecorded is BenchmarkHTTPAsk with every question
// recorded: 👍/👎 buttons and a record id in every answer, and the store's
// writer inserting in the background on the same cores. dropped/op says
// whether the writer kept up (0: every answer stored); cpu-µs/req includes
// the writer's work until its last batch is written. With PostgreSQL on
// this machine, sharing its cores, server-cpu-µs/req is what its
// processes spent meanwhile (other tests using it add to it) and
// total-cpu-µs/req the two together: 2 cores divided by that is the rate
// the machine could do.
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
			start, cpu, server := time.Now(), storetest.ProcessCPU(), storetest.PostgresCPU()
			lat := drive(reqs, endpoint, 64, func(_ signedRequest, status int, _ []byte) {
				if status != 200 {
					failed.Add(1)
				}
			})
			took := time.Since(start)
			r.stop() // the writer's last batches count too
			cpu = storetest.ProcessCPU() - cpu
			if server >= 0 {
				server = storetest.PostgresCPU() - server
			}
			b.StopTimer()
			if failed.Load() > 0 {
				b.Fatalf("%d of %d requests failed", failed.Load(), b.N)
			}
			reportLoad(b, took, cpu, lat)
			b.ReportMetric(float64(r.bot.rec.Dropped())/float64(b.N), "dropped/op")
			if k == storetest.Postgres && server >= 0 && cpu > 0 {
				total := (cpu + server).Seconds() / float64(b.N)
				b.ReportMetric(server.Seconds()/float64(b.N)*1e6, "server-cpu-µs/req")
				b.ReportMetric(total*1e6, "total-cpu-µs/req")
				b.ReportMetric(float64(runtime.NumCPU())/total, "req/s-at-full-cpu-with-server")
			}
		})
	}
}
