package knowledge

import (
	"slices"
	"strings"
)

// A complete question may be followed, after a comma or a dash, by the
// asker's own remark: "who's kyrylo budanov, need it for my notes doc
// lol", "what's the source mano, chat wants the link", "which missile did
// russia buff accuracy on, frame perfect answer pls". The remark speaks
// of the asker or the chat, not of the report, and its words ("notes",
// "doc", "link") dilute the match or point at another entry. So a message
// the whole of which is not answered is asked again without its last
// clause (or two) after a comma or dash, when that clause has no question
// word, speaks of the asker or the chat (askerTailWords), names none of
// the report's people, countries or bodies, nor a role, asks for no
// exactness and opens no alternative ("or ..."), and the question before
// it is a question of its own. A clause that carries what is asked ("who
// sent troops, and how many") keeps its question word and stays. A remark
// in brackets at the end ("(need it for my notes doc)"; one that laughs
// is set aside before, jokeaside.go), a word of how to answer ("roughly
// speaking") and a plea to be told ("can tell me or not") are remarks
// too; a clause with a figure ("need the 2025 one") is not.

// askerTailWords speak of the asker, the chat, or how they want the
// answer ("pls", "lol"): a clause with one of them is the asker's remark.
var askerTailWords = setOf("i", "i'm", "im", "i've", "ive", "i'd", "my", "me", "we", "our", "us",
	"chat", "pls", "plz", "please", "lol", "lmao", "lmfao", "kkkk", "kkk", "xd", "bro", "mano",
	"need", "needs", "want", "wants", "asking", "thx", "thanks", "ty",
	"roughly", "approximately", "ballpark", "briefly")

// pleaWords make a plea to be told after a question ("..., can tell me or
// not", "..., can you tell me pls"): a clause of them alone asks nothing
// of its own, though it opens as a question does.
var pleaWords = setOf("can", "could", "you", "u", "tell", "me", "us", "or", "not", "pls", "plz", "please", "answer")

func allPlea(ws []string) bool {
	return len(ws) > 1 && !slices.ContainsFunc(ws, func(w string) bool { return !pleaWords[w] })
}

// tailBreaks are where a remark after a question may start.
var tailBreaks = []string{", ", " - ", " — ", " – "}

// lastTailBreak returns where in s the last clause after a break starts,
// and where the break itself starts; -1 when s has none.
func lastTailBreak(s string) (start, brk int) {
	start, brk = -1, -1
	for _, b := range tailBreaks {
		if i := strings.LastIndex(s, b); i > brk {
			start, brk = i+len(b), i
		}
	}
	return start, brk
}

// withoutAskersTail returns question without its last clauses of the
// asker's remark (see above), and whether it had one.
func (e *Engine) withoutAskersTail(question string) (string, bool) {
	s := strings.TrimSpace(question)
	cut := false
	for range 2 {
		start, brk := lastTailBreak(s)
		if open := strings.LastIndexByte(s, '('); open > 0 && strings.HasSuffix(s, ")") && open > brk {
			// "... the kursk region (need it for my notes doc)"
			start, brk = open+1, open
			if !e.askersTail(s[start : len(s)-1]) {
				break
			}
			s, cut = strings.TrimRight(s[:brk], " ,;:-—–"), true
			continue
		}
		if start < 0 || !e.askersTail(s[start:]) {
			break
		}
		s, cut = strings.TrimRight(s[:brk], " ,;:-—–"), true
	}
	if !cut {
		return "", false
	}
	// the question is the sentence the remark ends: "What does
	// Switzerland say? We are neutral, so I am curious." has its remark
	// after a statement, and asks the first sentence (see beforeRemarks)
	sents := splitMessage(s)
	last := sents[len(sents)-1]
	ws, tws := sentenceWords(last), sentenceWords(afterTopic(last))
	if len(ws) < 2 || !isQuestion(last, ws) && !(len(tws) > 1 && isQuestion(afterTopic(last), tws)) && !slices.ContainsFunc(ws, isQuestionWord) || dropsExactness(question, strings.ToLower(s)) {
		return "", false
	}
	if !strings.HasSuffix(s, "?") {
		s += "?"
	}
	return s, true
}

// askersTail reports whether clause is the asker's own remark (see above).
func (e *Engine) askersTail(clause string) bool {
	ws := sentenceWords(clause)
	if len(ws) == 0 || len(ws) > 8 || ws[0] == "or" || ws[0] == "and" {
		return false
	}
	if slices.ContainsFunc(ws, isQuestionWord) || slices.ContainsFunc(ws, func(w string) bool { return exactWords[w] }) {
		return false
	}
	if allPlea(ws) {
		return true // "..., can tell me or not": a plea to be told
	}
	if slices.ContainsFunc(ws, func(w string) bool { return strings.ContainsAny(w, "0123456789") }) {
		return false // "..., need the 2025 one": a figure is what is asked
	}
	if isQuestion(strings.TrimRight(clause, "?!. "), ws) {
		return false // "— is there a byline we should use?" asks of its own
	}
	if !slices.ContainsFunc(ws, func(w string) bool { return askerTailWords[w] }) {
		return false
	}
	return !e.namesReportThing(ws)
}

// answerPastAskersTail answers question without its last clauses of the
// asker's remark, when it has some and the rest answers.
func (e *Engine) answerPastAskersTail(question string, tr *trace) (Answer, bool) {
	if !strings.Contains(question, ", ") && !strings.ContainsAny(question, "-—–(") {
		return Answer{}, false
	}
	rest, ok := e.withoutAskersTail(question)
	if !ok {
		return Answer{}, false
	}
	return e.askedAs(question, rest, "asked without the asker's remark after it", tr)
}
