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
func BenchmarkWrite(b *testing.B) {
	for _, k := range storetest.Kinds {
		b.Run(string(k), func(b *testing.B) {
			d, err := Open(context.Background(), storetest.URL(b, k))
			if err != nil {
				b.Fatal(err)
			}
			defer d.Close()
			batch := make([]Record, 500)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for j := range batch {
					batch[j] = Record{ID: uuid.Must(uuid.NewV7()), At: time.Now(), Path: "http", Via: "ask",
						Guild: "500000000000000001", UserHash: "0123456789abcdef0123456789abcdef",
						Question: fmt.Sprintf("How many North Korean soldiers died? %d", j), Outcome: "answered",
						Entry: "losses", Confidence: 0.93, Took: 90 * time.Microsecond, Pack: "c88c8afa2aac"}
				}
				if err := d.Write(context.Background(), batch, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(batch)), "µs/record")
		})
	}
}
