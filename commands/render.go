package commands

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
	"github.com/google/uuid"

	"reportbot/knowledge"
)

// Embed colours: how sure the answer is.
const (
	colorSure     = 0x2e7d32 // green: confidence 0.85 and over
	colorFair     = 0xf9a825 // amber: answered, less sure
	colorDeclined = 0x78909c // grey: the report doesn't say
	colorInfo     = 0x1565c0 // blue: help, source, facts
)

const (
	entryPrefix = "entry" // entry:<id> answers that entry
	paraPrefix  = "para"  // para:<n> shows paragraph n
	factsPrefix = "facts" // facts:<topic>:<page>
	votePrefix  = "vote"  // vote:<record id>:up or :down
)

// renderAnswer turns an answer into an embed and buttons: the question as
// title, the answer, one field per citation (an answer that is itself the
// cited sentence is quoted once, in the description), the source and date
// in the footer; related questions and "Show ¶N" as buttons, and 👍 and 👎
// on the record id when it is not zero.
func (s *Set) renderAnswer(a knowledge.Answer, id uuid.UUID) *discordgo.InteractionResponseData {
	e := &discordgo.MessageEmbed{
		Title:       escape(strings.TrimSpace(a.Question)),
		Description: a.Text,
		Color:       colorDeclined,
	}
	if e.Title == "" {
		e.Title = "Your question"
	}
	var buttons []discordgo.Button
	if a.Answered {
		e.Color = colorFair
		if a.Confidence >= 0.85 {
			e.Color = colorSure
		}
		shown := map[int]bool{}
		for _, c := range a.Citations {
			if c.Quote == a.Text {
				// the answer is the report's own sentence (an answer
				// from the sentences): quoted once, with its place
				e.Description = "“" + c.Quote + "”\n— the report, " + paraLabel(c.Paragraph)
			} else {
				e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Source " + paraLabel(c.Paragraph), Value: "“" + c.Quote + "”"})
			}
			if c.Paragraph > 0 && !shown[c.Paragraph] {
				shown[c.Paragraph] = true
				buttons = append(buttons, button("Show "+paraLabel(c.Paragraph), paraPrefix+":"+strconv.Itoa(c.Paragraph), discordgo.SecondaryButton))
			}
		}
		footer := "Source: " + a.Source
		if a.AsOf != "" {
			footer += " · as of " + a.AsOf
		}
		e.Footer = &discordgo.MessageEmbedFooter{Text: footer}
	} else if len(a.Related) > 0 {
		var b strings.Builder
		b.WriteString(a.Text)
		for _, r := range a.Related {
			b.WriteString("\n• " + r)
		}
		e.Description = b.String()
		e.Footer = &discordgo.MessageEmbedFooter{Text: "Answers come only from the report (" + a.Source + ")."}
	}
	var rel []discordgo.Button
	for i, id := range a.RelatedIDs {
		if i == 3 {
			break
		}
		rel = append(rel, button(a.Related[i], entryPrefix+":"+id, discordgo.PrimaryButton))
	}
	// related questions on the first row, paragraphs on the next, the
	// feedback last (and always, when there is an id)
	comps := rows(rel...)
	comps = append(comps, rows(buttons...)...)
	feedback := feedbackRow(a, id)
	if len(comps)+len(feedback) > maxRows {
		comps = comps[:maxRows-len(feedback)]
	}
	comps = append(comps, feedback...)
	return &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{fitEmbed(e)}, Components: comps}
}

// paraLabel names a citation's place: "¶3", or "source line" for 0.
func paraLabel(n int) string {
	if n == 0 {
		return "source line"
	}
	return fmt.Sprintf("¶%d", n)
}

// pressEntry answers a related-question or suggestion button.
func pressEntry(s *Set, i *discordgo.Interaction, id string) (*discordgo.InteractionResponse, Result) {
	a, ok := s.engine.AnswerEntry(id)
	if !ok {
		return Notice("That question is no longer in my notes. Ask again with /ask."), Result{Kind: ResultRejected}
	}
	asked := s.asked(ViaRelated, a.Question, a)
	return message(s.renderAnswer(a, asked.ID), s.private(i)), Result{Kind: ResultAnswered, Asked: asked}
}

// pressParagraph shows a whole paragraph of the report, privately: it is
// for the one reader checking a citation.
func pressParagraph(s *Set, i *discordgo.Interaction, arg string) (*discordgo.InteractionResponse, Result) {
	n, err := strconv.Atoi(arg)
	p := s.engine.Pack()
	text, ok := p.Paragraph(n)
	if err != nil || n < 1 || !ok {
		return Notice("That paragraph is not in the report."), Result{Kind: ResultRejected}
	}
	e := &discordgo.MessageEmbed{
		Title:       fmt.Sprintf("¶%d of %d", n, len(p.Paragraphs)),
		Description: text,
		Color:       colorInfo,
		Footer:      &discordgo.MessageEmbedFooter{Text: "Source: " + p.Source},
	}
	asked := &Asked{Via: ViaParagraph, Question: paraLabel(n), Outcome: ViaParagraph}
	if s.opts.Feedback { // recorded too, though nothing to vote on
		asked.ID = newID()
	}
	return message(&discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{fitEmbed(e)}}, true), Result{Kind: ResultOther, Asked: asked}
}
