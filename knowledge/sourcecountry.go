package knowledge

// sourceCountryGuard: "is this article from a russian outlet?" asks of the
// report's source, which the source line names (a website) without saying
// of what country it is: the source entry does not name Russia and is
// turned down, and the entry saying who reports the troops were sent is no
// answer either, since Russia is not among those who report it. A
// question of the source and a name, and of nothing else (no act, no
// thing done), is answered only by an entry where that name acts: "is the
// source ukrainian?" by who reports it, Kyiv among them. Where it asks of
// anything more ("what are the sources of the reports that North Korea
// sent troops?") the other guards read it.
var sourceCountryGuard = guard{
	name:    "source-country",
	example: "was this article published in russia?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		t, ok := sourceOfName(q.terms)
		if !ok || ie.acting[t.text] {
			return ""
		}
		return "entry does not speak of " + t.text + " as a source"
	},
}

// sourceOfName returns the name a question asks the source to be of, if
// it asks only of the source and that name: its other terms only frame it
// or ask what kind of answer.
func sourceOfName(ts []term) (term, bool) {
	var name term
	source, named := false, false
	for _, t := range ts {
		switch {
		case t.text == "source":
			source = true
		case t.kind == KindEntity:
			if named {
				return term{}, false
			}
			name, named = t, true
		case t.kind == KindFrame || t.kind == KindFiller || t.kind == KindQuestion || t.kind == "":
		default:
			return term{}, false
		}
	}
	return name, source && named
}
