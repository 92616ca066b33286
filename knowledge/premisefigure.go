package knowledge

import "slices"

// pointsAtPremiseFigure reports whether the question after a premise
// points at a figure the premise gives ("500 soldiers were captured. Can
// you confirm that number?"): "that number" is the premise's count of its
// thing, which the question alone leaves out, so that alone it would be
// answered by any figure of the report. A premise that asks for a count
// ("A patron wants to know how many soldiers Ukraine has captured. Does
// the report give that number?") points it at the count it asks for.
func pointsAtPremiseFigure(premise, ws []string) bool {
	if !slices.ContainsFunc(premise, isNumber) && !asksCount(premise) {
		return false
	}
	for i := 0; i+1 < len(ws); i++ {
		// "that one" may be a thing; a figure noun says a figure
		if (ws[i] == "that" || demonstratives[ws[i]]) && figureNouns[ws[i+1]] && ws[i+1] != "one" && ws[i+1] != "ones" {
			return true
		}
	}
	return false
}

// countsUngiven reports whether a premise gives a number the pack does
// not know ("SK already received 10 NK POWs last month"): a pronoun after
// it ("how are they doing?") stands for those it counts, which the
// report never speaks of, so the question after it is not read alone
// with the premise's names, which would ask of all of them.
func countsUngiven(premise analysis) bool {
	return slices.ContainsFunc(premise.unknown, isNumber)
}

// asksCount reports whether ws ask how many or how much.
func asksCount(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "how" && (ws[i+1] == "many" || ws[i+1] == "much") {
			return true
		}
	}
	return false
}
