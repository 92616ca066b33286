package knowledge

// A "they" that does what a "what" question asks ("what did they
// decide?", "what have they agreed?") is the one thing the question is
// of: what was done depends on who did it. With nothing named before it,
// the question without its "they" would be asked of anyone, and answered
// by whatever entry speaks of the deed (the prisoners' choice, for
// "decide"); it is asked back instead. A "they" after the deed ("who
// proposed it to them?") or a question of who leaves the question its
// own topic.

// theyDoWhat reports whether the reference r of ws is the subject of a
// "what" question's deed: "what", an auxiliary, then the "they".
func theyDoWhat(ws []string, r reference) bool {
	return r.word == "they" && r.at == 2 && ws[0] == "what" && doAux[ws[1]]
}
