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
	b.WriteString("\n")
	for _, c := range a.Citations {
		fmt.Fprintf(&b, "  [%s] %q\n", paraLabel(c.Paragraph), c.Quote)
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
