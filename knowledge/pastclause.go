package knowledge

import "strings"

// pastClauseActs lists the acts a clause after "that" puts in the past,
// its subject a name: "is it confirmed that South Korea accepted
// prisoners?", "is it true that Seoul took in POWs?" ask whether the act
// was done, as "did South Korea accept them?" does, so an entry that
// only offers it ("readiness to accept", see doneGuard) does not answer.
func pastClauseActs(ws []string, ts []term) []string {
	var out []string
	for i, t := range ts {
		if t.kind != KindEntity || t.pos == 0 || ws[t.pos-1] != "that" || i+1 >= len(ts) {
			continue
		}
		v := ts[i+1]
		if v.pos != t.end || v.kind != KindWord && v.kind != KindAct {
			continue
		}
		if w := ws[v.pos]; pastForms[w] || strings.HasSuffix(w, "ed") {
			out = append(out, v.text)
		}
	}
	return out
}
