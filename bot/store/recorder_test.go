package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"reportbot/bot/store/storetest"
)

// lockedBuffer is a log sink safe for the writer's goroutine.
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

// counter returns how many questions the store holds, read on one
// connection pool for the whole test.
func counter(t *testing.T, url string) func() int {
	t.Helper()
	d := open(t, url)
	return func() int { return count(t, d) }
}

func count(t *testing.T, d *DB) int {
	t.Helper()
	s, err := d.Summary(context.Background(), time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, day := range s.Days {
		n += day.Questions
	}
	return n
}

func newRecord(i int) Record {
	return Record{ID: uuid.Must(uuid.NewV7()), At: time.Now(), Path: "http", Via: "ask", UserID: fmt.Sprintf("3%017d", i),
		Question: fmt.Sprintf("question %d", i), Outcome: "answered", Entry: "who-proposed"}
}

type started struct {
	rec    *Recorder
	cancel context.CancelFunc
	done   chan struct{}
	logs   *lockedBuffer
}

func startRecorder(t *testing.T, opts RecorderOptions) *started {
	t.Helper()
	logs := &lockedBuffer{}
	opts.Log = slog.New(slog.NewTextHandler(logs, nil))
	s := &started{rec: NewRecorder(opts), done: make(chan struct{}), logs: logs}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	flush, endFlush := context.WithTimeout(context.Background(), time.Minute)
	go func() { s.rec.Run(ctx, flush); endFlush(); close(s.done) }()
	t.Cleanup(s.stop)
	return s
}

func (s *started) stop() {
	s.cancel()
	<-s.done
}

func waitFor(t *testing.T, what string, timeout time.Duration, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestRecorderWritesWithinASecond(t *testing.T) {
	forEachStore(t, func(t *testing.T, url string) {
		r := startRecorder(t, RecorderOptions{URL: url, Batch: 1000})
		stored := counter(t, url)
		waitFor(t, "the store open", 10*time.Second, func() bool { return strings.Contains(r.logs.String(), "store: open") })
		start := time.Now()
		for i := range 10 { // far less than a batch: the interval writes them
			r.rec.Record(newRecord(i))
		}
		waitFor(t, "10 records written", 3*time.Second, func() bool { return stored() == 10 })
		if took := time.Since(start); took > time.Second {
			t.Errorf("records took %v to reach the store, want under a second", took)
		}
	})
}

func TestRecorderFlushesOnShutdown(t *testing.T) {
	forEachStore(t, func(t *testing.T, url string) {
		r := startRecorder(t, RecorderOptions{URL: url, Batch: 100, Interval: time.Second})
		for i := range 2500 {
			r.rec.Record(newRecord(i))
		}
		r.stop()
		if got := counter(t, url)(); got != 2500 || r.rec.Dropped() != 0 {
			t.Errorf("after shutdown: %d stored, %d dropped; want 2500 and 0", got, r.rec.Dropped())
		}
	})
}

// outage makes a store unavailable and brings it back: PostgreSQL through
// a proxy that refuses connections (or hangs), SQLite by another process
// holding the write lock (root ignores a read-only file mode).
type outage struct {
	url         string
	begin, end  func()
	description string
}

func outages(t *testing.T) []outage {
	var out []outage
	file := storetest.URL(t, storetest.SQLite)
	open(t, file) // migrated, so the lock below is on the tables
	var lock *sql.Tx
	out = append(out, outage{url: file, description: "sqlite locked by another writer",
		begin: func() {
			other := open(t, file)
			tx, err := other.db.Begin() // _txlock=immediate: takes the write lock
			if err != nil {
				t.Fatal(err)
			}
			if _, err := tx.Exec("DELETE FROM settings WHERE name = 'nothing'"); err != nil {
				t.Fatal(err)
			}
			lock = tx
		},
		end: func() { lock.Rollback() }})
	for _, mode := range []string{"down", "hang"} {
		pg := storetest.PostgresURL(t)
		u, _ := url.Parse(pg)
		p := storetest.NewProxy(t, u.Host)
		via := p.Via(t, pg)
		set := p.Down
		if mode == "hang" {
			set = p.Hang
		}
		out = append(out, outage{url: via, begin: set, end: p.Up, description: "postgres " + mode})
	}
	return out
}

func TestRecorderOutage(t *testing.T) {
	for _, o := range outages(t) {
		t.Run(o.description, func(t *testing.T) {
			r := startRecorder(t, RecorderOptions{URL: o.url, Buffer: 300, Batch: 50, WriteTimeout: 500 * time.Millisecond})
			stored := counter(t, o.url)
			for i := range 100 {
				r.rec.Record(newRecord(i))
			}
			waitFor(t, "the first 100 written", 10*time.Second, func() bool { return stored() == 100 })

			o.begin()
			// Answers keep coming: Record never waits for the store. All of
			// these calls return while the store is still away (a Record
			// that waited would wait for the end of the outage, which comes
			// only after they return).
			sent := make(chan struct{})
			go func() {
				for i := 100; i < 1100; i++ {
					r.rec.Record(newRecord(i))
					if i%100 == 0 {
						time.Sleep(50 * time.Millisecond)
					}
				}
				close(sent)
			}()
			select {
			case <-sent:
			case <-time.After(20 * time.Second):
				t.Fatal("Record blocked while the store was away")
			}
			waitFor(t, "drops counted", 5*time.Second, func() bool { return r.rec.Dropped() > 0 })
			waitFor(t, "the failure logged", 10*time.Second, func() bool { return strings.Contains(r.logs.String(), "cannot write") })
			time.Sleep(time.Second) // more failed retries: none of them logged
			if n := strings.Count(r.logs.String(), "cannot write"); n != 1 {
				t.Errorf("the failure was logged %d times, want once (at most once a minute):\n%s", n, r.logs)
			}
			o.end()

			// Back: the buffer is written, and new records too.
			for i := 1100; i < 1110; i++ {
				r.rec.Record(newRecord(i))
			}
			dropped := int(r.rec.Dropped())
			waitFor(t, "recording resumed", 15*time.Second, func() bool { return stored() == 1110-dropped })
			if !strings.Contains(r.logs.String(), "writing again") {
				t.Errorf("no log of the recovery:\n%s", r.logs)
			}
			if dropped < 1000-300-50 || dropped > 1000 {
				t.Errorf("%d dropped of 1000 sent during the outage with a buffer of 300 and a batch of 50", dropped)
			}
			t.Logf("%s: %d of 1000 dropped during the outage; %d stored in all", o.description, dropped, 1110-dropped)
		})
	}
}

// A store down at start: the bot starts anyway, and records from when it
// is up.
func TestRecorderStoreDownAtStart(t *testing.T) {
	pg := storetest.PostgresURL(t)
	u, _ := url.Parse(pg)
	p := storetest.NewProxy(t, u.Host)
	p.Down()
	via := p.Via(t, pg)
	r := startRecorder(t, RecorderOptions{URL: via, WriteTimeout: 500 * time.Millisecond})
	stored := counter(t, pg)
	r.rec.Record(newRecord(1))
	time.Sleep(300 * time.Millisecond)
	p.Up()
	r.rec.Record(newRecord(2))
	waitFor(t, "both records written", 10*time.Second, func() bool { return stored() == 2 })
}
