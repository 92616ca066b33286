package knowledge

import "slices"

// A pronoun inside a phrase the pack reads as one term ("all of them",
// "force them", "want it") is part of that term: the pack means the
// phrase with the pronoun in it, and resolved, the phrase would no
// longer read ("all of north soldiers" names only the soldiers). So is
// one inside a phrase the pack reads as filler ("I mixed them up, Cho is
// the korean one"): it is part of how the question is put, not of what
// it asks, and resolved it would put a name into words that then no
// longer read as the filler ("i mixed defense intelligence up").

// phraseAt reports whether the reference r, any but "it", lies within a
// filler phrase of the pack in ws (filler: the phrase ends at or after
// the reference's end) and whether within a phrase that is not filler
// (other: the phrase ends at the reference's end). It stems ws once for
// both, on the stack for most questions. An "it" is resolved as before
// ("didn't it say 3k somewhere" is of the report): answered, that turn
// would make a "source?" after it the figure's, where the sets ask the
// report's. But an "it" that ends a filler of three words or more ("whats
// the source I need to cite it") is the filler's, and resolved would keep
// the filler from reading and name a thing nobody asked of.
func (a *analyzer) phraseAt(ws []string, r reference) (filler, other bool) {
	it := r.want == "it" // (only a filler of three words or more that it ends: "I need to cite it")
	var buf [32]string
	stems := buf[:0]
	for _, w := range ws {
		stems = append(stems, a.stem(w))
	}
	for i := 0; i <= r.at && !(filler && other); i++ {
		// only the phrases whose second word is there: "what" alone
		// starts a hundred (see phrasestart.go)
		long, ones := a.starts[stems[i]].fitting(stems, i+1)
		for _, ps := range [2][]phraseStart{long, ones} {
			for _, s := range ps {
				end := i + s.n
				if !s.fits(stems, i+1) || !slices.Equal(s.p.stems, stems[i:end]) {
					continue
				}
				if it {
					filler = filler || s.p.kind == KindFiller && end == r.end && s.n >= 3
				} else if s.p.kind == KindFiller {
					filler = filler || end >= r.end
				} else {
					other = other || end == r.end
				}
			}
		}
	}
	return filler, other
}
