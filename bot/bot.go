// Package bot is everything that talks to Discord: the gateway session,
// direct messages and mentions, command registration, rate limits and
// shutdown. What to answer comes from the commands package; the bot only
// receives, limits, sends and logs.
package bot

import (
	"context"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"reportbot/bot/store"
	"reportbot/commands"
	"reportbot/knowledge"
)

// responder is what the bot asks of the commands: a response to each
// interaction, a reply to each question sent as a message.
type responder interface {
	Respond(i *discordgo.Interaction) (*discordgo.InteractionResponse, commands.Result)
	Reply(question string) (*discordgo.MessageSend, commands.Result)
	// RespondIn and ReplyIn answer in a conversation, and return it as it
	// follows (see Memory).
	RespondIn(c knowledge.Conversation, i *discordgo.Interaction) (*discordgo.InteractionResponse, commands.Result, knowledge.Conversation)
	ReplyIn(c knowledge.Conversation, question string) (*discordgo.MessageSend, commands.Result, knowledge.Conversation)
}

// sender is how the bot answers over the gateway: an interaction's
// callback, a reply to a message. Each call ends by ctx's deadline.
type sender interface {
	respond(ctx context.Context, i *discordgo.Interaction, r *discordgo.InteractionResponse) error
	reply(ctx context.Context, channelID string, m *discordgo.MessageSend, nonce string) error
}

// Path says how a question reached the bot, for logs and metrics.
type Path string

const (
	PathGateway Path = "gateway" // an interaction over the gateway
	PathHTTP    Path = "http"    // an interaction POSTed to the endpoint
	PathMessage Path = "message" // a DM, or a mention in a server
)

// Observer is told of every question the bot handled, and of how Discord
// and the network behave; metrics implement it.
type Observer interface {
	Observe(path Path, result commands.Result, took time.Duration)
	Feedback(helpful bool)
	RateLimited(path Path)
	HandlerError(path Path)
	SignatureFailure(reason string)
	SlowRequest()
	Busy()
	gatewayObserver
	restObserver
}

// Bot answers interactions and messages.
type Bot struct {
	cur     atomic.Pointer[answering]
	limits  *userLimits
	log     *slog.Logger
	observe Observer
	rec     *store.Recorder                // nil: nothing is recorded; never blocks
	self    atomic.Pointer[discordgo.User] // the bot's own user, from READY
	work    *work                          // replies sent over the gateway
	gw      gatewaySettings

	gatewayState atomic.Int32 // gatewayNone, gatewayDown or gatewayUp

	// memory keeps each conversation's context (see WithMemory); nil
	// answers every question on its own.
	memory *Memory
}

// WithMemory makes the bot answer DMs, mentions and /ask over the gateway
// in conversations kept in m: a DM channel is one conversation, and so is
// one user in one server channel. The HTTP endpoint stays stateless.
func (b *Bot) WithMemory(m *Memory) *Bot {
	b.memory = m
	return b
}

// What the bot knows of its gateway, for /healthz.
const (
	gatewayNone int32 = iota // not served by this process
	gatewayDown
	gatewayUp
)

// answering is the command set in use and the version of its pack; a
// reload swaps it whole.
type answering struct {
	cmds    responder
	version string
}

// New returns a bot answering with cmds, limiting each user as limits says.
func New(cmds responder, limits LimitsConfig, log *slog.Logger, observe Observer) *Bot {
	if observe == nil {
		observe = nopObserver{}
	}
	b := &Bot{limits: newUserLimits(limits), log: redactLogs(log), observe: observe,
		work: newWork(), gw: defaultGatewaySettings()}
	b.Use(cmds, "")
	return b
}

// gatewayHealth passes what the gateway says of itself to /healthz and
// the metrics.
type gatewayHealth struct{ b *Bot }

func (h gatewayHealth) GatewayConnected(up bool) {
	state := gatewayDown
	if up {
		state = gatewayUp
	}
	if h.b.gatewayState.Swap(state) != state {
		h.b.observe.GatewayConnected(up)
	}
}

func (h gatewayHealth) GatewayReconnect(reason string) { h.b.observe.GatewayReconnect(reason) }

// gatewayDown reports a gateway this process serves that is not connected.
func (b *Bot) gatewayIsDown() bool { return b.gatewayState.Load() == gatewayDown }

// Use makes the bot answer with cmds from now on: for a pack reloaded
// while running. version names the pack in records and metrics.
func (b *Bot) Use(cmds responder, version string) {
	b.cur.Store(&answering{cmds: cmds, version: version})
}

func (b *Bot) current() *answering { return b.cur.Load() }

type nopObserver struct{}

func (nopObserver) Feedback(bool)                                {}
func (nopObserver) Observe(Path, commands.Result, time.Duration) {}
func (nopObserver) RateLimited(Path)                             {}
func (nopObserver) HandlerError(Path)                            {}
func (nopObserver) SignatureFailure(string)                      {}
func (nopObserver) SlowRequest()                                 {}
func (nopObserver) Busy()                                        {}
func (nopObserver) GatewayConnected(bool)                        {}
func (nopObserver) GatewayReconnect(string)                      {}
func (nopObserver) DiscordRateLimited(string, string)            {}
func (nopObserver) DiscordRetry(string, string)                  {}

// Notices users get.
const (
	slowDown     = "You're asking faster than I answer: please wait a few seconds and try again."
	somethingBad = "Sorry, something went wrong on my side. Please try again."
)

// Interaction returns the response to an interaction, whichever way it
// came. It never panics: a panic in a handler is logged and the user gets
// a short private error.
func (b *Bot) Interaction(path Path, i *discordgo.Interaction) (resp *discordgo.InteractionResponse) {
	if i == nil {
		return commands.Notice(somethingBad)
	}
	start := time.Now()
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("interaction handler panicked", "interaction", i.ID, "path", path, "panic", r, "stack", string(debug.Stack()))
			b.observe.HandlerError(path)
			resp = commands.Notice(somethingBad)
		}
	}()
	// Autocomplete fires at every keystroke and costs little: it is not
	// counted against the user's questions.
	if i.Type == discordgo.InteractionApplicationCommand || i.Type == discordgo.InteractionMessageComponent {
		if ok, _ := b.limits.allow(interactionUser(i), start); !ok {
			b.observe.RateLimited(path)
			return commands.Notice(slowDown)
		}
	}
	cleanInteraction(i)
	cur := b.current()
	var result commands.Result
	if key := conversationKey(i.GuildID, i.ChannelID, interactionUser(i)); path == PathGateway && b.memory != nil {
		var c knowledge.Conversation
		resp, result, c = cur.cmds.RespondIn(b.memory.Get(key), i)
		b.memory.Put(key, c)
	} else {
		resp, result = cur.cmds.Respond(i)
	}
	took := time.Since(start)
	b.observe.Observe(path, result, took)
	b.record(path, i.GuildID, interactionUser(i), start, took, cur.version, result)
	if b.log.Enabled(context.Background(), slog.LevelDebug) { // its arguments cost allocations even unlogged
		b.log.Debug("interaction", "interaction", i.ID, "type", i.Type.String(), "path", path, "result", result)
	}
	return resp
}

// onInteraction answers an interaction that came over the gateway.
func (b *Bot) onInteraction(ctx context.Context, s sender, i *discordgo.Interaction) {
	resp := b.Interaction(PathGateway, i)
	if err := s.respond(ctx, i, resp); err != nil {
		b.observe.HandlerError(PathGateway)
		b.log.Error("gave up answering an interaction", "interaction", i.ID, "err", err)
	}
}

func interactionUser(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return "unknown"
}

// onMessage answers a DM, or a message in a server that mentions the bot,
// with a reply to that message. Other messages, and any from a bot, are
// not for it.
func (b *Bot) onMessage(ctx context.Context, s sender, m *discordgo.Message) {
	self := b.self.Load()
	if m.Author == nil || m.Author.Bot || self == nil || m.Author.ID == self.ID {
		return
	}
	question := m.Content
	if m.GuildID != "" {
		if !mentions(m, self.ID) {
			return
		}
		question = stripMention(question, self.ID)
	}
	question = cleanText(question)
	start := time.Now()
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("message handler panicked", "message", m.ID, "panic", r, "stack", string(debug.Stack()))
			b.observe.HandlerError(PathMessage)
			b.send(ctx, s, m, &discordgo.MessageSend{Content: somethingBad})
		}
	}()
	ok, first := b.limits.allow(m.Author.ID, start)
	if !ok {
		b.observe.RateLimited(PathMessage)
		if first { // one notice, not one per message: no pile-up
			b.send(ctx, s, m, &discordgo.MessageSend{Content: slowDown})
		}
		return
	}
	cur := b.current()
	var reply *discordgo.MessageSend
	var result commands.Result
	if b.memory != nil {
		key := conversationKey(m.GuildID, m.ChannelID, m.Author.ID)
		var c knowledge.Conversation
		reply, result, c = cur.cmds.ReplyIn(b.memory.Get(key), question)
		b.memory.Put(key, c)
	} else {
		reply, result = cur.cmds.Reply(question)
	}
	took := time.Since(start)
	b.observe.Observe(PathMessage, result, took)
	b.record(PathMessage, m.GuildID, m.Author.ID, start, took, cur.version, result)
	b.send(ctx, s, m, reply)
}

func (b *Bot) send(ctx context.Context, s sender, m *discordgo.Message, reply *discordgo.MessageSend) {
	ref := m.Reference()
	ref.FailIfNotExists = new(bool) // the question may be deleted by now
	reply.Reference = ref
	reply.AllowedMentions = &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
	// the question's id as nonce: one reply per question, however often
	// a reset makes the transport resend it
	if err := s.reply(ctx, m.ChannelID, reply, m.ID); err != nil {
		b.observe.HandlerError(PathMessage)
		b.log.Error("gave up replying to a message", "message", m.ID, "channel", m.ChannelID, "err", err)
	}
}

// conversationKey names the conversation a question belongs to: its DM
// channel, or its user in its server channel (two users in one channel do
// not share one).
func conversationKey(guild, channel, user string) string {
	if guild == "" {
		return "dm:" + channel
	}
	return "ch:" + channel + ":" + user
}

func mentions(m *discordgo.Message, id string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == id {
			return true
		}
	}
	return false
}

func stripMention(content, id string) string {
	content = strings.ReplaceAll(content, "<@"+id+">", " ")
	content = strings.ReplaceAll(content, "<@!"+id+">", " ")
	return strings.TrimSpace(content)
}
