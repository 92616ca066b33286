package commands

import (
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// /source: what the report is, where it is from, the dates it covers, and
// how much of it the bot knows.
func sourceCommand() command {
	return command{
		def: &discordgo.ApplicationCommand{
			Name:        "source",
			Description: "What report I answer from, and its source.",
		},
		handle: handleSource,
	}
}

func handleSource(s *Set, i *discordgo.Interaction) (*discordgo.InteractionResponse, Result) {
	p := s.engine.Pack()
	fields := []*discordgo.MessageEmbedField{
		{Name: "Source", Value: p.Source, Inline: true},
		{Name: "Paragraphs", Value: strconv.Itoa(len(p.Paragraphs)), Inline: true},
		{Name: "Questions I can answer", Value: strconv.Itoa(len(p.Entries)), Inline: true},
		{Name: "Topics", Value: strings.Join(p.Topics(), ", ")},
	}
	if p.Covers != "" {
		fields = append(fields, &discordgo.MessageEmbedField{Name: "Dates covered", Value: p.Covers, Inline: true})
	}
	e := &discordgo.MessageEmbed{
		Title:       p.Title,
		Description: "I answer only from this report, and quote it in every answer. " + p.SourceLine,
		Color:       colorInfo,
		Fields:      fields,
	}
	return message(&discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{fitEmbed(e)}}, s.private(i)), Result{Kind: ResultOther}
}
