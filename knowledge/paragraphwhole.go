package knowledge

import (
	"slices"
	"strings"
)

// paragraphWhole returns the entries that together tell what paragraph p
// says, for a question that only points at it ("what does paragraph 6
// say?"): for each of its sentences in order, the first entry in the pack
// whose first quote is of that paragraph and lies in that sentence. One
// entry alone tells one sentence of a paragraph of two ("Last year, North
// Korea dispatched ..." is not what paragraph 6 says of Kursk). lead, the
// entry paragraphLead found, is the answer when no sentence has an entry,
// so the list is never empty (answer keeps lead if it were).
func (e *Engine) paragraphWhole(p, lead int) []candidate {
	if p == lastParagraph {
		p = len(e.pack.Paragraphs)
	}
	if p < 1 || p > len(e.pack.Paragraphs) {
		return []candidate{{entry: lead, score: 1}}
	}
	type quoted struct {
		entry int
		quote string
	}
	var of []quoted // the entries whose first quote is of p, in pack order, each quote folded once
	for i, en := range e.pack.Entries {
		if len(en.Citations) == 0 || en.Citations[0].Paragraph != p {
			continue
		}
		if q := foldQuote(en.Citations[0].Quote); q != "" {
			of = append(of, quoted{i, q})
		}
	}
	var found []candidate
	for _, s := range foldSentences(e.pack.Paragraphs[p-1]) {
		k := slices.IndexFunc(of, func(q quoted) bool { return strings.Contains(s.folded, q.quote) })
		if k < 0 {
			continue
		}
		if i := of[k].entry; !slices.ContainsFunc(found, func(c candidate) bool { return c.entry == i }) {
			found = append(found, candidate{entry: i, score: 1})
		}
	}
	if len(found) == 0 {
		return []candidate{{entry: lead, score: 1}}
	}
	return found
}

// asksAboutParagraph reports whether the words left of a question after
// the words that point at a paragraph, all stop words, ask what it is
// about ("what's paragraph 2 about", "what is in paragraph 4?"): then they
// ask what it says, as "what does paragraph 2 say?" does. A pointer with
// no such word ("paragraph 2?") is left as it was. A word asking the gist
// asks so too ("summarize para 5").
func asksAboutParagraph(rest []string) bool {
	asks := false
	for _, w := range rest {
		if !stopWords[w] && !gistWords[w] && !summing[w] {
			return false
		}
		if w == "about" || w == "what" || w == "whats" || gistWords[w] || summing[w] {
			asks = true // "summarize para 5" asks what it says
		}
	}
	return asks
}
