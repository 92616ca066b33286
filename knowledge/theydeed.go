package knowledge

// A "they" that does what a "what" question asks ("what did they
// decide?", "what have they agreed?") is the one thing the question is
// of: what was done depends on who did it. With nothing named before it,
// the question without its "they" would be asked of anyone, and answered
// by whatever entry speaks of the deed (the prisoners' choice, for
// "decide"); it is asked back instead. A "they" after the deed ("who
// proposed it to them?") or a question of who leaves the question its
// own topic.
//
// So does a "they" that does what a "how many" question counts ("how
// many did they lose?", a learner's "how many they lose?"): every side
// of a war loses soldiers, and how many depends on whose they are. A
// "they" that only says the count ("how many do they say were sent?")
// is not who did it. Words that only move the talk on ("so what did
// they decide?", "ok how many did they lose?") open either.

// theyDoWhat reports whether the reference r of ws is the subject of a
// "what" question's deed ("what", an auxiliary, then the "they") or of
// the deed a "how many" question counts.
func theyDoWhat(ws []string, r reference) bool {
	if r.word != "they" {
		return false
	}
	i := 0
	for i < r.at && movesOn[ws[i]] {
		i++
	}
	if r.at == i+2 && ws[i] == "what" && doAux[ws[i+1]] {
		return true
	}
	if r.end >= len(ws) || sayWords[ws[r.end]] || !(r.at > i+1 && ws[i] == "how" && (ws[i+1] == "many" || ws[i+1] == "much")) {
		return false
	}
	// "how many did they lose?", "how many they lose?"
	return r.at == i+2 || r.at == i+3 && doAux[ws[i+2]]
}
