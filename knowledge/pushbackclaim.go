package knowledge

import "slices"

// Pushback with what the asker believed instead ("u sure? i thought it was
// only if ukraine agreed", "Are you sure? I heard it was Japan.") doubts
// the last answer by a claim of the asker's own: the claim is what is put
// to check, as "My friend says Cho is the defence minister. Is that
// right?" puts its statement (see askCheckedStatement). Read as it
// stands, the doubt would be answered with how sure the report is of the
// last answer, which says nothing of the claim the asker holds against it.

// doubtWords may make up a doubt of the last answer: "are you sure?",
// "u sure about that?", "really?".
var doubtWords = setOf("are", "you", "u", "r", "ya", "sure", "really", "about", "that", "it", "this", "so", "fr", "hmm", "wait")

// doubts reports whether ws only doubts what was said: "sure" or
// "really", with nothing but doubtWords beside it.
func doubts(ws []string) bool {
	return (slices.Contains(ws, "sure") || slices.Contains(ws, "really")) &&
		!slices.ContainsFunc(ws, func(w string) bool { return !doubtWords[w] })
}

// believedWords say, after "i", that what follows is what the asker
// believed: "i thought", "i heard", "i read".
var believedWords = setOf("thought", "heard", "read", "assumed", "believed", "figured", "remember", "recall", "understood")

// believed returns how many words open the statement ws by saying that
// what follows is what the asker believed ("i thought ...", "but i heard
// ..."), with a claim of at least two words after them, or 0.
func believed(ws []string) int {
	k := 0
	for k < len(ws) && (ws[k] == "but" || ws[k] == "well" || ws[k] == "cause" || ws[k] == "because") {
		k++
	}
	if len(ws) >= k+4 && ws[k] == "i" && believedWords[ws[k+1]] {
		return k + 2
	}
	return 0
}
