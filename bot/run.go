package bot

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"reportbot/bot/store"
)

// maxDrainDelay bounds how long the HTTP endpoint keeps answering, with
// /healthz at 503, after a shutdown begins: long enough for a load
// balancer's health check to move traffic elsewhere.
const maxDrainDelay = 5 * time.Second

// Run serves Discord as the config says until ctx is done: over the
// gateway when a token is set, as an HTTP interactions endpoint when
// [http] listen and a public key are set, or both at once. With listen and
// no key, the HTTP server only serves /healthz and /metrics.
//
// When ctx ends (SIGTERM), or the gateway is closed for good, Run stops
// taking work and returns within [limits] shutdown_seconds, whatever
// Discord or the network do: see shutdown.
//
// With [store] enabled, every question and vote is recorded, and what is
// buffered is written before Run returns, within the same grace.
func Run(ctx context.Context, cfg Config, cmds responder, log *slog.Logger, opts ...Option) error {
	return run(ctx, cfg, cmds, log, func(*Bot) {}, opts...)
}

// run is Run with a hook to tune the bot before it starts (tests shorten
// its waits).
func run(ctx context.Context, cfg Config, cmds responder, log *slog.Logger, tune func(*Bot), opts ...Option) error {
	gateway := cfg.Discord.Token != ""
	endpoint := cfg.HTTP.Listen != "" && cfg.Discord.PublicKey != ""
	if !gateway && !endpoint {
		return errors.New("nothing to serve: set DISCORD_TOKEN for the gateway, or [http] listen and [discord] public_key for the HTTP endpoint")
	}
	log = redactLogs(log, string(cfg.Discord.Token))
	metrics := NewMetrics()
	b := New(cmds, cfg.Limits, log, metrics)
	tune(b)
	var o runOptions
	for _, opt := range opts {
		opt(&o)
	}
	b.Use(cmds, o.version)
	metrics.Pack(o.version)
	// The recorder outlives the servers: it writes what they answered
	// until they stop, then flushes.
	stopRecording := func(time.Time) {}
	if cfg.Store.Enabled {
		stopRecording = b.startRecording(cfg.Store, metrics)
	}
	if cfg.Answers.ContextMinutes > 0 {
		b.WithMemory(NewMemory(cfg.Answers.MaxConversations, cfg.Answers.ContextTime(), time.Now))
	}

	serving, stop := context.WithCancel(ctx)
	defer stop()
	// SIGHUP is caught from here on: left to its default, it would end
	// the process.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go b.reloadOnHangup(serving, hup, o.reload, metrics)
	var hs *httpServer
	var srv *InteractionServer
	if cfg.HTTP.Listen != "" {
		var err error
		if srv, err = b.interactionServer(cfg, metrics); err != nil {
			stopRecording(time.Now())
			return err
		}
		if cfg.Review.Token != "" && cfg.Store.Enabled {
			src := store.Lazy(string(cfg.Store.URL))
			defer src.Close()
			srv.Handle("GET /review", b.reviewHandler(cfg.Review, src, log))
			log.Info("review page on", "path", "/review")
		} else if cfg.Review.Token != "" {
			log.Warn("review.token is set but store.enabled is false: no review page")
		}
		ln, err := net.Listen("tcp", cfg.HTTP.Listen)
		if err != nil {
			stopRecording(time.Now())
			return err
		}
		hs = startServer(ln, srv)
		srv.SetReady(true)
		log.Info("http listening", "addr", ln.Addr().String(), "interactions", endpoint)
	}
	var gatewayDone chan error
	if gateway {
		s, err := NewSession(cfg.Discord)
		if err != nil {
			stop()
			b.shutdown(nil, hs, nil, time.Second, false)
			stopRecording(time.Now())
			return err
		}
		b.gatewayState.Store(gatewayDown) // /healthz is 503 until READY
		gatewayDone = make(chan error, 1)
		go func() {
			err := b.Serve(serving, s)
			stop() // the gateway closed for good: stop the rest too
			gatewayDone <- err
		}()
	}
	var httpErr error
	var httpDone <-chan error
	if hs != nil {
		httpDone = hs.done
	}
	select {
	case <-serving.Done():
	case httpErr = <-httpDone:
		log.Error("http server failed", "err", httpErr)
		hs = nil
	}
	grace := cfg.Limits.shutdownGrace()
	deadline := time.Now().Add(grace)
	err := b.shutdown(srv, hs, gatewayDone, grace, endpoint)
	stopRecording(deadline) // nothing answers now: flush what was recorded
	return errors.Join(httpErr, err)
}

func (b *Bot) interactionServer(cfg Config, metrics *Metrics) (*InteractionServer, error) {
	if cfg.Discord.PublicKey == "" {
		b.log.Warn("no discord.public_key: /interactions is off; serving /healthz and /metrics only")
		return b.NewInteractionServer(nil, cfg.HTTP.MaxConcurrent, metrics), nil
	}
	key, err := cfg.Discord.Key()
	if err != nil {
		return nil, err
	}
	return b.NewInteractionServer(key, cfg.HTTP.MaxConcurrent, metrics), nil
}

// shutdown stops taking work and returns within grace:
//
//  1. /healthz says 503 and HTTP responses close their connections;
//  2. the gateway closes (no new events);
//  3. replies in flight finish, or are ended and logged a moment before
//     the grace period ends;
//  4. the HTTP endpoint, which goes on answering Discord's requests for a
//     drain delay (half the grace, at most 5 s) so that a load balancer
//     moves away first, stops: requests in flight finish or are cut at the
//     end of the grace.
//
// It returns the gateway's error, if it closed for good.
func (b *Bot) shutdown(srv *InteractionServer, hs *httpServer, gatewayDone <-chan error, grace time.Duration, drain bool) error {
	start := time.Now()
	deadline := start.Add(grace)
	b.log.Info("shutting down", "grace", grace, "replies_in_flight", b.work.n.Load())
	if srv != nil {
		srv.SetReady(false)
	}
	var err error
	if gatewayDone != nil {
		select {
		case err = <-gatewayDone:
		case <-time.After(time.Until(deadline)):
			b.log.Error("shutdown: the gateway did not close within the grace period")
		}
	}
	// Replies are ended early enough for their give-up to be logged.
	repliesBy, cancel := context.WithDeadline(context.Background(), deadline.Add(-2*afterCancel))
	b.Drain(repliesBy)
	cancel()
	if hs != nil {
		if drain {
			sleep(context.Background(), time.Until(start.Add(min(grace/2, maxDrainDelay))))
		}
		stopBy, cancel := context.WithDeadline(context.Background(), deadline)
		if herr := hs.stop(stopBy); herr != nil {
			b.log.Warn("shutdown: HTTP requests cut at the end of the grace period", "err", herr)
		}
		cancel()
	}
	b.log.Info("stopped", "took", time.Since(start).Round(time.Millisecond))
	return err
}
