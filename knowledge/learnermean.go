package knowledge

import "slices"

// Learners ask what a word means with "is" for "does": "whats POW mean",
// "what is POW mean?". Read as it stands, "mean" is the pack's word for
// what a thing signifies, and the question goes to the entry of what
// South Korea's readiness signifies. learnerMeaning puts "does" in the
// place of the "is", so meaningAsked reads it as "what does POW mean",
// with all its care (a word named with an article or a possessive, or a
// meaning for someone, keeps its verb).
func learnerMeaning(ws []string) []string {
	var rest []string
	switch {
	case len(ws) > 2 && ws[0] == "whats":
		rest = ws[1:]
	case len(ws) > 3 && ws[0] == "what" && (ws[1] == "is" || ws[1] == "s"):
		rest = ws[2:]
	default:
		return ws
	}
	if m := slices.IndexFunc(rest, func(w string) bool { return w == "mean" || w == "means" }); m < 1 {
		return ws
	}
	return slices.Concat([]string{"what", "does"}, rest)
}
