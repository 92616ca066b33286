package knowledge

import "slices"

// A filler phrase ("the article says", "what does the report say about")
// is often written with a word inside it that only colours it: "what does
// the article actually say about Kursk?", "what does the report even say
// about Budanov", or, in the progressive, "what the report is saying about
// Budanov". Read as words, the phrase is broken, and its "say" is left
// behind as a question of who says what. So a filler phrase is also read
// across one word of its inside that is a filler itself (one of the pack's
// one-word fillers: "actually", "basically"), a word that only stresses
// ("really", "even"), an adverb the pack does not know ("honestly"), or a
// form of "be" before a verb in -ing ("is saying"). Only fillers: the
// words of any other phrase mean what they say where they stand.

// stressWords only stress the phrase they stand in.
var stressWords = setOf("really", "even", "ever", "just", "truly")

// beforeIng are the forms of "be" of a progressive ("is saying").
var beforeIng = setOf("is", "are", "was", "were")

// fillerAcross returns the end of a filler phrase among ps, the phrases
// that start at word i, read across one word inside it (see above); ok
// is false if none is. A cheap look at the next few words comes first:
// nearly every question has no such word.
func (a *analyzer) fillerAcross(ps *startsWith, ws, stems []string, i int) (end int, ok bool) {
	if !ps.longFiller {
		return 0, false
	}
	gap := -1
	for j := i + 1; j < len(ws) && j <= i+4; j++ {
		if a.gapWord(ws, stems, j) {
			gap = j
			break
		}
	}
	if gap < 0 {
		return 0, false
	}
	k := gap - i // the phrase's words before the gap
	for _, s := range ps.all {
		if s.p.kind != KindFiller || s.n <= k || i+s.n+1 > len(stems) {
			continue
		}
		if slices.Equal(s.p.stems[:k], stems[i:gap]) && slices.Equal(s.p.stems[k:], stems[gap+1:i+s.n+1]) {
			return i + s.n + 1, true
		}
	}
	return 0, false
}

// gapWord reports whether word j may stand inside a filler phrase.
func (a *analyzer) gapWord(ws, stems []string, j int) bool {
	w := ws[j]
	switch {
	case stressFilter.may(w) && stressWords[w]:
		return true
	case beforeIngFilter.may(w) && beforeIng[w]:
		return j+1 < len(ws) && len(ws[j+1]) > 4 && ws[j+1][len(ws[j+1])-3:] == "ing"
	case isAdverb(w) && !a.isKnown(w):
		return true
	}
	ps := a.starts[stems[j]]
	return ps != nil && slices.Contains(ps.fillerWords, w)
}

// isFrameWord reports whether the word w alone is a frame of the pack
// ("article", "report").
func (a *analyzer) isFrameWord(w string) bool {
	ps := a.starts[a.stem(w)]
	return ps != nil && ps.frame
}

// isFillerWord reports whether the word w alone is a filler of the pack
// ("po", "na", "basically"): it says nothing of what is asked.
func (a *analyzer) isFillerWord(w string) bool {
	ps := a.starts[a.stem(w)]
	return ps != nil && slices.Contains(ps.fillerWords, w)
}
