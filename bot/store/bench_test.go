package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/google/uuid"

	"reportbot/bot/store/storetest"
)

// BenchmarkWrite is one batch of 500 records written, per database: what
// the writer spends, on the same cores as the answers, per record.
// cpu-µs/record is this process's CPU in Write (the client); on
// PostgreSQL, server-cpu-µs/record is the server's processes' (read from
// /proc: other tests using the server meanwhile add to it) and
// total-cpu-µs/record the two together. SQLite's server is the client.
func BenchmarkWrite(b *testing.B) {
	for _, k := range storetest.Kinds {
		b.Run(string(k), func(b *testing.B) {
			d, err := Open(context.Background(), storetest.URL(b, k))
			if err != nil {
				b.Fatal(err)
			}
			defer d.Close()
			batch := make([]Record, 500)
			var client time.Duration
			b.ResetTimer()
			server := storetest.PostgresCPU()
			for i := 0; i < b.N; i++ {
				for j := range batch {
					batch[j] = Record{ID: uuid.Must(uuid.NewV7()), At: time.Now(), Path: "http", Via: "ask",
						Guild: "500000000000000001", UserHash: "0123456789abcdef0123456789abcdef",
						Question: fmt.Sprintf("How many North Korean soldiers died? %d", j), Outcome: "answered",
						Entry: "losses", Confidence: 0.93, Took: 90 * time.Microsecond, Pack: "c88c8afa2aac"}
				}
				cpu := storetest.ProcessCPU()
				if err := d.Write(context.Background(), batch, nil); err != nil {
					b.Fatal(err)
				}
				client += storetest.ProcessCPU() - cpu
			}
			b.StopTimer()
			n := float64(b.N * len(batch))
			b.ReportMetric(float64(b.Elapsed().Microseconds())/n, "µs/record")
			b.ReportMetric(float64(client.Microseconds())/n, "cpu-µs/record")
			if k == storetest.Postgres && server >= 0 {
				server = storetest.PostgresCPU() - server
				b.ReportMetric(float64(server.Microseconds())/n, "server-cpu-µs/record")
				b.ReportMetric(float64((client+server).Microseconds())/n, "total-cpu-µs/record")
			}
		})
	}
}
