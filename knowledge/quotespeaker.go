package knowledge

import (
	"slices"
	"strings"
)

// Who speaks in an entry's quotes. An entry's answer may give what was
// said without naming who said it ("Only if they want to: ... must express
// interest"), while the quote it cites is that one's words: "He
// highlighted the condition that ...", in the paragraph of Cho's call.
// What a person said reaches such an entry (see speakerGuard, doerGuard
// and saidByOf): a quote whose subject says something, in one of the ways
// of saying (speechActs), has that one speak; a pronoun ("He highlighted")
// is the person its paragraph names last before the quote.

// learnQuoteSpeakers adds to spokenBy the persons the entry's quotes have
// say something. Not the country one acts for: that the quote has Cho say
// a thing the answer gives as no one's does not make the answer one of
// what Seoul says ("is seoul saying it will assist the pows?" asks of
// South Korea's own words).
func (f *entryFacts) learnQuoteSpeakers(p *Pack, en Entry, lex *analyzer) {
	for _, ci := range en.Citations {
		for _, s := range quoteSpeakers(p, ci, lex) {
			f.spokenBy[s] = true
		}
	}
}

// quoteSpeakers returns the persons a cited quote has say something.
func quoteSpeakers(p *Pack, ci Citation, lex *analyzer) []string {
	an := lex.analyze(resolvedQuote(p, ci, lex), false)
	var out []string
	for _, d := range deeds(an.words, an.terms, doers(an.words, an.terms)) {
		if !slices.Contains(speechActs, d.act) || d.forces || slices.Contains(out, d.doer) {
			continue
		}
		if slices.ContainsFunc(an.terms, func(t term) bool { return t.text == d.doer && t.person }) {
			out = append(out, d.doer)
		}
	}
	return out
}

// resolvedQuote is a cited quote with the pronoun it opens with ("He
// highlighted ...") put as the person its paragraph names last before
// it; the quote as it stands if it opens otherwise, or its paragraph
// names no one before it.
func resolvedQuote(p *Pack, ci Citation, lex *analyzer) string {
	first, rest, _ := strings.Cut(ci.Quote, " ")
	if !quotePronouns[strings.ToLower(first)] {
		return ci.Quote
	}
	text, ok := p.Paragraph(ci.Paragraph)
	if !ok {
		return ci.Quote
	}
	at := strings.Index(text, ci.Quote)
	if at <= 0 {
		return ci.Quote
	}
	before := lex.analyze(text[:at], false)
	for i := len(before.terms) - 1; i >= 0; i-- {
		if t := before.terms[i]; t.person {
			return strings.Join(before.words[t.pos:t.end], " ") + " " + rest
		}
	}
	return ci.Quote
}

// quotePronouns stand for one person as the subject of a sentence.
var quotePronouns = setOf("he", "she")
