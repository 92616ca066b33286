package knowledge

import (
	"slices"
	"strings"
)

// A pronoun may be said again by name between commas ("what he said, the
// minister, about support ukraine?"): the name says whom the pronoun
// means, so the question is asked of it, and nothing is asked back. The
// commas are what tell it from an object ("what did he tell the
// minister?"), so this reads the text, not its words.

// pronounNamed returns the words of q with a he, she or they put in the
// place of the name set between commas right after the clause that holds
// it, the name dropped where it stood; ok is false when q has no such
// name, or its clause no one pronoun.
func (e *Engine) pronounNamed(q string) ([]string, bool) {
	if !strings.Contains(q, ",") {
		return nil, false // no name set off by a comma: nothing to split or read
	}
	parts := strings.Split(q, ",")
	if out, ok := e.namedFirst(parts); ok {
		return out, true
	}
	for i := 1; i < len(parts); i++ {
		named := sentenceWords(parts[i])
		if len(named) == 0 || len(named) > 4 {
			continue
		}
		an := e.an.analyzeWords(named, true)
		if len(an.terms) != 1 || len(an.unknown) > 0 || an.terms[0].kind != KindEntity && an.terms[0].kind != KindRole {
			continue
		}
		before := sentenceWords(parts[i-1])
		refs := findReferences(before)
		if len(refs) != 1 || refs[0].want != "he" && refs[0].want != "she" && refs[0].want != "they" {
			return nil, false
		}
		r := refs[0]
		out := slices.Concat(before[:r.at:r.at], named, before[r.end:])
		for _, p := range parts[i+1:] {
			out = append(out, sentenceWords(p)...)
		}
		return out, true
	}
	return nil, false
}

// namedFirst reads the name set before the comma of a question whose
// clause after it holds the one pronoun that agrees with it ("and
// Budanov, is he Korean too?", "so Kyiv, have they agreed?"): the
// pronoun is that name, and the question is asked of it.
func (e *Engine) namedFirst(parts []string) ([]string, bool) {
	if len(parts) != 2 {
		return nil, false
	}
	named := sentenceWords(parts[0])
	for len(named) > 0 && movesOn[named[0]] {
		named = named[1:]
	}
	if len(named) == 0 || len(named) > 4 || whWords[named[0]] || named[0] == "about" {
		// ("what about russia, what are they doing?" is a topic put
		// as a question, read as such)
		return nil, false
	}
	an := e.an.analyzeWords(named, true)
	if len(an.unknown) > 0 {
		return nil, false
	}
	clause := sentenceWords(parts[1])
	refs := findReferences(clause)
	if len(refs) != 1 || refs[0].poss {
		return nil, false
	}
	r := refs[0]
	if oneNamed(named) && (r.word == "it" || r.word == "that") {
		// "the bigger one, who came up with it?": of that one, not of
		// a thing the last answer named (leftgroup.go)
		return slices.Concat(clause[:r.at:r.at], named, clause[r.end:]), true
	}
	if g, ok := groupNamed(an, named); ok {
		// "the north korean army, what it learn from this war?", "and
		// the prisoners, they must do something first?" (leftgroup.go)
		if !leftGroupAgrees(g, r, clause) {
			return nil, false
		}
		return slices.Concat(clause[:r.at:r.at], named, clause[r.end:]), true
	}
	if len(named) > 3 || len(an.terms) != 1 || an.terms[0].kind != KindEntity || !asksAsQuestion(clause) {
		return nil, false
	}
	rf, ok := e.referentInfo[an.terms[0].text]
	if !ok {
		return nil, false
	}
	if agrees := rf.class == "person" && r.want == rf.pronoun || rf.class != "person" && r.want == "they"; !agrees {
		return nil, false
	}
	return slices.Concat(clause[:r.at:r.at], named, clause[r.end:]), true
}
