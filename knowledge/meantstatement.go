package knowledge

// "i meant the other talks, between sk and ukraine. what are they about":
// a correction that names what was meant, and then a question whose one
// pronoun is it: the question of what the correction names, in the
// pronoun's place. Read alone, "they" would be the last named, South
// Korea and Ukraine, not their talks.

// meantSubject returns the question q with what the statement s says was
// meant in the place of its one pronoun ("they", "it"); ok is false
// unless s is a correction that names something ("i meant ...") and q
// has one such pronoun.
func meantSubject(s, q []string) ([]string, bool) {
	m, ok := meantFragment(s)
	if !ok || len(m) == 0 {
		return nil, false
	}
	refs := findReferences(q)
	if len(refs) != 1 || refs[0].want != "they" && refs[0].want != "it" || refs[0].poss {
		return nil, false
	}
	r := refs[0]
	return append(append(append([]string(nil), q[:r.at]...), m...), q[r.end:]...), true
}
