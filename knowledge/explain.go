package knowledge

import (
	"fmt"
	"strings"
)

// Explain tells why the engine answers a question as it does: the terms it
// read, and the best-ranked entries with their scores and any guard that
// turned them down. It is for curators tuning a pack.
func (e *Engine) Explain(question string) string {
	var b strings.Builder
	an := e.an.analyze(question, true)
	var ts []string
	for _, t := range an.terms {
		s := t.text
		if t.kind != "" {
			s += "(" + string(t.kind) + ")"
		}
		ts = append(ts, s)
	}
	fmt.Fprintf(&b, "terms: %s", strings.Join(ts, " "))
	if len(an.unknown) > 0 {
		fmt.Fprintf(&b, "  unknown: %s", strings.Join(an.unknown, " "))
	}
	b.WriteString("\n")
	if !an.asks() {
		b.WriteString("  nothing to rank: no terms, or only a kind of question\n")
		return b.String()
	}
	explain := func(an analysis) bool {
		ok := false
		for _, c := range e.rank(uniqueTerms(an.terms), an, 5) {
			verdict := "ok"
			if why := e.reject(c, an); why != "" {
				verdict = why
			}
			ok = ok || verdict == "ok"
			fmt.Fprintf(&b, "  %-20s score %.2f cov %.2f cos %.2f  %s\n", e.pack.Entries[c.entry].ID, c.score, c.cov, c.cos, verdict)
		}
		return ok
	}
	// as Answer does: as it stands, then asked again until one is answered
	whole, proper := e.readings(question)
	if !whole {
		b.WriteString("  not asked as it stands: the question after its premise asks what the pack does not know\n")
	} else if explain(an) {
		return b.String()
	}
	for _, at := range again(an, whole, proper) {
		fmt.Fprintf(&b, "asked again as: %s\n", strings.Join(uniqueTerms(at.terms), " "))
		if explain(at) {
			break
		}
	}
	return b.String()
}
