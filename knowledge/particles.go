package knowledge

import "slices"

// A phrasal verb may leave its particle after its object: "take the
// captives in", "shipped soldiers off to help Moscow", "rented his army
// out". The pack's aliases write the verb and the particle together
// ("take in", "shipped off"), so the particle is read back next to its
// verb, where the pack has that pair and the words between and after
// leave no other reading: nothing between is a preposition (in "pitch
// this in person" and "taking part in the war", "in" opens a place or a
// thing), and the particle ends the question or its clause.

// particles are the adverbs a phrasal verb may leave after its object.
var particles = setOf("in", "off", "out", "over", "away", "back", "up", "down")

// clauseEnds may follow a particle left after its object: they start the
// next clause or part ("take the POWs in or not", "ship soldiers off to
// Russia").
var clauseEnds = setOf("to", "or", "and", "so", "because", "but", "if", "regardless", "anyway", "then", "now", "yet", "already")

// joinParticles returns ws with each particle left after the object of a
// verb the pack pairs it with moved back next to the verb; ws itself if
// there is none.
func (a *analyzer) joinParticles(ws []string) []string {
	if len(ws) < 3 {
		return ws
	}
	// at bit k, whether ws[k] is a particle: a verb at i takes one only
	// at i+2 to i+4, so a verb with none there is not stemmed nor looked
	// up (a question of 64 words or more is read at every word)
	var at uint64
	if len(ws) >= 64 {
		at = ^uint64(0)
	} else {
		for k := 2; k < len(ws); k++ {
			if particleFilter.may(ws[k]) && particles[ws[k]] {
				at |= 1 << k
			}
		}
	}
	if at == 0 {
		return ws // most questions have no particle where one could be left
	}
	var stems []string
	for i := 0; i+2 < len(ws); i++ {
		if len(ws) < 64 && at>>(i+2)&0b111 == 0 {
			continue // no particle in reach of a verb at i
		}
		v := a.stem(ws[i])
		if len(a.phrases[v]) == 0 {
			continue
		}
		if stems == nil {
			stems = make([]string, len(ws))
			for j, w := range ws {
				stems[j] = a.stem(w)
			}
		}
		// the verb may be read with the words after it already: as
		// another term ("took part in"), it is no phrasal verb
		longer, _ := a.match(stems, i, true)
		if len(longer.stems) < 2 {
			longer.concept = ""
		}
		for k := i + 2; k < len(ws) && k <= i+4; k++ {
			w := ws[k]
			if prepositions[w] && !particles[w] || w == "to" || whWords[w] {
				break
			}
			if !particles[w] || !a.endsClause(ws, k+1) || between(ws[i+1:k]) {
				continue
			}
			if c := a.pairs(v, a.stem(w)); c == "" || longer.concept != "" && longer.concept != c {
				continue
			}
			if slices.ContainsFunc(ws[i+1:k], func(x string) bool { return a.pairs(a.stem(x), a.stem(w)) != "" }) {
				break // a nearer verb takes it: "let the soldiers move in"
			}
			out := make([]string, 0, len(ws))
			out = append(out, ws[:i+1]...)
			out = append(out, w)
			out = append(out, ws[i+1:k]...)
			return append(out, ws[k+1:]...)
		}
	}
	return ws
}

// between reports whether the words between a verb and a particle hold a
// particle or a preposition: the particle after them is then no verb's.
func between(ws []string) bool {
	for _, w := range ws {
		if particles[w] || prepositions[w] {
			return true
		}
	}
	return false
}

// pairs returns the term of the pack's synonym that is the verb stem v
// and the particle stem p together ("take in", "ship off"), or "".
func (a *analyzer) pairs(v, p string) string {
	for _, ph := range a.phrases[v] {
		if len(ph.stems) == 2 && ph.stems[1] == p && ph.kind != KindFiller {
			return ph.concept
		}
	}
	return ""
}

// endsClause reports whether word n ends the question's clause: there is
// none, or it starts the next one, or it is an act ("take the captives
// in say about").
func (a *analyzer) endsClause(ws []string, n int) bool {
	if n >= len(ws) || clauseEnds[ws[n]] {
		return true
	}
	for _, ph := range a.phrases[a.stem(ws[n])] {
		if len(ph.stems) == 1 && ph.kind == KindAct {
			return true
		}
	}
	return false
}
