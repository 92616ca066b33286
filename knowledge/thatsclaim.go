package knowledge

import "slices"

// A follow-up that opens with "that's" or "it's" and states what it says
// the last answer is ("so that's 4000 in january?", "it's from ukraine,
// right?") puts a claim about that answer to check: its "'s" is "is",
// never a possessive ("its" is written without one). Read as the word
// "'s", the claim reads as a fragment of the last question ("how many nk
// casualties 4000 in january"), which nothing answers; with "is" it is
// checked as "that is 4000 in january?" is, by what the report gives.

// thatsIs returns ws with the "'s" after an opening "that", "it" or
// "this" as "is", without the words before it that only move the talk on
// ("so that's", which would make it a fragment); ok is false when ws does not open so, or when the "'s" is "has"
// ("it's been confirmed?").
func thatsIs(ws []string) ([]string, bool) {
	i := 0
	for i < len(ws) && movesOn[ws[i]] {
		i++
	}
	if i+2 >= len(ws) || ws[i+1] != "'s" || ws[i] != "that" && ws[i] != "it" && ws[i] != "this" {
		return nil, false
	}
	if ws[i+2] == "been" || ws[i+2] == "got" || ws[i+2] == "gotten" {
		return nil, false
	}
	rw := slices.Clone(ws[i:])
	rw[1] = "is"
	return rw, true
}
