package commands

import (
	"fmt"
	"strings"

	"reportbot/knowledge"
)

// PlainText renders an answer for a terminal: the same content as the
// Discord embed (answer, citations, source, related questions) as text.
func PlainText(a knowledge.Answer) string {
	var b strings.Builder
	b.WriteString(a.Text)
	for _, c := range a.Citations {
		if c.Quote == a.Text {
			// the answer is the report's own sentence: quoted once, with
			// its place, as the embed does
			fmt.Fprintf(&b, " [%s]", paraLabel(c.Paragraph))
		}
	}
	b.WriteString("\n")
	for _, c := range a.Citations {
		if c.Quote != a.Text {
			fmt.Fprintf(&b, "  [%s] %q\n", paraLabel(c.Paragraph), c.Quote)
		}
	}
	if a.Answered {
		src := "Source: " + a.Source
		if a.AsOf != "" {
			src += " (as of " + a.AsOf + ")"
		}
		b.WriteString(src + "\n")
	}
	if len(a.Related) > 0 {
		if a.Answered {
			b.WriteString("You could also ask:\n")
		}
		for i, r := range a.Related {
			// numbered: in the terminal chat, typing the number asks it
			fmt.Fprintf(&b, "  %d) %s\n", i+1, r)
		}
	}
	return b.String()
}

// LimitedAnswerIn is LimitedAnswer in a conversation: it returns the
// conversation with the question (unchanged when it was too long).
func LimitedAnswerIn(engine *knowledge.Engine, c knowledge.Conversation, question string, max int) (knowledge.Answer, knowledge.Conversation) {
	notice, over := TooLong(question, max)
	if !over {
		return engine.AnswerIn(c, question)
	}
	return Refusal(engine, question, notice), c
}

// Refusal is an answer that only tells the user why their input was not
// read (too long, not a question a line can carry).
func Refusal(engine *knowledge.Engine, question, notice string) knowledge.Answer {
	return knowledge.Answer{
		Question: question, Outcome: knowledge.Invalid, Text: notice, Source: engine.Pack().Source,
		Citations: []knowledge.Citation{}, Related: []string{}, RelatedIDs: []string{},
	}
}

// LimitedAnswer answers a question typed in a terminal under the same
// length limit as on Discord: over it, the answer is the same notice.
func LimitedAnswer(engine *knowledge.Engine, question string, max int) knowledge.Answer {
	notice, over := TooLong(question, max)
	if !over {
		return engine.Answer(question)
	}
	return Refusal(engine, question, notice)
}

// Wrap wraps text at width characters without splitting a word (a word
// longer than the width stands on a line of its own). A wrapped line goes
// on under where its text starts: past its indent, and past a list
// marker ("  1) ", "  [¶3] ").
func Wrap(text string, width int) string {
	var b strings.Builder
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		wrapLine(&b, line, width)
	}
	return b.String()
}

func wrapLine(b *strings.Builder, line string, width int) {
	if runes(line) <= width {
		b.WriteString(line)
		return
	}
	body := strings.TrimLeft(line, " ")
	indent := len(line) - len(body)
	hang := indent
	if m, _, ok := strings.Cut(body, " "); ok && (strings.HasSuffix(m, ")") || strings.HasPrefix(m, "[") && strings.HasSuffix(m, "]")) && runes(m) <= 6 {
		hang += runes(m) + 1
	}
	b.WriteString(line[:indent])
	col := indent
	for j, w := range strings.Fields(body) {
		n := runes(w)
		switch {
		case j == 0:
		case col+1+n > width:
			b.WriteByte('\n')
			b.WriteString(strings.Repeat(" ", hang))
			col = hang
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += n
	}
}
