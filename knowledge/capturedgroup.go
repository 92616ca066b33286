package knowledge

import "slices"

// capturedGroup reports whether the group named by the terms ts[i] (whose)
// and ts[i+1] (the role) is said to be captured, by the key "captured"
// right before it, past one or two words ("did Ukraine capture any North
// Korean soldiers?"), or right after it ("a North Korean soldier captured
// in Ukraine"). A "they" that stands for it later stands for the captured
// ones, the prisoners, not all the troops: "where could they end up?" is
// not where the troops fight. Only a question's own words say so: an
// answer's ("soldiers captured by Ukraine", after "what did Seoul
// propose?") leaves "did they accept?" to Ukraine and Seoul.
func capturedGroup(ts []term, i int) bool {
	if i > 0 && ts[i-1].text == "captured" && ts[i-1].kind == KindKey && ts[i].pos-ts[i-1].end >= 1 && ts[i].pos-ts[i-1].end <= 2 {
		// (a verb before its object, "capture any"; "the captured NK
		// soldiers", an adjective, is read as it was)
		return true
	}
	return i+2 < len(ts) && ts[i+2].text == "captured" && ts[i+2].kind == KindKey && ts[i+2].pos == ts[i+1].end
}

// capturedWords says the captured ones of whose ("north korean") as the
// prisoners they are, the report's word for them: not "captured" again,
// which asks whether any were captured, a thing already asked.
func capturedWords(whose []string) []string {
	return slices.Concat(whose, []string{"prisoners"})
}
