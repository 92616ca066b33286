package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"time"

	"reportbot/bot/review"
	"reportbot/bot/store"
	"reportbot/commands"
	"reportbot/knowledge"
)

// Option adds to what Run serves.
type Option func(*runOptions)

type runOptions struct {
	version string
	reload  func() (*commands.Set, string, error)
}

// WithPack names the version of the pack cmds answers from (PackVersion),
// for records and metrics.
func WithPack(version string) Option { return func(o *runOptions) { o.version = version } }

// WithReload makes SIGHUP build the command set again, from the pack on
// disk: the new pack answers only if it loads and validates.
func WithReload(reload func() (*commands.Set, string, error)) Option {
	return func(o *runOptions) { o.reload = reload }
}

// minFlush is the least time the final flush gets, even when stopping the
// servers took the whole grace: one try at the store.
const minFlush = 100 * time.Millisecond

// startRecording starts the store's writer. stop flushes what it holds,
// until by (the end of the shutdown grace), and waits for it.
func (b *Bot) startRecording(c StoreConfig, metrics *Metrics) (stop func(by time.Time)) {
	d := &describer{bot: b, seen: map[[2]string][2]string{}}
	rec := store.NewRecorder(store.RecorderOptions{
		URL: string(c.URL), UserKey: string(c.UserKey), Buffer: c.Buffer, KeepDays: c.KeepDays,
		Log: b.log, Observe: metrics, Describe: d.describe,
	})
	b.rec = rec
	ctx, cancel := context.WithCancel(context.Background())
	flush, endFlush := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		rec.Run(ctx, flush)
		close(done)
	}()
	return func(by time.Time) {
		t := time.AfterFunc(max(time.Until(by), minFlush), endFlush)
		defer t.Stop()
		cancel()
		<-done
		endFlush()
	}
}

// reviewHandler is GET /review, reading src, with the pack in use.
func (b *Bot) reviewHandler(c ReviewConfig, src review.Source, log *slog.Logger) http.Handler {
	return review.Handler(review.HandlerOptions{
		Token:  string(c.Token),
		Source: src,
		Pack: func() *knowledge.Pack {
			if p, ok := b.current().cmds.(interface{ Pack() *knowledge.Pack }); ok {
				return p.Pack()
			}
			return nil
		},
		Log: log,
	})
}

// reloadOnHangup swaps in the command set reload builds, at each SIGHUP,
// until ctx is done. A pack that fails to load is refused with its
// problems logged, and the old one goes on answering; so it does with no
// reload (the embedded pack), where SIGHUP would otherwise end the process.
func (b *Bot) reloadOnHangup(ctx context.Context, hup <-chan os.Signal, reload func() (*commands.Set, string, error), metrics *Metrics) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
		}
		if reload == nil {
			b.log.Warn("SIGHUP: the embedded pack cannot change; serve -pack DIR to reload a pack from disk")
			continue
		}
		cmds, version, err := reload()
		if err != nil {
			var verr *knowledge.ValidationError
			if errors.As(err, &verr) {
				for _, p := range verr.Problems {
					b.log.Error("pack reload refused: problem", "problem", p.String())
				}
			}
			b.log.Error("pack reload refused; the old pack goes on answering", "version", b.current().version, "err", err)
			continue
		}
		old := b.current().version
		b.Use(cmds, version)
		metrics.Pack(version)
		b.log.Info("pack reloaded", "version", version, "was", old, "entries", len(cmds.Pack().Entries))
	}
}

// PackVersion is a pack's version: the first 12 hex digits of a SHA-256
// over its files, so that the same files give the same version anywhere.
func PackVersion(fsys fs.FS) (string, error) {
	h := sha256.New()
	for _, name := range []string{knowledge.ReportFile, knowledge.PackFile} {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", fmt.Errorf("pack version: %w", err)
		}
		fmt.Fprintf(h, "%s %d\n", name, len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}
