package knowledge

import "slices"

// "bruh what does it mean" asked first refers to nothing: the meaning is
// of a thing only a pronoun stands for, and read without it, it asks what
// anything signifies, which the entry on what South Korea's readiness
// signifies answered for a thing nobody named. So it is asked back, as a
// role of nothing is (roleofthat.go). Not "what does it mean that the
// troops are monitored?" nor "what does this mean for the prisoners?",
// which name what they ask of.

// meaningTerm is the pack's term of what a thing means or signifies.
const meaningTerm = "indicate"

// meaningOfNothing reports whether ws, with no turn before it, asks only
// what a reference ("it", "that", "this") means, and names nothing else.
func (e *Engine) meaningOfNothing(ws []string, tr *trace) bool {
	if !slices.ContainsFunc(ws, func(w string) bool { return roleThings[w] }) {
		return false // (most questions: read no more of them)
	}
	an := tr.readAnalysis(e.an, ws, true, true) // (only read)
	meaning := false
	for _, t := range an.terms {
		switch {
		case t.text == meaningTerm:
			meaning = true
		case t.kind != KindQuestion && t.kind != KindFiller && t.kind != KindFrame:
			return false
		}
	}
	return meaning && len(an.unknown) == 0
}
