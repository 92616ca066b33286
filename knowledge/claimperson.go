package knowledge

import (
	"slices"
	"strings"
)

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
		!e.titled(an, d.from) && e.referentInfo[an.terms[d.from].text].class != "person" {
		return true
	}
	return slices.ContainsFunc(e.an.analyze(e.pack.Entries[en].Answer, false).terms, func(t term) bool {
		return t.kind == KindEntity && e.classes[t.text] == "person"
	})
}

// titled reports whether the person named by term i of an is named with
// a title: a role right before the name ("Minister Kim"), or one the name
// took into its own words ("Minister Budanov", read as one name).
func (e *Engine) titled(an analysis, i int) bool {
	if i > 0 && an.terms[i-1].kind == KindRole && an.terms[i-1].end == an.terms[i].pos {
		return true
	}
	t := an.terms[i]
	if t.end-t.pos < 2 || t.end > len(an.words) {
		return false
	}
	return slices.ContainsFunc(e.an.analyze(strings.Join(an.words[t.pos:t.end-1], " "), false).terms, func(r term) bool { return r.kind == KindRole })
}
