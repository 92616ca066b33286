package knowledge

import "slices"

// A claim may get two details of how a thing was done wrong at once: "did
// South Korea offer to take the prisoners during a summit in Washington?"
// (it was a phone call). The place is of the means the claim puts, right
// after it with an "in" or "at" between; the means is wrong, and the
// place with it: there was no summit to be in Washington. Asked without
// the place, the entry telling how the thing was done answers the claim,
// and is its correction though it names no other place: the means it
// states (the call) is the contrast to the means the place was of
// (placedMeans). A place asked of alone ("what was said at the summit in
// Washington?") is no claim put to check, and stays declined; so does a
// place after a means the entry itself states.

// placedMeans reports whether the name of detail d, a place, is where the
// claim's means was, the word right before it after "in" or "at", which
// entry en (one telling how a thing was done) does not say in its answer.
func (e *Engine) placedMeans(en int, d detail, an analysis) bool {
	if d.from == 0 || d.to != d.from+1 {
		return false
	}
	if c := e.nameClass(an, d.from); c != "place" && c != "country" {
		return false
	}
	means, name := an.terms[d.from-1], an.terms[d.from]
	if means.kind != KindWord || name.pos-means.end != 1 || !venueWords[an.words[means.end]] {
		return false
	}
	if !e.asksHow(en) {
		return false
	}
	return !slices.ContainsFunc(e.an.analyze(e.pack.Entries[en].Answer, false).terms, func(t term) bool { return t.text == means.text })
}

// venueWords put a place after the means that was there ("a summit in
// Washington", "a meeting at the UN").
var venueWords = setOf("in", "at")

// asksHow reports whether entry en answers how a thing was done.
func (e *Engine) asksHow(en int) bool {
	return slices.ContainsFunc(e.an.analyze(e.pack.Entries[en].Question, false).terms, func(t term) bool {
		return t.text == howTerm
	})
}
