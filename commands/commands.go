package commands

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/google/uuid"

	"reportbot/knowledge"
)

// Options are what an operator sets about the commands.
type Options struct {
	// Private makes replies ephemeral unless the user asks otherwise.
	Private bool
	// MaxQuestion is the longest question /ask takes, in characters.
	MaxQuestion int
	// Feedback puts 👍 and 👎 buttons under every answer and decline, and
	// gives each an id to vote on: on when questions are recorded.
	Feedback bool
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
			votePrefix:  pressVote,
		},
	}
	// Usable in servers and in DMs with the bot.
	contexts := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	install := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	for _, c := range s.commands {
		localize(c.def)
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

// Kind says what a response was, for the bot's logs and metrics.
type Kind string

const (
	ResultAnswered Kind = "answered"
	ResultDeclined Kind = "declined"
	ResultOther    Kind = "other"
	ResultRejected Kind = "rejected" // unknown command, stale button, bad input
)

// Result is what a response was: its kind, and what the bot records of
// it: a question asked, or a vote on an answer.
type Result struct {
	Kind  Kind
	Asked *Asked
	Vote  *Vote
}

func (r Result) String() string { return string(r.Kind) }

// Asked is a question the bot answered or declined, or a paragraph it
// showed: what the bot records of it.
type Asked struct {
	// ID is the record's id, made here where the answer is made (a
	// UUIDv7: replicas need no round trip), and in the answer's feedback
	// buttons. It is zero when feedback is off.
	ID         uuid.UUID
	Via        string // ask, message, related or paragraph
	Question   string // as typed
	Outcome    string // answered, declined, greeting, invalid, paragraph
	Entry      string // the entry answered
	Confidence float64
}

// How a question came.
const (
	ViaAsk       = "ask"       // the /ask command
	ViaMessage   = "message"   // a DM or a mention
	ViaRelated   = "related"   // a related-question button
	ViaParagraph = "paragraph" // a "Show ¶N" button
)

// Respond returns the response to an interaction. It never sends: the
// caller does, over the gateway or as an HTTP reply.
func (s *Set) Respond(i *discordgo.Interaction) (*discordgo.InteractionResponse, Result) {
	switch i.Type {
	case discordgo.InteractionPing:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}, Result{Kind: ResultOther}
	case discordgo.InteractionApplicationCommand:
		c, ok := s.byName[i.ApplicationCommandData().Name]
		if !ok {
			return Notice("I don't know that command. Try /help."), Result{Kind: ResultRejected}
		}
		return c.handle(s, i)
	case discordgo.InteractionApplicationCommandAutocomplete:
		c, ok := s.byName[i.ApplicationCommandData().Name]
		if !ok || c.autocomplete == nil {
			return choices(nil), Result{Kind: ResultRejected}
		}
		return c.autocomplete(s, i), Result{Kind: ResultOther}
	case discordgo.InteractionMessageComponent:
		id := i.MessageComponentData().CustomID
		prefix, arg, _ := strings.Cut(id, ":")
		if h, ok := s.components[prefix]; ok {
			return h(s, i, arg)
		}
		return Notice("That button is from an older version of me. Ask again with /ask."), Result{Kind: ResultRejected}
	}
	return Notice("I can't handle that kind of interaction."), Result{Kind: ResultRejected}
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
	m, r, _ := s.ReplyIn(knowledge.Conversation{}, question)
	return m, r
}

// ReplyIn is Reply in a conversation: the message is read with what came
// before it ("what did he say?"), and the conversation that follows is
// returned, for the bot to keep.
func (s *Set) ReplyIn(c knowledge.Conversation, question string) (*discordgo.MessageSend, Result, knowledge.Conversation) {
	question = strings.TrimSpace(question)
	if question == "" {
		question = "help"
	}
	if notice, over := TooLong(question, s.opts.MaxQuestion); over {
		return &discordgo.MessageSend{Content: notice, AllowedMentions: noMentions()}, Result{Kind: ResultRejected}, c
	}
	a, c := s.askIn(c, question)
	asked := s.asked(ViaMessage, question, a)
	msg := s.renderAnswer(a, asked.ID)
	return &discordgo.MessageSend{Embeds: msg.Embeds, Components: msg.Components, AllowedMentions: noMentions()}, Result{Kind: resultOf(a), Asked: asked}, c
}

// RespondIn is Respond in a conversation: /ask is read with what came
// before it, in the language of the user's Discord locale when it is not
// in English; any other interaction leaves the conversation as it was.
func (s *Set) RespondIn(c knowledge.Conversation, i *discordgo.Interaction) (*discordgo.InteractionResponse, Result, knowledge.Conversation) {
	if i.Type == discordgo.InteractionApplicationCommand && i.ApplicationCommandData().Name == "ask" {
		return handleAskIn(s, c.WithLocale(string(i.Locale)), i)
	}
	resp, r := s.Respond(i)
	return resp, r, c
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

// askIn answers a question as typed in Discord, in conversation c; the
// answer keeps the typed question, to show.
func (s *Set) askIn(c knowledge.Conversation, typed string) (knowledge.Answer, knowledge.Conversation) {
	q := typed
	if strings.ContainsAny(q, "@<:") {
		q = discordSyntax.ReplaceAllString(q, " ")
	}
	a, c := s.engine.AnswerIn(c, q)
	a.Question = typed
	return a, c
}

// asked is what the bot records of a question and its answer, with a new
// id when feedback is on.
func (s *Set) asked(via, typed string, a knowledge.Answer) *Asked {
	r := &Asked{Via: via, Question: typed, Outcome: string(a.Outcome), Entry: a.EntryID, Confidence: a.Confidence}
	if s.opts.Feedback {
		r.ID = newID()
	}
	return r
}

// newID is a UUIDv7: time-ordered, so the store's index stays compact,
// and random enough that a button's id cannot be guessed.
func newID() uuid.UUID {
	id, err := uuid.NewV7()
	if err != nil { // the system's random source failed
		return uuid.Nil
	}
	return id
}

func resultOf(a knowledge.Answer) Kind {
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

// Pack is the pack the set answers from: for the review's suggestions.
func (s *Set) Pack() *knowledge.Pack { return s.engine.Pack() }
