package knowledge

import "slices"

// placeScopes lists the places a "where" question asks within beyond the
// ones scopes reads after "where": a place the question itself sends them
// to before asking where ("If the prisoners move to South Korea, where
// would they live?" asks where in South Korea, which "within its borders"
// does not answer), and a country the question names where it asks a
// place finer than a country ("where will South Korea put them ... what
// city?", "which region of Russia?": a city is in a country). A wrong
// answer costs more than a decline: the country asked within is no
// answer, a place within it (Kursk) still is (see scopeGuard).
func placeScopes(ws []string, ts []term, referents map[string]referent) []string {
	if !asksWhere(ts) {
		return nil
	}
	out := placesAfter(ws, ts, sentTo)
	if slices.ContainsFunc(ts, func(t term) bool {
		return isWhere(t) && slices.ContainsFunc(ws[t.pos:t.end], func(w string) bool { return finerPlace[w] })
	}) {
		for _, t := range ts {
			if t.kind == KindEntity && !t.qualifier && referents[t.text].class == "country" && !offeredPlace(ws, t) {
				out = append(out, t.text)
			}
		}
	}
	return out
}

// sentTo are the words before a place someone is sent or moves to.
var sentTo = setOf("to", "into")

// finerPlace are the words of a "where" that ask a place within a
// country (the pack reads "what city", "which region" as "where").
var finerPlace = setOf("city", "cities", "town", "towns", "region", "regions", "oblast", "province", "district", "locality")

// scopeDropped returns a place the question an asks within (see scopes and
// placeScopes) that its reading at no longer asks within, if any: "If the
// prisoners move to South Korea, where would they live?" read with the
// premise's names for "they" ("where would prisoners and South Korea
// live?") asks where they go, which "South Korea" would answer. Like a
// kind of question (see kindDropped), the place asked within is kept.
func (e *Engine) scopeDropped(an, at analysis) (string, bool) {
	was := append(scopes(an.words, an.terms), placeScopes(an.words, an.terms, e.referentInfo)...)
	if len(was) == 0 {
		return "", false
	}
	if !asksWhere(at.terms) {
		return "", false // a reading that asks no where asks within nothing
	}
	now := append(scopes(at.words, at.terms), placeScopes(at.words, at.terms, e.referentInfo)...)
	for _, p := range was {
		if !slices.Contains(now, p) {
			return p, true
		}
	}
	return "", false
}

func isWhere(t term) bool { return t.kind == KindQuestion && t.text == whereTerm }

func asksWhere(ts []term) bool { return slices.ContainsFunc(ts, isWhere) }
