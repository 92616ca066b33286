package knowledge

// Reading a question tries, at each word, the pack's phrases that start
// with its stem, longest first. A common first word starts a hundred
// ("in", "what", "which"), and nearly all of them fail at their second
// word: a turn reads two or three texts, so trying them was a good part of
// a turn. A phraseStart keeps, beside each phrase, its length and second
// stem, side by side in one array, so that a phrase is read only when its
// second word is the question's next.
//
// At the commonest first stems even that scan is long: "what", "in", "i"
// start a hundred phrases each, and a question reads two or three of
// them. A stem that starts many phrases keeps them by their second stem
// too (startsWith.bySecond), so that only those whose second word is
// there are tried, in the same order, and then the one-word ones, which
// come last in the order (longest first) anyway.

// phraseStart is a phrase, as one of those that start with a stem.
type phraseStart struct {
	p      *phrase
	second string // the second stem; "" for a one-word phrase
	n      int    // len(p.stems)
}

// startsWith are the phrases that start with one stem.
type startsWith struct {
	all []phraseStart // longest first, as phrases holds them
	// bySecond, for a stem that starts more than manyStarts phrases,
	// holds those of two words or more by their second stem, each list
	// in all's order; ones are then the one-word phrases.
	bySecond map[string][]phraseStart
	ones     []phraseStart
	// longFiller says a filler of two words or more is among them, which
	// a filler read across a word inside it needs (fillergap.go);
	// fillerWords are the words of the one-word fillers, and frame says
	// a one-word frame ("article") is among them: what fillergap.go asks
	// of a word, known at load rather than looked for among a hundred
	// phrases of "what" each time.
	longFiller  bool
	fillerWords []string
	frame       bool
}

// manyStarts is how many phrases a stem starts before they are kept by
// their second stem too: a lookup costs about as much as trying a dozen.
const manyStarts = 12

// phraseStarts returns the phrases by their first stem (as phrases holds
// them, and in the same order) as phraseStarts.
func phraseStarts(phrases map[string][]*phrase) map[string]*startsWith {
	n := 0
	for _, ps := range phrases {
		n += len(ps)
	}
	all := make([]phraseStart, 0, n) // one array for all
	starts := make(map[string]*startsWith, len(phrases))
	for first, ps := range phrases {
		from := len(all)
		for _, p := range ps {
			s := phraseStart{p: p, n: len(p.stems)}
			if s.n > 1 {
				s.second = p.stems[1]
			}
			all = append(all, s)
		}
		sw := &startsWith{all: all[from:len(all):len(all)]}
		for _, s := range sw.all {
			switch {
			case s.p.kind == KindFiller && s.n > 1:
				sw.longFiller = true
			case s.p.kind == KindFiller:
				sw.fillerWords = append(sw.fillerWords, s.p.words[0])
			case s.p.kind == KindFrame && s.n == 1:
				sw.frame = true
			}
		}
		if len(sw.all) > manyStarts {
			sw.bySecond = map[string][]phraseStart{}
			for _, s := range sw.all {
				if s.n > 1 {
					sw.bySecond[s.second] = append(sw.bySecond[s.second], s)
				} else {
					sw.ones = append(sw.ones, s)
				}
			}
		}
		starts[first] = sw
	}
	return starts
}

// fitting returns the phrases of sw that may go on at stems[next]: those
// of two words or more whose second stem is there (or all, for a stem
// that starts few), and the one-word ones, each in sw.all's order. sw may
// be nil, for a stem that starts none.
func (sw *startsWith) fitting(stems []string, next int) (long, ones []phraseStart) {
	switch {
	case sw == nil:
		return nil, nil
	case sw.bySecond == nil:
		return sw.all, nil
	case next < len(stems):
		return sw.bySecond[stems[next]], sw.ones
	}
	return nil, sw.ones
}

// fits reports whether the phrase's words after its first can start at
// stems[next]: they are not too many, and the first of them is there.
func (s phraseStart) fits(stems []string, next int) bool {
	return next+s.n-1 <= len(stems) && (s.n == 1 || stems[next] == s.second)
}
