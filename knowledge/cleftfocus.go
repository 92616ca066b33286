package knowledge

import "slices"

// A cleft ("was it X who ...?", "wasn't it X that ...?") asks who or what
// X is of the rest, whatever X is: a name the pack does not know ("was
// it Zelensky who said NK is gaining combat experience?", "wasn't it
// President Yoon who made the offer?"), a post of another country ("was
// it Japan's foreign minister who offered to take the POWs?"), or a thing
// ("was it the Hwasong missile that Russia made more accurate?"). The
// doer of factdoer.go is only a name of a class the pack knows; this
// focus is the words between "it" and "who" or "that", however the pack
// reads them. Asked without it, the rest asks who or what did the thing
// ("who said NK is gaining combat experience?"), and the entry that
// answers it corrects the claim where it says that another, one the
// question does not name, does the act or has it done to it (Budanov
// said it, Russia improved the KN-23). An entry that names no one doing
// the act ("was it Japan that said the losses were severe?", of an
// entry in which no one says so) is no correction, and stays declined.

// cleftFocus returns the run of an.terms, [from, to), a question opened
// by a cleft puts as its focus, and ok false for any other question: a
// form of "be" (or its negation) and "it" first, then the focus of no
// more than four words, then "who", "that" or "which" with an act after
// it.
func cleftFocus(an analysis) (from, to int, ok bool) {
	ws := an.words
	if len(ws) < 5 || ws[1] != "it" || !beAux[ws[0]] && !(negations[ws[0]] && beAux[ws[0][:len(ws[0])-2]]) {
		return 0, 0, false
	}
	rel := -1
	for i := 3; i < len(ws) && i <= 6+longFocus; i++ {
		if ws[i] == "who" || ws[i] == "that" || ws[i] == "which" {
			rel = i
			break
		}
	}
	if rel < 0 || slices.Contains(ws[2:rel], "or") {
		// (a choice, "was it Seoul or Kyiv that ...", is settle.go's)
		return 0, 0, false
	}
	from, to = -1, -1
	for i, t := range an.terms {
		if t.pos >= 2 && t.end <= rel {
			if from < 0 {
				from = i
			}
			to = i + 1
		}
	}
	if from < 0 || !slices.ContainsFunc(an.terms[to:], isAct) {
		return 0, 0, false
	}
	if rel > 6 {
		// past four words, the focus is a name of many words the pack
		// reads as one or two terms ("the Japanese Joint Chiefs of
		// Staff"), not a clause ("the man my cousin met on the bus")
		covered := 0
		for _, t := range an.terms[from:to] {
			covered += t.end - t.pos
		}
		if to-from > 2 || rel-2-covered > 2 {
			return 0, 0, false
		}
	}
	return from, to, true
}

// longFocus is how many words past four a cleft's focus may run when the
// pack reads them as no more than two terms.
const longFocus = 4

// focusOther reports whether the entry en says another than the focus of
// the cleft d, one the question an does not name, stands where the focus
// stands: right before the act that follows it ("who said ..."), one that
// does the act the rest names, or owns it ("under Russian control");
// before a doer of the act ("that Russia made more accurate"), one that
// has it done to it. (Not North Korea's "growing" involvement, of "was it
// the Iranian drones that Russia upgraded?".)
func (e *Engine) focusOther(en int, d detail, an analysis) bool {
	ie := &e.entries[en]
	rels := []relation{ie.doneBy, ie.whose}
	if k := slices.IndexFunc(an.terms[d.to:], func(t term) bool { return t.kind != KindQuestion }); k >= 0 && !isAct(an.terms[d.to+k]) {
		rels = []relation{ie.doneTo}
	}
	for _, t := range an.terms[d.to:] {
		if !isAct(t) {
			continue
		}
		for _, rel := range rels {
			for y := range rel[t.text] {
				if e.classes[y] != "" && !an.hasTerm(y) {
					return true
				}
			}
		}
	}
	return false
}
