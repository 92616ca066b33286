package knowledge

import "strings"

// English spells the same sound "ie" in some words and "ei" in others
// ("believe", "receive"), and writers swap the two: "recieved",
// "beleive". Swapped, with an ending after it, such a word is two edits
// from the pack's word ("recieved" from "receive"), past the typo index;
// but a swap of the pair is the likeliest slip of all, so a word the pack
// does not know is read as the one word the pack knows that swapping one
// of its "ie" or "ei" gives. The word read is the full word, "received",
// so that what reads the spelled word (a guard on who received an offer)
// sees it as if spelt right.

// ieSwapped returns the word w is with one "ie" written "ei" or the other
// way round, when exactly one such word is one the pack knows.
func (a *analyzer) ieSwapped(w string) (string, bool) {
	if !strings.Contains(w, "ie") && !strings.Contains(w, "ei") {
		return "", false // cheap: most words have neither
	}
	found := ""
	for i := 0; i+1 < len(w); i++ {
		var pair string
		switch w[i : i+2] {
		case "ie":
			pair = "ei"
		case "ei":
			pair = "ie"
		default:
			continue
		}
		swapped := w[:i] + pair + w[i+2:]
		if !a.isKnown(swapped) {
			continue
		}
		if found != "" && found != swapped {
			return "", false // two readings: no guess
		}
		found = swapped
	}
	return found, found != ""
}
