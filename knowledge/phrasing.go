package knowledge

import (
	"slices"
	"strings"
)

// A question that only asks how to put something ("How would you put
// it?", "how would you explain that?") after a statement that carries a
// question of its own ("A student asked me who the prisoners in this
// article actually are.") asks that question: the asker wants its answer
// in words they can pass on. Read as it stands, "how" would ask by what
// means, and "it" would be what the statement names.

// askPhrasedStatement makes such a question the statement before it.
func (m *messageSentences) askPhrasedStatement() {
	if len(m.questions) == 2 && asksPhrasing(m.qwords[1]) && carriesQuestion(m.qwords[0]) && !strings.HasSuffix(strings.TrimSpace(m.questions[0]), "?") {
		// "my students will ask what ... was called. What should I
		// tell them?": the report of a question, read as a question of
		// its own for its word of asking, is the question
		m.questions, m.qwords = m.questions[:1], m.qwords[:1]
		return
	}
	n := len(m.statements)
	if n == 0 || len(m.questions) != 1 || !asksPhrasing(m.qwords[0]) || !carriesQuestion(m.swords[n-1]) {
		return
	}
	m.questions, m.qwords = []string{m.statements[n-1]}, [][]string{m.swords[n-1]}
	m.statements, m.swords = m.statements[:n-1], m.swords[:n-1]
}

// asksPhrasing reports whether ws only asks how to put what was said:
// "how" and a verb of saying, with nothing else but pronouns and
// auxiliaries.
func asksPhrasing(ws []string) bool {
	if len(ws) > 0 && ws[0] == "what" {
		// "what should I tell them?", "what do I say to my students?":
		// what the asker is to say, asked of themselves
		return slices.ContainsFunc(ws, func(w string) bool { return tellingVerbs[w] }) && (slices.Contains(ws, "i") || slices.Contains(ws, "we")) &&
			!slices.ContainsFunc(ws[1:], func(w string) bool {
				return !tellingVerbs[w] && !modals[w] && !doAux[w] && !askingYouWords[w] && !phrasingFiller[w]
			})
	}
	if len(ws) == 0 || ws[0] != "how" || !slices.ContainsFunc(ws, func(w string) bool { return phrasingVerbs[w] }) {
		return false
	}
	return !slices.ContainsFunc(ws[1:], func(w string) bool {
		return !phrasingVerbs[w] && !modals[w] && !doAux[w] && !askingYouWords[w] && !phrasingFiller[w]
	})
}

// carriesQuestion reports whether a statement reports a question ("a
// student asked me who ...", "my son wonders why ..."): a word of asking
// with a question word after it.
func carriesQuestion(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if isQuestionWord(ws[i]) && slices.ContainsFunc(ws[max(0, i-3):i], func(w string) bool { return reportedAsking[w] }) {
			return true
		}
	}
	return false
}

var (
	// phrasingVerbs put something in words.
	phrasingVerbs = setOf("put", "phrase", "word", "explain", "say", "describe", "answer")
	// tellingVerbs, after "what", ask what the asker is to say: "what
	// should I tell them?"
	tellingVerbs = setOf("tell", "say", "answer", "reply", "respond")
	// phrasingFiller may stand beside them: "how would you put it
	// simply?"
	phrasingFiller = setOf("it", "that", "this", "i", "you", "we", "them", "to", "simply", "briefly", "best", "in", "a", "way", "kid", "kids", "student", "students", "him", "her", "my", "class", "pupils", "child", "children")
	// reportedAsking report a question someone asked.
	reportedAsking = setOf("asked", "asks", "ask", "asking", "wonders", "wondered", "wondering", "wants")
)
