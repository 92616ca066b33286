package knowledge

import "slices"

// A claim may name the wrong person as the one who did a thing: "Minister
// Kim made the POW offer, right?" (Cho did). Asked without the name, the
// entry nearest may say what was done and who did it only as a country
// ("South Korea has offered ..."), which leaves the wrong name standing
// as if the report agreed. A person named with a title ("Minister Kim")
// is put as the official who did it: corrected only by an answer that
// names a person in their place; any other is passed over, so
// that the claim is asked again with "who" in the name's slot (see
// claimwho.go), whose entry names the one who did it. A person with no
// title may stand where the report has a country ("is it Zelensky who
// controls Kursk?": Russia), and is left to the checks of factname.go.

// namesPersonFor reports whether the entry en's answer names a person,
// where a doer or name detail d of the claim an drops one named with a
// title; for any other
// detail, true. (The one the claim put may be named: then the name was
// right, and it is another detail the entry corrects.)
func (e *Engine) namesPersonFor(en int, d detail, an analysis) bool {
	if d.kind != doerSlot && d.kind != nameSlot || d.asked != "" || e.nameClass(an, d.from) != "person" ||
		d.from == 0 || an.terms[d.from-1].kind != KindRole || an.terms[d.from-1].end != an.terms[d.from].pos {
		return true
	}
	return slices.ContainsFunc(e.an.analyze(e.pack.Entries[en].Answer, false).terms, func(t term) bool {
		return t.kind == KindEntity && e.classes[t.text] == "person"
	})
}
