package knowledge

import "slices"

// "Which people are named in it?": what names people ("named in",
// "mentioned in", "quoted in") names them in a text, so "it" there is the
// report, not a thing the conversation spoke of; asked back, it would
// offer the Kursk region or the KN-23 missiles. Only of a question that
// asks for people (people.go answers it), so "what is mentioned in it?"
// of an answer is left to the references.

// namedInIt returns ws with the report for the "it" or "this" a naming
// word's "in" is of, in a question asking whom it names.
func namedInIt(ws []string) ([]string, bool) {
	for i := 0; i+2 < len(ws); i++ {
		// (the words compared before any is looked up: most questions
		// have no "in it")
		if ws[i+1] == "in" && (ws[i+2] == "it" || ws[i+2] == "this") && namingWords[ws[i]] {
			if !slices.ContainsFunc(ws, func(w string) bool { return peopleNouns[w] || w == "who" || w == "whom" }) {
				return nil, false
			}
			out := slices.Concat(ws[:i+2], []string{"the", "report"}, ws[i+3:])
			return out, true
		}
	}
	return nil, false
}
