package knowledge

import "strings"

// doingOfGroup reports whether terms[i] only says what the group just
// before it is doing: in "how many North Korean soldiers fighting in
// Kursk?" the fighting is who is counted, the soldiers there, not a
// measure of them, as the killed or the injured are ("soldiers killed").
// Only a word ending in -ing right after the role, or after it and a
// form of "be" ("soldiers are fighting"), reads so; a key word
// (the killed, the captured) stays a measure.
func doingOfGroup(ws []string, ts []term, i int) bool {
	t := ts[i]
	if i == 0 || t.kind != KindWord || t.pos >= len(ws) || !strings.HasSuffix(ws[t.pos], "ing") {
		return false
	}
	prev := ts[i-1]
	return prev.kind == KindRole && (prev.end == t.pos || prev.end+1 == t.pos && beAux[ws[prev.end]])
}
