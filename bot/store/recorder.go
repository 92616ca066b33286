package store

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"
)

// RecorderOptions say where and how a Recorder writes.
type RecorderOptions struct {
	URL     string // the store: a SQLite file or a postgres:// URL
	UserKey string // the key users' ids are hashed with; "" for the store's own
	// Buffer is how many records and votes wait for the writer; beyond it
	// they are dropped and counted. Batch is the most written at once.
	Buffer, Batch int
	// Interval is the longest a record waits to be written (under a
	// second: a crash loses at most this much, and at most Buffer).
	Interval time.Duration
	// WriteTimeout bounds one batch: a store that hangs is a store that
	// failed.
	WriteTimeout time.Duration
	KeepDays     int // records older than this are deleted, daily
	Log          *slog.Logger
	Observe      Observer
	// Describe fills in a decline's Nearest and Reason, in the writer,
	// off the answer path.
	Describe func(*Record)
}

// Observer is told what the writer does; metrics implement it.
type Observer interface {
	Written(records, votes int, took time.Duration)
	Dropped(n int)
	WriteFailed()
}

type nopObserver struct{}

func (nopObserver) Written(int, int, time.Duration) {}
func (nopObserver) Dropped(int)                     {}
func (nopObserver) WriteFailed()                    {}

// item is a record or a vote on its way to the store.
type item struct {
	rec    Record
	vote   Vote
	isVote bool
}

// Recorder takes records and votes from the answer path without ever
// blocking it, and writes them in batches from one goroutine (Run). When
// the store is slow or down, answers go on: what does not fit the buffer
// is dropped and counted, the error is logged at most once a minute, and
// the writer reconnects by itself.
type Recorder struct {
	opts RecorderOptions
	ch   chan item
	// full tells the writer, waiting out Interval, that a batch waits in
	// ch: it does not wake for each record.
	full    chan struct{}
	dropped atomic.Int64
	now     func() time.Time
	logged  time.Time // the last failure logged
	failing bool
}

// NewRecorder returns a recorder; it writes nothing until Run.
func NewRecorder(opts RecorderOptions) *Recorder {
	if opts.Buffer <= 0 {
		opts.Buffer = 10000
	}
	if opts.Batch <= 0 {
		opts.Batch = 500
	}
	if opts.Interval <= 0 || opts.Interval > time.Second {
		opts.Interval = 250 * time.Millisecond
	}
	if opts.WriteTimeout <= 0 {
		opts.WriteTimeout = 5 * time.Second
	}
	if opts.Observe == nil {
		opts.Observe = nopObserver{}
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	return &Recorder{opts: opts, ch: make(chan item, opts.Buffer), full: make(chan struct{}, 1), now: time.Now}
}

// Record queues a record for the writer, or drops it when the buffer is
// full. It never blocks.
func (r *Recorder) Record(rec Record) { r.put(item{rec: rec}) }

// Vote queues a vote as Record queues a record.
func (r *Recorder) Vote(v Vote) { r.put(item{vote: v, isVote: true}) }

func (r *Recorder) put(it item) {
	select {
	case r.ch <- it:
	default:
		r.dropped.Add(1)
		r.opts.Observe.Dropped(1)
		return
	}
	if len(r.ch) >= r.opts.Batch {
		select {
		case r.full <- struct{}{}:
		default: // told already
		}
	}
}

// Dropped is how many records and votes were not written: no room in the
// buffer, or still unwritten when the flush at shutdown gave up.
func (r *Recorder) Dropped() int64 { return r.dropped.Load() }

// Run writes until ctx is done, then writes what is buffered until flush
// is done, and gives up on the rest (logged and counted as dropped). It
// returns when all is written or given up; call it once.
func (r *Recorder) Run(ctx, flush context.Context) {
	w := &writer{r: r}
	defer w.close()
	w.open(ctx)
	pending := make([]item, 0, r.opts.Batch)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	daily := time.NewTicker(24 * time.Hour)
	defer daily.Stop()
	backoff := 100 * time.Millisecond
	for {
		// The first record of a batch wakes the writer; the rest wait in
		// ch until Interval has passed or a whole batch is there (full):
		// a wake-up and a select for every record cost the answer path
		// more than writing it. (A nil channel is never ready.)
		in, tick, full := r.ch, (<-chan time.Time)(nil), (<-chan struct{})(nil)
		if len(pending) > 0 {
			in, tick, full = nil, timer.C, r.full
		}
		due := false
		select {
		case it := <-in:
			timer.Reset(r.opts.Interval)
			pending = append(pending, it)
		case <-tick:
			due = true
		case <-full:
		case <-daily.C:
			w.prune(ctx)
			continue
		case <-ctx.Done():
			r.shutdown(flush, w, pending)
			return
		}
		pending = r.take(pending)
		if len(pending) < r.opts.Batch && !due {
			continue
		}
		for len(pending) > 0 {
			if w.write(ctx, pending) {
				pending, backoff = pending[:0], 100*time.Millisecond
				break
			}
			// The buffer fills meanwhile; Record drops what does not fit.
			select {
			case <-time.After(backoff):
				backoff = min(2*backoff, 5*time.Second)
			case <-ctx.Done():
				r.shutdown(flush, w, pending)
				return
			}
		}
		timer.Stop()
	}
}

// take moves what waits in ch to pending, up to a batch, without waiting.
func (r *Recorder) take(pending []item) []item {
	for len(pending) < r.opts.Batch {
		select {
		case it := <-r.ch:
			pending = append(pending, it)
		default:
			return pending
		}
	}
	return pending
}

// shutdown writes what is pending and buffered, retrying until ctx is
// done.
func (r *Recorder) shutdown(ctx context.Context, w *writer, pending []item) {
	for {
		select {
		case it := <-r.ch:
			pending = append(pending, it)
			continue
		default:
		}
		break
	}
	for len(pending) > 0 {
		n := min(len(pending), r.opts.Batch)
		if w.write(ctx, pending[:n]) {
			pending = pending[n:]
			continue
		}
		select {
		case <-time.After(200 * time.Millisecond):
		case <-ctx.Done():
			r.dropped.Add(int64(len(pending)))
			r.opts.Observe.Dropped(len(pending))
			r.opts.Log.Error("store: records lost at shutdown: the store did not take them in time",
				"lost", len(pending), "store", w.where())
			return
		}
	}
	r.opts.Log.Info("store: flushed", "dropped_total", r.Dropped())
}

// failed logs a write error, at most once a minute.
func (r *Recorder) failed(err error) {
	r.opts.Observe.WriteFailed()
	now := r.now()
	if r.failing && now.Sub(r.logged) < time.Minute {
		return
	}
	r.failing, r.logged = true, now
	r.opts.Log.Error("store: cannot write; answers go on, records beyond the buffer are dropped",
		"err", err, "dropped_total", r.Dropped(), "buffer", r.opts.Buffer)
}

func (r *Recorder) recovered(where string) {
	if r.failing {
		r.failing = false
		r.opts.Log.Info("store: writing again", "store", where, "dropped_total", r.Dropped())
	}
}

// writer is the Run goroutine's connection to the store, opened (and
// migrated) on first use and again after a failed open.
type writer struct {
	r    *Recorder
	db   *DB
	key  []byte
	recs []Record
	vs   []Vote
	// hashes remembers the users seen lately: most questions come from
	// people who asked before. Cleared when full.
	hashes map[string]string
}

const hashCacheSize = 10000

func (w *writer) hash(id string) string {
	if h, ok := w.hashes[id]; ok {
		return h
	}
	if len(w.hashes) >= hashCacheSize || w.hashes == nil {
		w.hashes = make(map[string]string, 256)
	}
	h := HashUser(w.key, id)
	w.hashes[id] = h
	return h
}

func (w *writer) where() string {
	if w.db != nil {
		return w.db.Where()
	}
	return "(not open)"
}

func (w *writer) open(ctx context.Context) bool {
	if w.db != nil {
		return true
	}
	// Migrating may wait for another replica's migration: longer than a write.
	ctx, cancel := context.WithTimeout(ctx, max(w.r.opts.WriteTimeout, 15*time.Second))
	defer cancel()
	db, err := Open(ctx, w.r.opts.URL)
	if err != nil {
		w.r.failed(err)
		return false
	}
	key, err := db.UserKey(ctx, w.r.opts.UserKey)
	if err != nil {
		db.Close()
		w.r.failed(err)
		return false
	}
	w.db, w.key, w.hashes = db, key, nil
	w.r.opts.Log.Info("store: open", "store", db.Where(), "keep_days", w.r.opts.KeepDays)
	w.prune(ctx)
	return true
}

// write writes one batch, and says whether it did.
func (w *writer) write(ctx context.Context, items []item) bool {
	if !w.open(ctx) {
		return false
	}
	w.recs, w.vs = w.recs[:0], w.vs[:0]
	for i := range items {
		it := &items[i]
		if it.isVote {
			if it.vote.UserHash == "" {
				it.vote.UserHash, it.vote.UserID = w.hash(it.vote.UserID), ""
			}
			w.vs = append(w.vs, it.vote)
			continue
		}
		if it.rec.UserHash == "" {
			it.rec.UserHash, it.rec.UserID = w.hash(it.rec.UserID), ""
			if it.rec.Outcome == "declined" && w.r.opts.Describe != nil {
				w.r.opts.Describe(&it.rec)
			}
		}
		w.recs = append(w.recs, it.rec)
	}
	ctx, cancel := context.WithTimeout(ctx, w.r.opts.WriteTimeout)
	defer cancel()
	start := time.Now()
	if err := w.db.Write(ctx, w.recs, w.vs); err != nil {
		w.r.failed(err)
		return false
	}
	w.r.opts.Observe.Written(len(w.recs), len(w.vs), time.Since(start))
	w.r.recovered(w.db.Where())
	return true
}

func (w *writer) prune(ctx context.Context) {
	if w.db == nil || w.r.opts.KeepDays <= 0 {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	before := w.r.now().AddDate(0, 0, -w.r.opts.KeepDays)
	n, err := w.db.Prune(ctx, before)
	if err != nil {
		w.r.failed(err)
		return
	}
	if n > 0 {
		w.r.opts.Log.Info("store: deleted old records", "rows", n, "before", before.Format(time.DateOnly))
	}
}

func (w *writer) close() {
	if w.db != nil {
		w.db.Close()
	}
}
