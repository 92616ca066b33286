package knowledge

// A question after a premise may ask what the report says of the premise
// itself ("a patron asked whether the report explains how the Geneva
// Conventions apply, so does it say anything about that?"): its "that"
// stands for the whole premise, not for a name in it. When the premise
// holds words the pack does not know, the question asks of them, and
// "does the article say anything" alone would be answered with the gist.

// asksOfPremise reports whether ws, the question after a premise, ends
// asking about what the premise says ("... about that?", "... on this?").
func asksOfPremise(ws []string) bool {
	n := len(ws)
	return n >= 2 && premiseAbouts[ws[n-2]] && premiseStandIns[ws[n-1]]
}

var (
	premiseAbouts   = setOf("about", "on", "regarding", "of")
	premiseStandIns = setOf("that", "this", "it", "those", "these")
)
