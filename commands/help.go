package commands

import (
	"github.com/bwmarrin/discordgo"
)

// /help: what the bot does, and example questions as buttons.
func helpCommand() command {
	return command{
		def: &discordgo.ApplicationCommand{
			Name:        "help",
			Description: "What I can do, with example questions.",
		},
		handle: handleHelp,
	}
}

func handleHelp(s *Set, i *discordgo.Interaction) (*discordgo.InteractionResponse, Result) {
	p := s.engine.Pack()
	e := &discordgo.MessageEmbed{
		Title: "Ask me about the report",
		Description: "I answer questions about one news report: **" + escape(p.Title) + "** (" + p.Source + ").\n\n" +
			"• `/ask` a question in your own words; every answer quotes the report.\n" +
			"• `/facts` lists what the report says, by topic.\n" +
			"• `/source` tells where the report is from.\n" +
			"• You can also DM me, or mention me in a channel.\n\n" +
			"When the report doesn't say, I tell you so. Try one of these:",
		Color: colorInfo,
	}
	a := s.engine.Answer("help") // the engine's starting questions
	var bs []discordgo.Button
	for i, id := range a.RelatedIDs {
		bs = append(bs, button(a.Related[i], entryPrefix+":"+id, discordgo.PrimaryButton))
	}
	return message(&discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{fitEmbed(e)}, Components: rows(bs...)}, true), Result{Kind: ResultOther}
}
