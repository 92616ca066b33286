package knowledge

import (
	"slices"
	"strings"
)

// foldedParagraphs returns the sentences of paragraph n (0: the source
// line) at n, folded once for all the quotes that cite it.
func (p *Pack) foldedParagraphs() [][]sentence {
	folded := make([][]sentence, len(p.Paragraphs)+1)
	for n := range folded {
		text, _ := p.Paragraph(n)
		folded[n] = foldSentences(text)
	}
	return folded
}

// foldedText is the whole report, source line included, folded as quotes
// are compared: a shown quote must be in it.
func (p *Pack) foldedText() string {
	return foldQuote(strings.Join(append(slices.Clone(p.Paragraphs), p.SourceLine), " "))
}

// sentence is one sentence of the report, folded once for finding quotes.
type sentence struct{ text, folded string }

// foldSentences splits a paragraph into sentences and folds each.
func foldSentences(p string) []sentence {
	ss := sentences(p)
	out := make([]sentence, len(ss))
	for i, s := range ss {
		out[i] = sentence{text: s, folded: foldQuote(s)}
	}
	return out
}

// findQuote finds quote in one of the sentences, where curly and straight
// quotes and runs of white space count as the same. It returns the
// sentence's own characters for the match.
func findQuote(in []sentence, quote string) (string, bool) {
	q := foldQuote(quote)
	if q == "" {
		return "", false
	}
	for _, s := range in {
		at := strings.Index(s.folded, q)
		if at < 0 {
			continue
		}
		if s.folded == s.text {
			return s.text[at : at+len(q)], true
		}
		_, idx := foldWithIndex(s.text) // only for the sentence it is in
		last := idx[at+len(q)-1]
		return s.text[idx[at] : last+runeLenAt(s.text, last)], true
	}
	return "", false
}

func runeLenAt(s string, i int) int {
	for j := range s[i:] {
		if j > 0 {
			return j
		}
	}
	return len(s) - i
}
