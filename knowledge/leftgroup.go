package knowledge

import "strings"

// groupNamed reports whether named, the words before the comma of a
// question, name a group of people: a role alone ("the prisoners") or a
// role with whose it is ("the north korean army"). plural says it is
// said as many ("prisoners"), not as one body ("army").
func groupNamed(an analysis, named []string) (plural bool, ok bool) {
	roles, others := 0, 0
	for _, t := range an.terms {
		switch t.kind {
		case KindRole:
			roles++
		case KindEntity:
		default:
			others++
		}
	}
	if roles != 1 || others > 0 || len(an.terms) > 2 {
		return false, false
	}
	last := named[len(named)-1]
	return strings.HasSuffix(last, "s") || last == "people" || last == "men", true
}

// leftGroupAgrees reports whether the one reference r of clause, the
// question after the comma, is the group named before it: "they" of
// many, "it" of one body, standing as the clause's subject (at its start,
// or after its question word and any auxiliary), so that the clause asks
// of the group ("what it learn", "they must do something first?"), not
// of something else.
func leftGroupAgrees(plural bool, r reference, clause []string) bool {
	if plural && r.word != "they" || !plural && r.word != "it" && r.word != "they" {
		return false
	}
	switch {
	case r.at == 0:
		return true
	case r.at == 1:
		return whWords[clause[0]] || beAux[clause[0]] || doAux[clause[0]]
	case r.at == 2:
		return whWords[clause[0]] && (beAux[clause[1]] || doAux[clause[1]])
	}
	return false
}

// oneNamed reports whether named, the words before the comma of a
// question, pick one thing of those just spoken of: "the bigger one",
// "the first number", "that figure".
func oneNamed(named []string) bool {
	last := named[len(named)-1]
	return len(named) >= 2 && len(named) <= 4 && (named[0] == "the" || named[0] == "that" || named[0] == "this") &&
		(last == "one" || figureNouns[last] && last != "ones")
}
