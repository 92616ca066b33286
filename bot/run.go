package bot

import (
	"context"
	"errors"
	"log/slog"
)

// Run serves Discord as the config says until ctx is done: over the
// gateway when a token is set, as an HTTP interactions endpoint when
// [http] listen and a public key are set, or both at once. With listen and
// no key, the HTTP server only serves /healthz and /metrics.
func Run(ctx context.Context, cfg Config, cmds responder, log *slog.Logger) error {
	gateway := cfg.Discord.Token != ""
	endpoint := cfg.HTTP.Listen != "" && cfg.Discord.PublicKey != ""
	if !gateway && !endpoint {
		return errors.New("nothing to serve: set DISCORD_TOKEN for the gateway, or [http] listen and [discord] public_key for the HTTP endpoint")
	}
	metrics := NewMetrics()
	b := New(cmds, cfg.Limits, log, metrics)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make(chan error, 2)
	running := 0
	if gateway {
		s, err := NewSession(cfg.Discord)
		if err != nil {
			return err
		}
		running++
		go func() {
			err := b.Serve(ctx, s)
			cancel() // one side failing stops the other
			errs <- err
		}()
	}
	if cfg.HTTP.Listen != "" {
		var srv *InteractionServer
		if cfg.Discord.PublicKey == "" {
			log.Warn("no discord.public_key: /interactions is off; serving /healthz and /metrics only")
			srv = b.NewInteractionServer(nil, cfg.HTTP.MaxConcurrent, metrics)
		} else {
			key, err := cfg.Discord.Key()
			if err != nil {
				return err
			}
			srv = b.NewInteractionServer(key, cfg.HTTP.MaxConcurrent, metrics)
		}
		running++
		log.Info("http listening", "addr", cfg.HTTP.Listen, "interactions", endpoint)
		go func() {
			err := ListenAndServe(ctx, cfg.HTTP.Listen, srv, srv.SetReady)
			cancel()
			errs <- err
		}()
	}
	var first error
	for ; running > 0; running-- {
		if err := <-errs; err != nil && first == nil {
			first = err
		}
	}
	return first
}
