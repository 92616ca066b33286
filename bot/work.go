package bot

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// work is the replies being worked out and sent, so that shutdown can let
// them finish, or end them and say so.
type work struct {
	ctx    context.Context // ends when shutdown gives up on what is left
	cancel context.CancelFunc
	wg     sync.WaitGroup
	n      atomic.Int64
}

func newWork() *work {
	ctx, cancel := context.WithCancel(context.Background())
	return &work{ctx: ctx, cancel: cancel}
}

// Go runs f on its own goroutine with the work's context.
func (w *work) Go(f func(ctx context.Context)) {
	w.wg.Add(1)
	w.n.Add(1)
	go func() {
		defer w.wg.Done()
		defer w.n.Add(-1)
		f(w.ctx)
	}()
}

// afterCancel is how long Drain waits, once it has given up, for the
// replies it ended to log that they did.
const afterCancel = 200 * time.Millisecond

// Drain waits for the replies in flight until ctx ends, then ends those
// left (each logs that it gave up) and returns how many there were. It
// returns by ctx's deadline plus afterCancel at the latest.
func (b *Bot) Drain(ctx context.Context) (left int) {
	done := make(chan struct{})
	go func() {
		b.work.wg.Wait()
		close(done)
	}()
	if n := b.work.n.Load(); n > 0 {
		b.log.Info("waiting for replies in flight", "replies", n)
	}
	select {
	case <-done:
		return 0
	case <-ctx.Done():
	}
	left = int(b.work.n.Load())
	b.log.Warn("shutdown: giving up on replies in flight", "replies", left)
	b.work.cancel()
	select {
	case <-done:
	case <-time.After(afterCancel):
	}
	return left
}
