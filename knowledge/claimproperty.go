package knowledge

import "strings"

// A claim put to check may name a property the report does not give of a
// thing it speaks of: "Russia improved the range of North Korea's KN-23
// missiles, correct?" (the report gives their accuracy). The property is
// read as the pack's measure ("range", "speed"), a question of degree no
// entry answers. Asked without it, the claim is the report's fact, and
// where the entry answering it names a property the claim lacks, one the
// pack asks the degree of ("how accurate": accuracy), that fact is the
// correction, given without a "Yes." (see checkedFact). An entry naming
// no such property ("Russia improved the range of the troops' rifles" of
// one that names none) is no correction, and the claim stays declined;
// asked plainly ("Did Russia improve the range of the KN-23?") it asks
// whether it did, and is declined too.

// propertySlot is a property put to check (see slot in factcheck.go).
const propertySlot = codeSlot + 1

// propertyAsked returns a detail for each measure term of an.
func propertyAsked(an analysis) []detail {
	var out []detail
	for i, t := range an.terms {
		if t.text == measureTerm && t.kind == KindQuestion {
			out = append(out, detail{kind: propertySlot, from: i, to: i + 1})
		}
	}
	return out
}

// propertiesOf returns the terms of the properties the pack asks the
// degree of, once at NewEngine: each word after "how" in an alias of the
// measure term ("how accurate": accuracy), read as one term of its own
// kind.
func propertiesOf(syns []Synonym, an *analyzer) map[string]bool {
	out := map[string]bool{}
	for _, s := range syns {
		if s.Term != measureTerm {
			continue
		}
		for _, a := range s.Aliases {
			rest, ok := strings.CutPrefix(a, "how ")
			if !ok || strings.Contains(rest, " ") {
				continue
			}
			if ts := an.analyze(rest, false).terms; len(ts) == 1 && ts[0].kind == KindWord {
				out[ts[0].text] = true
			}
		}
	}
	return out
}

// namesProperty reports whether entry en names a property of the pack's
// that the question an does not.
func (e *Engine) namesProperty(en int, an analysis) bool {
	ie := &e.entries[en]
	for k := range e.properties {
		if ie.about[k] && ie.names(k) && !an.hasTerm(k) {
			return true
		}
	}
	return false
}
