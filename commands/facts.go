package commands

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"reportbot/knowledge"
)

// factsPerPage keeps a page readable; pages are also cut to fit Discord's
// embed limits.
const factsPerPage = 8

// /facts [topic]: what the report says, entry by entry with citations, in
// pages with previous and next buttons.
func factsCommand(p *knowledge.Pack) command {
	topic := &discordgo.ApplicationCommandOption{
		Type:        discordgo.ApplicationCommandOptionString,
		Name:        "topic",
		Description: "Only the facts on one topic",
	}
	for _, t := range p.Topics() {
		if len(topic.Choices) == maxChoices {
			break
		}
		topic.Choices = append(topic.Choices, &discordgo.ApplicationCommandOptionChoice{Name: truncate(t, maxChoiceName), Value: truncate(t, maxChoiceValue)})
	}
	return command{
		def: &discordgo.ApplicationCommand{
			Name:        "facts",
			Description: "What the report says, with citations, by topic.",
			Options:     []*discordgo.ApplicationCommandOption{topic},
		},
		handle: handleFacts,
	}
}

func handleFacts(s *Set, i *discordgo.Interaction) (*discordgo.InteractionResponse, Result) {
	topic := ""
	if o, ok := optionValue(i, "topic"); ok && o.Type == discordgo.ApplicationCommandOptionString {
		topic = o.StringValue()
	}
	data, ok := s.factsPage(topic, 0)
	if !ok {
		return Notice("I have no facts on that topic. Try /facts with no topic."), Result{Kind: ResultRejected}
	}
	return message(data, s.private(i)), Result{Kind: ResultOther}
}

// pressFactsPage turns the page: the same message is updated in place.
func pressFactsPage(s *Set, i *discordgo.Interaction, arg string) (*discordgo.InteractionResponse, Result) {
	cut := strings.LastIndex(arg, ":")
	page, err := strconv.Atoi(arg[cut+1:])
	if cut < 0 || err != nil {
		return Notice("That page button is broken. Try /facts again."), Result{Kind: ResultRejected}
	}
	data, ok := s.factsPage(arg[:cut], page)
	if !ok {
		return Notice("Those facts have changed. Try /facts again."), Result{Kind: ResultRejected}
	}
	data.AllowedMentions = noMentions()
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: data}, Result{Kind: ResultOther}
}

// factsPage renders page (from 0) of the facts on topic ("" for all). ok is
// false for a topic the pack does not have or a page past the end.
func (s *Set) factsPage(topic string, page int) (*discordgo.InteractionResponseData, bool) {
	var entries []knowledge.Entry
	for _, e := range s.engine.Pack().Entries {
		if topic == "" || e.Topic == topic {
			entries = append(entries, e)
		}
	}
	pages := paginate(entries)
	if len(pages) == 0 || page < 0 || page >= len(pages) {
		return nil, false
	}
	title := "What the report says"
	if topic != "" {
		title += ": " + topic
	}
	e := &discordgo.MessageEmbed{
		Title:  escape(title),
		Color:  colorInfo,
		Fields: pages[page],
		Footer: &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("Page %d of %d · Source: %s", page+1, len(pages), s.engine.Pack().Source)},
	}
	data := &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{fitEmbed(e)}}
	if len(pages) > 1 {
		prev := button("◀ Previous", fmt.Sprintf("%s:%s:%d", factsPrefix, topic, page-1), discordgo.SecondaryButton)
		prev.Disabled = page == 0
		next := button("Next ▶", fmt.Sprintf("%s:%s:%d", factsPrefix, topic, page+1), discordgo.SecondaryButton)
		next.Disabled = page == len(pages)-1
		data.Components = rows(prev, next)
	}
	return data, true
}

// paginate lays facts out as fields, at most factsPerPage a page and
// within an embed's size, leaving room for title and footer.
func paginate(entries []knowledge.Entry) [][]*discordgo.MessageEmbedField {
	var pages [][]*discordgo.MessageEmbedField
	var cur []*discordgo.MessageEmbedField
	size := 0
	const room = maxEmbedTotal - 400
	for _, e := range entries {
		f := factField(e)
		n := runes(f.Name) + runes(f.Value)
		if len(cur) > 0 && (len(cur) == factsPerPage || size+n > room) {
			pages = append(pages, cur)
			cur, size = nil, 0
		}
		cur = append(cur, f)
		size += n
	}
	if len(cur) > 0 {
		pages = append(pages, cur)
	}
	return pages
}

func factField(e knowledge.Entry) *discordgo.MessageEmbedField {
	var cites []string
	for _, c := range e.Citations {
		cites = append(cites, paraLabel(c.Paragraph))
	}
	value := e.Answer + "\n— " + strings.Join(cites, ", ")
	return &discordgo.MessageEmbedField{Name: truncate(e.Question, maxFieldName), Value: truncate(value, maxFieldValue)}
}
