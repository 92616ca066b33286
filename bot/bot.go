// Package bot is everything that talks to Discord: the gateway session,
// direct messages and mentions, command registration, rate limits and
// shutdown. What to answer comes from the commands package; the bot only
// receives, limits, sends and logs.
package bot

import (
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"reportbot/commands"
)

// responder is what the bot asks of the commands: a response to each
// interaction, a reply to each question sent as a message.
type responder interface {
	Respond(i *discordgo.Interaction) (*discordgo.InteractionResponse, commands.Result)
	Reply(question string) (*discordgo.MessageSend, commands.Result)
}

// sender is the part of a Discord session the bot uses to answer.
type sender interface {
	InteractionRespond(i *discordgo.Interaction, r *discordgo.InteractionResponse, opts ...discordgo.RequestOption) error
	ChannelMessageSendComplex(channelID string, m *discordgo.MessageSend, opts ...discordgo.RequestOption) (*discordgo.Message, error)
}

// Path says how a question reached the bot, for logs and metrics.
type Path string

const (
	PathGateway Path = "gateway" // an interaction over the gateway
	PathHTTP    Path = "http"    // an interaction POSTed to the endpoint
	PathMessage Path = "message" // a DM, or a mention in a server
)

// Observer is told of every question the bot handled; metrics implement it.
type Observer interface {
	Observe(path Path, result commands.Result, took time.Duration)
	RateLimited(path Path)
	HandlerError(path Path)
	SignatureFailure(reason string)
}

// Bot answers interactions and messages.
type Bot struct {
	cmds    responder
	limits  *userLimits
	log     *slog.Logger
	observe Observer
	self    atomic.Pointer[discordgo.User] // the bot's own user, from READY
}

// New returns a bot answering with cmds, limiting each user as limits says.
func New(cmds responder, limits LimitsConfig, log *slog.Logger, observe Observer) *Bot {
	if observe == nil {
		observe = nopObserver{}
	}
	return &Bot{cmds: cmds, limits: newUserLimits(limits), log: log, observe: observe}
}

type nopObserver struct{}

func (nopObserver) Observe(Path, commands.Result, time.Duration) {}
func (nopObserver) RateLimited(Path)                             {}
func (nopObserver) HandlerError(Path)                            {}
func (nopObserver) SignatureFailure(string)                      {}

// Notices users get.
const (
	slowDown     = "You're asking faster than I answer: please wait a few seconds and try again."
	somethingBad = "Sorry, something went wrong on my side. Please try again."
)

// Interaction returns the response to an interaction, whichever way it
// came. It never panics: a panic in a handler is logged and the user gets
// a short private error.
func (b *Bot) Interaction(path Path, i *discordgo.Interaction) (resp *discordgo.InteractionResponse) {
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
	resp, result := b.cmds.Respond(i)
	b.observe.Observe(path, result, time.Since(start))
	b.log.Debug("interaction", "interaction", i.ID, "type", i.Type.String(), "path", path, "result", result)
	return resp
}

// onInteraction answers an interaction that came over the gateway.
func (b *Bot) onInteraction(s sender, i *discordgo.Interaction) {
	resp := b.Interaction(PathGateway, i)
	if err := s.InteractionRespond(i, resp); err != nil {
		b.observe.HandlerError(PathGateway)
		b.log.Error("respond to interaction", "interaction", i.ID, "err", fmt.Errorf("interaction %s: %w", i.ID, err))
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
func (b *Bot) onMessage(s sender, m *discordgo.Message) {
	self := b.self.Load()
	if m == nil || m.Author == nil || m.Author.Bot || self == nil || m.Author.ID == self.ID {
		return
	}
	question := m.Content
	if m.GuildID != "" {
		if !mentions(m, self.ID) {
			return
		}
		question = stripMention(question, self.ID)
	}
	start := time.Now()
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("message handler panicked", "message", m.ID, "panic", r, "stack", string(debug.Stack()))
			b.observe.HandlerError(PathMessage)
			b.send(s, m, &discordgo.MessageSend{Content: somethingBad})
		}
	}()
	ok, first := b.limits.allow(m.Author.ID, start)
	if !ok {
		b.observe.RateLimited(PathMessage)
		if first { // one notice, not one per message: no pile-up
			b.send(s, m, &discordgo.MessageSend{Content: slowDown})
		}
		return
	}
	reply, result := b.cmds.Reply(question)
	b.observe.Observe(PathMessage, result, time.Since(start))
	b.send(s, m, reply)
}

func (b *Bot) send(s sender, m *discordgo.Message, reply *discordgo.MessageSend) {
	ref := m.Reference()
	ref.FailIfNotExists = new(bool) // the question may be deleted by now
	reply.Reference = ref
	reply.AllowedMentions = &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
	if _, err := s.ChannelMessageSendComplex(m.ChannelID, reply); err != nil {
		b.observe.HandlerError(PathMessage)
		b.log.Error("reply to message", "message", m.ID, "err", fmt.Errorf("reply to message %s: %w", m.ID, err))
	}
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
