package knowledge

import "slices"

// "So what was that last bit about?" points at the last thing said, by its
// place among what was said ("that last bit", "this earlier part", "the
// previous thing"): a reference, as "that" is. Read as words, "last" is
// the report's "since the 1950s" (the last time North Korea fought), and
// a first message so asked was answered with it, for a bit nobody said.
// It is read as the "that" it is, of the last answer: with none, that
// asks of nothing and is turned down. "The last time", "the last
// paragraph" say which time or paragraph, and are no reference: only
// "that" or "this", then the place word, then a passage's noun ("bit",
// "part", "line") or "thing" make one ("the last part" may be the
// report's).

// lastBitAsThat returns ws with a reference by the place of a passage
// said ("that last bit") read as "that", and whether it has one.
func lastBitAsThat(ws []string) ([]string, bool) {
	for i := range ws {
		if end, ok := placedPassage(ws, i); ok {
			return slices.Concat(ws[:i], []string{"that"}, ws[end:]), true
		}
	}
	return nil, false
}

// placedPassage returns where a reference by the place of a passage said
// ("that last bit") starting at ws[i] ends, and whether one does.
func placedPassage(ws []string, i int) (int, bool) {
	if i+2 >= len(ws) || !passageDeterminers[ws[i]] || !placeInTalk[ws[i+1]] {
		return 0, false
	}
	if n := ws[i+2]; !passageNouns[n] && n != "thing" {
		return 0, false
	}
	return i + 3, true
}

// placeInTalk say which of the things said: the last, or one before it.
var placeInTalk = setOf("last", "earlier", "previous")

// passageDeterminers open a reference by a passage's place.
var passageDeterminers = setOf("that", "this")
