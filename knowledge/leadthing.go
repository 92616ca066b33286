package knowledge

import "strings"

// A long message may name its question through a lead-in that asks
// nothing itself: "Anyway the thing I'm trying to figure out is when was
// the last time north korea fought in a war?", "The main thing she keeps
// asking is whether any prisoner can just go to South Korea?", "the part
// I don't get is why Russia needs them". Read whole, the lead-in's words
// ("figure", "keeps asking") and its "she" (the asker's grandmother, not
// one of the report's people) sink the question or ask it back. So a
// sentence with such a lead-in, "the" or "my" (and one word more, "main",
// "real") then "thing", "question", "part" or "point", a few words, and
// "is" or "was" right before a question word, "whether" or "if", is asked
// as what follows the lead-in alone, when that answers; a message the
// rest of which it does not answer is read as before.

// leadNouns name the question a lead-in points at.
var leadNouns = setOf("thing", "question", "part", "point", "bit", "issue", "q")

// leadOpeners open a lead-in.
var leadOpeners = setOf("the", "my", "her", "his", "our", "their")

// answerPastLeadIn answers question by the clause after a lead-in of one
// of its sentences (see above), when one has it and that clause answers.
func (e *Engine) answerPastLeadIn(question string, tr *trace) (Answer, bool) {
	if !strings.Contains(question, " is ") && !strings.Contains(question, " was ") {
		return Answer{}, false // (nearly every question: no lead-in)
	}
	for _, s := range splitMessage(question) {
		ws := tr.readWords(s) // (only read: its end is joined)
		if k := leadInEnd(ws); k > 0 {
			return e.askedAs(question, strings.Join(ws[k:], " ")+"?", "asked without the lead-in that names it", tr)
		}
	}
	return Answer{}, false
}

// leadInEnd returns the index of the first word after a lead-in among ws
// (see above), or 0 if none is.
func leadInEnd(ws []string) int {
	for i, w := range ws {
		if !leadOpeners[w] {
			continue
		}
		n := i + 1
		if n < len(ws) && !leadNouns[ws[n]] {
			n++ // "the main thing", "my real question"
		}
		if n >= len(ws) || !leadNouns[ws[n]] {
			continue
		}
		for j := n + 1; j < len(ws)-2 && j <= n+7; j++ {
			if ws[j] != "is" && ws[j] != "was" {
				continue
			}
			if next := ws[j+1]; isQuestionWord(next) || next == "whether" || next == "if" && j > n+1 {
				// (not "the thing is, if they wanted to go ...": a remark)
				return j + 1
			}
			break
		}
	}
	return 0
}
