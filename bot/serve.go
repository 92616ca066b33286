package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// How long an answer may take to send, from when its question arrived.
const (
	// interactionWindow is Discord's: an interaction not answered within
	// 3 seconds has failed for the user, and its token no longer answers.
	interactionWindow = 3 * time.Second
	// replyWindow bounds a reply to a message: later, it is noise.
	replyWindow = 15 * time.Second
)

// Serve connects to the gateway and answers until ctx is done, then
// closes the connection; it returns early, with the reason, when Discord
// closes the gateway for good (a *FatalCloseError). Replies still being
// sent are the caller's to wait for (Drain). Commands are left
// registered: removing them on every stop would break them for the other
// shards and for the next start.
func (b *Bot) Serve(ctx context.Context, s *discordgo.Session) error {
	log := redactLogs(b.log, strings.TrimPrefix(s.Token, "Bot "))
	b.attach(s, log)
	send := newRESTSender(s)
	var shard *[2]int
	if s.ShardCount > 1 {
		shard = &[2]int{s.ShardID, s.ShardCount}
	}
	g := &gateway{
		set: b.gw, token: s.Token, intents: s.Identify.Intents, shard: shard,
		fetchURL: func(ctx context.Context) (string, error) { return s.Gateway(discordgo.WithContext(ctx)) },
		dispatch: func(event string, d json.RawMessage) { b.dispatch(send, event, d) },
		log:      log.With("shard", s.ShardID),
		observe:  gatewayHealth{b},
	}
	b.gatewayState.CompareAndSwap(gatewayNone, gatewayDown)
	b.log.Info("gateway starting", "shard", s.ShardID, "shards", s.ShardCount)
	err := g.run(ctx)
	gatewayHealth{b}.GatewayConnected(false)
	if err != nil {
		return fmt.Errorf("gateway: %w", err)
	}
	b.log.Info("gateway closed", "shard", s.ShardID)
	return nil
}

// dispatch takes one gateway event. It runs in the gateway's read loop,
// so it only decodes: each answer is worked out and sent on its own
// goroutine, and a slow send holds up no other.
func (b *Bot) dispatch(send sender, event string, d json.RawMessage) {
	switch event {
	case "READY":
		var r *discordgo.Ready
		if err := json.Unmarshal(d, &r); err != nil || r == nil || r.User == nil {
			b.log.Warn("READY without the bot's user: mentions cannot be told apart", "err", err)
			return
		}
		b.self.Store(r.User)
		b.log.Info("connected to Discord", "user", r.User.Username, "guilds", len(r.Guilds))
	case "INTERACTION_CREATE":
		var i *discordgo.Interaction
		if err := json.Unmarshal(d, &i); err != nil || i == nil || i.ID == "" || i.Token == "" {
			// the payload is not logged: it holds the interaction's token
			b.log.Warn("malformed INTERACTION_CREATE skipped", "bytes", len(d), "err", err)
			return
		}
		b.answer(interactionWindow, func(ctx context.Context) { b.onInteraction(ctx, send, i) })
	case "MESSAGE_CREATE":
		var m *discordgo.Message
		if err := json.Unmarshal(d, &m); err != nil || m == nil || m.ID == "" || m.ChannelID == "" {
			b.log.Warn("malformed MESSAGE_CREATE skipped", "bytes", len(d), "err", err)
			return
		}
		b.answer(replyWindow, func(ctx context.Context) { b.onMessage(ctx, send, m) })
	}
}

// answer runs f on its own goroutine, with a context that ends within
// window of now (or sooner, if a shutdown gives up on it).
func (b *Bot) answer(window time.Duration, f func(ctx context.Context)) {
	deadline := time.Now().Add(window)
	b.work.Go(func(ctx context.Context) {
		ctx, cancel := context.WithDeadline(ctx, deadline)
		defer cancel()
		f(ctx)
	})
}
