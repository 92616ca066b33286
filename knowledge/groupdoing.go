package knowledge

import "strings"

// doingOfGroup reports whether terms[i] only says what the group just
// before it is doing: in "how many North Korean soldiers fighting in
// Kursk?" the fighting is who is counted, the soldiers there, not a
// measure of them, as the killed or the injured are ("soldiers killed").
// Only a word ending in -ing right after the role, or after it and a
// form of "be" ("soldiers are fighting"), reads so, with the adverbs
// that may stand between ("soldiers are still fighting", "are now
// fighting"); a key word (the killed, the captured) stays a measure.
func doingOfGroup(ws []string, ts []term, i int) bool {
	t := ts[i]
	if i == 0 || t.kind != KindWord || t.pos >= len(ws) || !strings.HasSuffix(ws[t.pos], "ing") {
		return false
	}
	prev := ts[i-1]
	if prev.kind != KindRole {
		return false
	}
	j := prev.end
	if j < t.pos && beAux[ws[j]] {
		j++
		for j < t.pos && (midAdverbs[ws[j]] || ws[j] == "currently" || ws[j] == "presently") {
			j++
		}
	}
	return j == t.pos
}
