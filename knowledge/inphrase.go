package knowledge

import "slices"

// A pronoun inside a phrase the pack reads as one term ("all of them",
// "force them", "want it") is part of that term: the pack means the
// phrase with the pronoun in it, and resolved, the phrase would no
// longer read ("all of north soldiers" names only the soldiers).

// inPhrase reports whether the reference r, any but "it", lies within a
// phrase of the pack in ws that is not filler (see fillerref.go).
func (a *analyzer) inPhrase(ws []string, r reference) bool {
	if r.want == "it" {
		return false
	}
	// only the words up to the reference's end are read: their stems, on
	// the stack for most questions
	n := min(len(ws), max(r.end, r.at+1))
	var buf [32]string
	stems := buf[:0]
	for _, w := range ws[:n] {
		stems = append(stems, a.stem(w))
	}
	for i := 0; i <= r.at; i++ {
		for _, p := range a.phrases[stems[i]] {
			if p.kind == KindFiller || i+len(p.stems) != r.end || i+len(p.stems) > len(stems) {
				continue
			}
			if slices.Equal(p.stems, stems[i:i+len(p.stems)]) {
				return true
			}
		}
	}
	return false
}
