package knowledge

import "slices"

// A check may name the wrong one of a kind the report names another of:
// the wrong person ("So SK FM Park Jin offered to take the NK POWs,
// right?": Cho Tae-yul did), country ("the US joint chiefs warned NK
// could send more troops?": South Korea's did), place ("NK troops are
// fighting in Donetsk right?": in Kursk) or body. The name is a detail of
// its own kind (nameSlot): asked without it, the entry nearest the whole
// claim answers, and where it names another of the name's class that the
// claim does not, its fact is the correction. A name with no other of its
// class in the entry ("did they fight alongside the Russians in Kursk,
// right?" of an entry naming no other country) is no correction, and a
// name of no class the pack knows (an unknown word that is not a
// person's name after a post) is not a detail of this kind.

// nameClasses are the classes of names a check may have wrong.
var nameClasses = setOf("person", "country", "place", "body")

// classesOf returns the class of each name the pack knows: its
// referents', and its entities' that say theirs (Synonym.Class).
func classesOf(p *Pack) map[string]string {
	out := map[string]string{}
	for _, s := range p.Synonyms {
		if s.Class != "" {
			out[conceptName(s.Term)] = s.Class
		}
	}
	for _, r := range p.Talk.Referents {
		out[conceptName(r.Term)] = r.Class
	}
	return out
}

// nameClass returns the class of the i-th term of an as a name a check
// may have wrong, or "": a name of a class the pack knows, or a word the
// pack does not know right after a post (a role not of a group), a
// person's name ("FM Park Jin").
func (e *Engine) nameClass(an analysis, i int) string {
	t := an.terms[i]
	switch {
	case t.kind == KindEntity && nameClasses[e.classes[t.text]]:
		return e.classes[t.text]
	case t.kind == "" && slices.Contains(an.unknown, t.text) && i > 0 &&
		an.terms[i-1].kind == KindRole && an.terms[i-1].end == t.pos && e.classes[an.terms[i-1].text] != "group":
		return "person"
	}
	return ""
}

// namesOther reports whether the entry en says another of the class of
// the name the detail d drops, one the question an does not name, stands
// where the claim puts it: a place the entry puts someone in; for any
// other name, one its answer says does what the claim speaks of, has it
// done to or with it, or owns it (for a person, a country too: "Kim Jong
// Un made the offer, right?" is told South Korea made it). Not a name the
// entry gives of something else: "the 4,000 figure came from the
// pentagon?" is not corrected by Ukraine's own, other figure.
func (e *Engine) namesOther(en int, d detail, an analysis) bool {
	ie := &e.entries[en]
	class := e.nameClass(an, d.from)
	if d.whose {
		class = e.nameClass(an, d.to-1)
	}
	asked := func(y string) bool { return slices.ContainsFunc(an.terms, func(t term) bool { return t.text == y }) }
	if e.checkedSource(ie, class, an, asked) {
		return true
	}
	other := func(y string) bool {
		c := e.classes[y]
		return (c == class || class == "person" && c == "country") && !asked(y)
	}
	if class == "place" {
		return slices.ContainsFunc(ie.located, other)
	}
	near := []int{d.from - 1, d.to}
	if d.to+1 < len(an.terms) && helpWords[an.words[an.terms[d.to].pos]] && an.terms[d.to+1].pos-an.terms[d.to].end <= 1 {
		// "China helped boost the accuracy": the act it helped with
		near = append(near, d.to+1)
	}
	if p := an.terms[d.from].pos; p > 0 && (an.words[p-1] == "from" || an.words[p-1] == "by") {
		// "the offer to take in North Korean POWs came from Japan": whose
		// the claim's first act is, past the words between
		if i := slices.IndexFunc(an.terms[:d.from], isAct); i >= 0 {
			near = append(near, i)
		}
	}
	if t := d.to; class == "person" && t < len(an.terms) && an.terms[t].pos > 0 && an.words[an.terms[t].pos-1] == "from" && e.nameClass(an, t) == "country" {
		// "Minister Kim from South Korea made the POW offer": where the
		// person is from is of them, and the act is after it
		// (who did it, a person: not one it was done to, nor a country)
		if j := slices.IndexFunc(an.terms[t+1:], isAct); j >= 0 {
			for y := range ie.doneBy[an.terms[t+1+j].text] {
				if e.classes[y] == "person" && !asked(y) {
					return true
				}
			}
		}
	}
	for _, i := range near {
		// the term the name is said of: the one right before it ("made
		// to Russia", "captured by Russia"), or right after it ("Kim Jong
		// Un made", "the US joint chiefs")
		if i < 0 || i >= len(an.terms) {
			continue
		}
		for _, rel := range []relation{ie.doneBy, ie.doneTo, ie.partners, ie.whose} {
			for y := range rel[an.terms[i].text] {
				if other(y) {
					return true
				}
			}
		}
		if i == d.from-1 && an.terms[i].kind == KindRole && (class == "country" || class == "body") {
			// what a post is of: "budanov is the head of the SBU isn't
			// he?" (read as Ukraine), of the head of its Defense
			// Intelligence, a body
			for y := range ie.roleOf[an.terms[i].text] {
				if c := e.classes[y]; (c == "country" || c == "body") && !asked(y) {
					return true
				}
			}
		}
	}
	return false
}

// helpWords say a name helped with the act after them ("China helped
// boost the accuracy").
var helpWords = setOf("help", "helps", "helped", "helping")

// additive reports whether a claim adds its name to what the report says
// of another ("Japan also offered to take NK POWs, right?", "did the UK
// offer too?"): it grants the report's doer and says another did the
// same, which the report does not deny, so the report's other name is no
// correction of it.
func additive(ws []string) bool {
	for i, w := range ws {
		if w == "also" || w == "too" && (i+1 == len(ws) || !quantityAfterToo[ws[i+1]]) || w == "well" && i > 0 && ws[i-1] == "as" {
			return true
		}
	}
	return false
}

// quantityAfterToo follow a "too" of degree ("too many", "too few"), not
// of addition.
var quantityAfterToo = setOf("many", "much", "few", "little", "high", "low", "large", "small", "big", "early", "late", "long", "far")
