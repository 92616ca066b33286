package knowledge

// hedgedDeeds lists what the doers of a text are said, hedged, to have
// done: "North Korean forces were estimated to have suffered about 4,000
// fatalities" has North Korea suffer them, as "North Korean forces
// suffered" would; deeds passes over the "were estimated to have", which
// may be done to the doer ("North Korea is expected to": expected). A
// question asks it with its "be" first: "is Russia supposed to have sent
// troops?" has Russia send them.
func hedgedDeeds(ws []string, ts []term, doers []term) []deed {
	var out []deed
	for _, d := range doers {
		k := d.end // its "be"
		if k < len(ws) && hedgeParticiples[ws[k]] && beAux[before(ws, d.pos)] {
			k-- // asked, the "be" before the doer: "is Russia supposed to have sent"
		} else if k+2 >= len(ws) || !beForms[ws[k]] {
			continue
		}
		if k+2 >= len(ws) || !hedgeParticiples[ws[k+1]] || ws[k+2] != "to" {
			continue
		}
		v := k + 3
		if v < len(ws) && (ws[v] == "have" || ws[v] == "be" || ws[v] == "been") {
			v++
		}
		for _, t := range ts {
			if t.pos == v && t.kind != KindEntity {
				out = append(out, deed{d.text, t.text, d.forces})
			}
		}
	}
	return out
}

// hedgeParticiples say a thing is held, not seen, to be so: "are estimated
// to", "is said to", "are believed to have"; not the pack's hedges
// (Engine.hedgeWords, "may", "could"), which hedge a claim, not a deed.
var hedgeParticiples = setOf("estimated", "said", "reported", "believed", "thought", "alleged", "understood", "reputed", "supposed", "claimed", "rumored", "rumoured")
