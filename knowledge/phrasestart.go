package knowledge

// Reading a question tries, at each word, the pack's phrases that start
// with its stem, longest first. A common first word starts a hundred
// ("in", "what", "which"), and nearly all of them fail at their second
// word: a turn reads two or three texts, so trying them was a good part of
// a turn. A phraseStart keeps, beside each phrase, its length and second
// stem, side by side in one array, so that a phrase is read only when its
// second word is the question's next.

// phraseStart is a phrase, as one of those that start with a stem.
type phraseStart struct {
	p      *phrase
	second string // the second stem; "" for a one-word phrase
	n      int    // len(p.stems)
}

// phraseStarts returns the phrases by their first stem (as phrases holds
// them, and in the same order) as phraseStarts.
func phraseStarts(phrases map[string][]*phrase) map[string][]phraseStart {
	n := 0
	for _, ps := range phrases {
		n += len(ps)
	}
	all := make([]phraseStart, 0, n) // one array for all
	starts := make(map[string][]phraseStart, len(phrases))
	for first, ps := range phrases {
		from := len(all)
		for _, p := range ps {
			s := phraseStart{p: p, n: len(p.stems)}
			if s.n > 1 {
				s.second = p.stems[1]
			}
			all = append(all, s)
		}
		starts[first] = all[from:len(all):len(all)]
	}
	return starts
}

// fits reports whether the phrase's words after its first can start at
// stems[next]: they are not too many, and the first of them is there.
func (s phraseStart) fits(stems []string, next int) bool {
	return next+s.n-1 <= len(stems) && (s.n == 1 || stems[next] == s.second)
}
