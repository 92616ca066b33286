package commands

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/bwmarrin/discordgo"

	"reportbot/knowledge"
)

// Options are what an operator sets about the commands.
type Options struct {
	// Private makes replies ephemeral unless the user asks otherwise.
	Private bool
	// MaxQuestion is the longest question /ask takes, in characters.
	MaxQuestion int
}

// command is one slash command: its definition beside its handlers.
type command struct {
	def          *discordgo.ApplicationCommand
	handle       func(s *Set, i *discordgo.Interaction) (*discordgo.InteractionResponse, Result)
	autocomplete func(s *Set, i *discordgo.Interaction) *discordgo.InteractionResponse
}

// component handles presses of buttons whose custom_id starts with its
// prefix and a colon ("entry:who-proposed"); arg is what follows.
type component func(s *Set, i *discordgo.Interaction, arg string) (*discordgo.InteractionResponse, Result)

// Set is the bot's command set: registration and dispatch both come from
// its one table.
type Set struct {
	engine     *knowledge.Engine
	opts       Options
	commands   []command
	byName     map[string]command
	components map[string]component
}

// New returns the command set answering from engine.
func New(engine *knowledge.Engine, opts Options) *Set {
	if opts.MaxQuestion <= 0 || opts.MaxQuestion > 6000 {
		opts.MaxQuestion = 300
	}
	s := &Set{
		engine:   engine,
		opts:     opts,
		commands: []command{askCommand(opts), factsCommand(engine.Pack()), sourceCommand(), helpCommand()},
		byName:   map[string]command{},
		components: map[string]component{
			entryPrefix: pressEntry,
			paraPrefix:  pressParagraph,
			factsPrefix: pressFactsPage,
		},
	}
	// Usable in servers and in DMs with the bot.
	contexts := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	install := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	for _, c := range s.commands {
		c.def.Contexts = &contexts
		c.def.IntegrationTypes = &install
		s.byName[c.def.Name] = c
	}
	return s
}

// Definitions returns the command set to register with Discord.
func (s *Set) Definitions() []*discordgo.ApplicationCommand {
	out := make([]*discordgo.ApplicationCommand, len(s.commands))
	for i, c := range s.commands {
		out[i] = c.def
	}
	return out
}

// Result says what a response was, for the bot's logs and metrics.
type Result string

const (
	ResultAnswered Result = "answered"
	ResultDeclined Result = "declined"
	ResultOther    Result = "other"
	ResultRejected Result = "rejected" // unknown command, stale button, bad input
)

// Respond returns the response to an interaction. It never sends: the
// caller does, over the gateway or as an HTTP reply.
func (s *Set) Respond(i *discordgo.Interaction) (*discordgo.InteractionResponse, Result) {
	switch i.Type {
	case discordgo.InteractionPing:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}, ResultOther
	case discordgo.InteractionApplicationCommand:
		c, ok := s.byName[i.ApplicationCommandData().Name]
		if !ok {
			return Notice("I don't know that command. Try /help."), ResultRejected
		}
		return c.handle(s, i)
	case discordgo.InteractionApplicationCommandAutocomplete:
		c, ok := s.byName[i.ApplicationCommandData().Name]
		if !ok || c.autocomplete == nil {
			return choices(nil), ResultRejected
		}
		return c.autocomplete(s, i), ResultOther
	case discordgo.InteractionMessageComponent:
		id := i.MessageComponentData().CustomID
		prefix, arg, _ := strings.Cut(id, ":")
		if h, ok := s.components[prefix]; ok {
			return h(s, i, arg)
		}
		return Notice("That button is from an older version of me. Ask again with /ask."), ResultRejected
	}
	return Notice("I can't handle that kind of interaction."), ResultRejected
}

// Notice is a short private message to the one user, for errors and
// refusals.
func Notice(text string) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         truncate(text, maxContent),
			Flags:           discordgo.MessageFlagsEphemeral,
			AllowedMentions: noMentions(),
		},
	}
}

// Reply is the answer to a question sent as a message (a DM, or a mention
// in a server), for the bot to send as a reply.
func (s *Set) Reply(question string) (*discordgo.MessageSend, Result) {
	question = strings.TrimSpace(question)
	if question == "" {
		question = "help"
	}
	if notice, over := TooLong(question, s.opts.MaxQuestion); over {
		return &discordgo.MessageSend{Content: notice, AllowedMentions: noMentions()}, ResultRejected
	}
	a := s.ask(question)
	msg := s.renderAnswer(a)
	return &discordgo.MessageSend{Embeds: msg.Embeds, Components: msg.Components, AllowedMentions: noMentions()}, resultOf(a)
}

// TooLong returns the notice for a question of more than max characters,
// and whether it is that long: one limit, the operator's, wherever a
// question is asked (/ask, a DM or a mention, the terminal).
func TooLong(question string, max int) (notice string, over bool) {
	if runes(question) <= max {
		return "", false
	}
	return fmt.Sprintf("That is a long question: please ask in at most %d characters.", max), true
}

// discordSyntax matches Discord's mentions of users, roles and channels,
// @everyone and @here, custom emojis, timestamps, and links: they address,
// decorate or point elsewhere, they are not part of a question, and an id
// would read as a number ("<:thinking:1234>").
var discordSyntax = regexp.MustCompile(`<@[!&]?\d+>|<#\d+>|@everyone|@here|<a?:\w+:\d+>|<t:-?\d+(:[a-zA-Z])?>|https?://\S+`)

// ask answers a question as typed in Discord; the answer keeps the typed
// question, to show.
func (s *Set) ask(typed string) knowledge.Answer {
	q := typed
	if strings.ContainsAny(q, "@<:") {
		q = discordSyntax.ReplaceAllString(q, " ")
	}
	a := s.engine.Answer(q)
	a.Question = typed
	return a
}

func resultOf(a knowledge.Answer) Result {
	if a.Answered {
		return ResultAnswered
	}
	return ResultDeclined
}

// message wraps rendered content as a new message, private or not.
func message(data *discordgo.InteractionResponseData, private bool) *discordgo.InteractionResponse {
	if private {
		data.Flags |= discordgo.MessageFlagsEphemeral
	}
	data.AllowedMentions = noMentions()
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: data}
}

// optionValue returns the named option of a slash command, if given.
func optionValue(i *discordgo.Interaction, name string) (*discordgo.ApplicationCommandInteractionDataOption, bool) {
	for _, o := range i.ApplicationCommandData().Options {
		if o != nil && o.Name == name {
			return o, true
		}
	}
	return nil, false
}

// private says whether the reply to i is ephemeral: the user's "private"
// option when given, else the operator's default.
func (s *Set) private(i *discordgo.Interaction) bool {
	if i.Type == discordgo.InteractionApplicationCommand {
		if o, ok := optionValue(i, "private"); ok && o.Type == discordgo.ApplicationCommandOptionBoolean {
			return o.BoolValue()
		}
	}
	if i.Type == discordgo.InteractionMessageComponent && i.Message != nil {
		// follow the message the button sits on
		return i.Message.Flags&discordgo.MessageFlagsEphemeral != 0
	}
	return s.opts.Private
}
