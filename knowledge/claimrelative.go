package knowledge

import (
	"slices"
	"strings"
)

// A claim put to check may say two things, the second in a clause about
// a place the first names: "NK troops are fighting in Kursk, which is
// controlled by Ukraine, is that right?". Read whole, no entry states it
// (the entry of where they fight does not say whose Kursk is, the entry
// of whose it is does not say who fights there), and the one wrong detail
// (Ukraine) is not of the fact the claim is nearest, so it was declined.
// Read as its two claims, the first is confirmed ("NK troops are fighting
// in Kursk") and the second, its place put as the clause's subject
// ("Kursk is controlled by Ukraine"), is corrected as any claim is (the
// Kursk region is under Russian control): that correction is the answer.
// Only where the first is confirmed: a claim wrong in both ("Chinese
// troops fight in Kursk, which ...") is not answered by half of it.

// answerRelativeClaim answers a claim put to check whose relative clause
// ("..., which is ...") has the wrong detail, by the correction of that
// clause asked of its place, when the rest of the claim is confirmed.
func (e *Engine) answerRelativeClaim(question string, tr *trace) (Answer, bool) {
	if tr == nil {
		return Answer{}, false // (the engine's own reading: see answerFramedClaim)
	}
	if !holdsMark(question, whichMark) {
		// relativeParts cuts a claim at its "which", and a claim is
		// words of the message: one with no "which" puts none to
		// check, and its claim is not looked for (a tenth of an
		// answer's instructions)
		return Answer{}, false
	}
	claim, ok := e.claimText(question)
	if !ok {
		return Answer{}, false
	}
	main, rel, ok := e.relativeParts(claim)
	if !ok {
		return Answer{}, false
	}
	tr.note("a claim with a clause about its place: " + main + " / " + rel)
	ma := e.answer(main+", right?", tr)
	if !ma.Answered || !strings.HasPrefix(ma.Text, "Yes.") {
		tr.note("not answered so: the claim without the clause is not confirmed")
		return Answer{}, false
	}
	ra, ok := e.askedAs(question, rel+", right?", "the clause put to check of its place", tr)
	if !ok || startsPolar(ra.Text) && strings.HasPrefix(ra.Text, "Yes") {
		return Answer{}, false // (confirmed too: the claim read whole answers it)
	}
	return ra, true
}

// whichMark is the word a relative clause opens with (relativeParts).
var whichMark = marksOf("which")

// claimText returns the words of the claim a message puts to check: in a
// frame (framedClaim), or before a tail that asks whether it is true
// ("..., right?", "..., isn't it?").
func (e *Engine) claimText(question string) (string, bool) {
	if c, ok := e.framedClaim(question, nil); ok {
		return strings.TrimSuffix(c, ", right?"), true
	}
	s := strings.TrimSpace(question)
	if rest, ok := cutNegatedTag(s); ok {
		return rest, true
	}
	if rest, ok := cutCheckTail(s); ok && !strings.ContainsAny(rest, "?\n") {
		return rest, true
	}
	return "", false
}

// relativeParts splits claim at a "which" after a place it names ("...
// in the Kursk region, which is under Ukrainian control") into the claim
// without the clause and the clause with the place as its subject ("the
// Kursk region is under Ukrainian control"). The place is the words after
// the last preposition before "which" (placePrepositions), at most four, one of them a name
// the pack knows as a place; the clause has two words or more, no
// other "which" and no question word.
func (e *Engine) relativeParts(claim string) (main, rel string, ok bool) {
	fields := strings.Fields(claim)
	k := slices.IndexFunc(fields, func(f string) bool { return strings.EqualFold(f, "which") })
	if k < 2 || len(fields)-k-1 < 2 || slices.ContainsFunc(fields[k+1:], func(f string) bool { return strings.EqualFold(strings.Trim(f, ",."), "which") }) {
		return "", "", false
	}
	before := fields[:k]
	p := len(before) - 1
	for p >= 0 && !placePrepositions[strings.ToLower(before[p])] {
		p--
	}
	if p < 1 || len(before)-p-1 < 1 || len(before)-p-1 > 4 {
		return "", "", false
	}
	place := strings.TrimRight(strings.Join(before[p+1:], " "), ",;—–- ")
	an := e.an.analyze(place, false)
	if !slices.ContainsFunc(an.terms, func(t term) bool { return t.place }) {
		return "", "", false
	}
	if slices.ContainsFunc(sentenceWords(strings.Join(fields[k+1:], " ")), isQuestionWord) {
		return "", "", false // "..., which is where exactly?" asks
	}
	main = strings.TrimRight(strings.Join(before, " "), ",;—–- ")
	rel = place + " " + strings.TrimRight(strings.Join(fields[k+1:], " "), ",.;—–- ")
	return main, rel, true
}

// relativeClause reports whether s, a claim, has a clause about a place
// it names (see relativeParts): its ", which is ..." states, and asks no
// question of its own as ", which one?" would (see asksInside).
func (e *Engine) relativeClause(s string) bool {
	_, _, ok := e.relativeParts(s)
	return ok
}
