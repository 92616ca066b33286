package commands

import (
	"strings"

	"github.com/bwmarrin/discordgo"

	"reportbot/knowledge"
)

// /ask question:<text> [private:<bool>]: the answer, with autocomplete
// offering the pack's questions as the user types.
func askCommand(opts Options) command {
	return command{
		def: &discordgo.ApplicationCommand{
			Name:        "ask",
			Description: "Ask a question about the report; the answer quotes it.",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         "question",
					Description:  "Your question, in your own words",
					Required:     true,
					MaxLength:    opts.MaxQuestion,
					Autocomplete: true,
				},
				{
					Type:        discordgo.ApplicationCommandOptionBoolean,
					Name:        "private",
					Description: "Only you see the answer",
				},
			},
		},
		handle:       handleAsk,
		autocomplete: autocompleteAsk,
	}
}

func handleAsk(s *Set, i *discordgo.Interaction) (*discordgo.InteractionResponse, Result) {
	resp, r, _ := handleAskIn(s, knowledge.Conversation{}.WithLocale(string(i.Locale)), i)
	return resp, r
}

// handleAskIn answers /ask in conversation c.
func handleAskIn(s *Set, c knowledge.Conversation, i *discordgo.Interaction) (*discordgo.InteractionResponse, Result, knowledge.Conversation) {
	o, ok := optionValue(i, "question")
	if !ok || o.Type != discordgo.ApplicationCommandOptionString {
		return Notice("Please give a question, for example: /ask Who proposed accepting North Korean POWs?"), Result{Kind: ResultRejected}, c
	}
	q := o.StringValue()
	if notice, over := TooLong(q, s.opts.MaxQuestion); over {
		// Discord enforces the length; the HTTP path must not trust it.
		return Notice(notice), Result{Kind: ResultRejected}, c
	}
	a, c := s.askIn(c, q)
	asked := s.asked(ViaAsk, q, a)
	return message(s.renderAnswer(a, asked.ID), s.private(i)), Result{Kind: resultOf(a), Asked: asked}, c
}

// autocompleteAsk offers up to 25 of the pack's questions for what is
// typed so far; for nothing typed, good questions to start with.
func autocompleteAsk(s *Set, i *discordgo.Interaction) *discordgo.InteractionResponse {
	typed := ""
	if o, ok := optionValue(i, "question"); ok && o.Focused && o.Type == discordgo.ApplicationCommandOptionString {
		typed = o.StringValue()
	}
	var cs []*discordgo.ApplicationCommandOptionChoice
	for _, q := range s.engine.Suggest(typed, maxChoices) {
		q = strings.TrimSpace(q)
		cs = append(cs, &discordgo.ApplicationCommandOptionChoice{Name: truncate(q, maxChoiceName), Value: truncate(q, maxChoiceValue)})
	}
	return choices(cs)
}

func choices(cs []*discordgo.ApplicationCommandOptionChoice) *discordgo.InteractionResponse {
	if len(cs) > maxChoices {
		cs = cs[:maxChoices]
	}
	if cs == nil {
		cs = []*discordgo.ApplicationCommandOptionChoice{}
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: cs},
	}
}
