package knowledge

import (
	"slices"
	"strings"
)

// "who said the xp part", "where's the kn-23 bit from?": "the X part"
// names a part of the report by what it says, as "the part about X"
// does; read whole, "part" is a word no entry has and sinks the question
// below coverage. So a question with "the" or "that", one to three words,
// then "part" or "bit" (not "the part", "the hard part": those are the
// words themselves), is asked with "the part about X" in their place,
// when that answers.

// answerPartAbout answers question as "the part about X" (see above).
func (e *Engine) answerPartAbout(question string, tr *trace) (Answer, bool) {
	if !strings.Contains(question, " part") && !strings.Contains(question, " bit") && !strings.Contains(question, " line") &&
		!strings.Contains(question, " passage") && !strings.Contains(question, " section") && !strings.Contains(question, " sentence") {
		return Answer{}, false // (nearly every question)
	}
	ws := sentenceWords(question)
	for i, w := range ws {
		if !passageNouns[w] || i < 2 {
			continue
		}
		for j := i - 2; j >= 0 && j >= i-4; j-- {
			if ws[j] != "the" && ws[j] != "that" {
				continue
			}
			what := ws[j+1 : i]
			if !e.namesPart(what) {
				break
			}
			asked := slices.Concat(ws[:j], []string{"the", "part", "about"}, what, ws[i+1:])
			return e.askedAs(question, strings.Join(asked, " ")+"?", "the X part asked as the part about X", tr)
		}
	}
	return Answer{}, false
}

// namesPart says the words before "part" say what the part is about: the
// pack reads them whole as its own terms (a word, key or name), none of
// them a plain stem or unknown. "the first part", "the hardest bit" say
// which part by its place or manner, words no term of the pack carries,
// so the pack decides and not a list of adjectives.
func (e *Engine) namesPart(what []string) bool {
	if len(what) == 0 || slices.ContainsFunc(what, func(x string) bool { return stopWords[x] }) {
		return false
	}
	a := e.an.analyzeWords(what, false)
	return len(a.unknown) == 0 && len(a.terms) > 0 && !slices.ContainsFunc(a.terms, func(t term) bool { return t.kind == "" || t.kind == KindQuestion })
}
