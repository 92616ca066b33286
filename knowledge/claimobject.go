package knowledge

import "slices"

// A claim asked plainly may put the wrong country where the report names
// another, not as the one who does the thing but as the one it is done
// to, with or by, or whose soldiers or named body it is: "Was South
// Korea's proposal made to Russia?" (to Ukraine), "Is South Korea
// coordinating with Russia on the prisoners?", "Seoul offered to accept
// soldiers captured by Russia?" (by Ukraine), "Did South Korea offer to
// take in captured Russian soldiers?" (North Korean), "Is Budanov head of
// Russian military intelligence?" (Ukraine's), "the American Joint Chiefs
// warned ...?" (South Korea's). The rest of the claim is a fact the
// entry nearest the whole claim states, with another country in that
// place, which corrects it. A country put as the doer ("Did China send
// troops to Russia?", "Are Chinese troops fighting in Kursk?") asks
// whether it did, which the report does not say, and stays declined
// (plainlyChecked); so does a claim whose doer the entry does not say
// does it ("Does Russia train Ukrainian soldiers?": the report says only
// that they are trained), and a country before a name that may say who
// holds them as well as who they are ("Russian POWs").

// objectCountry reports whether the name detail d of a claim an, asked
// plainly, is a country put after the claim's act and doing none of its
// own, or one whose soldiers or named body the claim speaks of.
func (e *Engine) objectCountry(an analysis, d detail) bool {
	if d.kind != nameSlot || d.asked != "" || d.whose || d.to-d.from != 1 || e.nameClass(an, d.from) != "country" {
		return false
	}
	if len(an.words) > 0 && futureOpeners[an.words[0]] {
		// "will South Korea accept the soldiers captured by Russia?"
		// asks what will be done in a case the report does not speak
		// of, not what it says was
		return false
	}
	if n := d.from + 1; n < len(an.terms) && an.terms[d.from].modifies == an.terms[n].pos {
		// "the American Joint Chiefs", "captured Russian soldiers"
		return an.terms[n].kind == KindEntity && e.classes[an.terms[n].text] == "body" ||
			an.terms[n].kind == KindRole && slices.ContainsFunc(an.terms[:d.from], isAct)
	}
	if d.act != "" || slices.ContainsFunc(an.terms[d.from+1:], isAct) {
		return false // the doer of an act after it
	}
	return slices.ContainsFunc(an.terms[:d.from], isAct)
}

// futureOpeners open a question of what will or can be done.
var futureOpeners = setOf("will", "would", "can", "could", "shall")

// objectCorrected reports whether entry en says which other country
// stands where the claim an puts the one of its detail d (see
// objectCountry): whose the body or soldiers are, by whom the act before
// it is done, or to or with whom; and says that the names before the
// claim's first act do what the claim has them do.
func (e *Engine) objectCorrected(en int, d detail, an analysis) bool {
	ie := &e.entries[en]
	asked := func(y string) bool { return slices.ContainsFunc(an.terms, func(t term) bool { return t.text == y }) }
	other := func(ys map[string]bool) bool {
		for y := range ys {
			if e.classes[y] == "country" && !asked(y) {
				return true
			}
		}
		return false
	}
	// (who does it, where the claim names one who does it as well, is no
	// other: "were budanov's claims confirmed by the us?" adds one
	// who says so to the one the entry has)
	askedIn := func(ys map[string]bool) bool {
		for y := range ys {
			if asked(y) {
				return true
			}
		}
		return false
	}
	first := slices.IndexFunc(an.terms, isAct)
	if first < 0 {
		first = 0 // "Is Budanov head of Russian military intelligence?": whose body it is
	}
	for i, t := range an.terms[:first] {
		if i == d.from || e.nameClass(an, i) == "" || t.qualifier {
			continue
		}
		if !slices.ContainsFunc(an.terms[first:], func(a term) bool { return isAct(a) && ie.doneBy[a.text][t.text] }) {
			return false // "Does Russia train ...?": the entry does not say Russia trains anyone
		}
	}
	t := an.terms[d.from]
	if n := d.from + 1; n < len(an.terms) && t.modifies == an.terms[n].pos {
		return other(ie.whose[an.terms[n].text]) || other(ie.roleOf[an.terms[n].text]) || roleOfOther(e, ie, an, d.from, other)
	}
	for _, a := range an.terms[:d.from] {
		// (an act, or a key word of one: "captured by Russia")
		if other(ie.doneBy[a.text]) && !askedIn(ie.doneBy[a.text]) || other(ie.partners[a.text]) || other(ie.doneTo[a.text]) || other(ie.between[a.text]) {
			return true
		}
	}
	return false
}

// roleOfOther reports whether a role before the name at i is, in entry
// ie, of another country ("head of Russian military intelligence": head
// of Ukraine's).
func roleOfOther(e *Engine, ie *indexedEntry, an analysis, i int, other func(map[string]bool) bool) bool {
	for j := i - 1; j >= 0; j-- {
		if an.terms[j].kind == KindRole {
			if other(ie.roleOf[an.terms[j].text]) {
				return true
			}
			for y := range ie.roleOf[an.terms[j].text] {
				if e.classes[y] == "body" && other(ie.whose[y]) || other(ie.roleOf[y]) {
					return true
				}
			}
			return false
		}
	}
	return false
}
