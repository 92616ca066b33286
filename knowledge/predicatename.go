package knowledge

// saidOfPronoun reports whether the name at pos in a premise's words is
// said of a pronoun ("sounds like they're prisoners already", "they are
// just volunteers"): it says what they are, and is not what a pronoun of
// the question after it stands for, which is whom the premise's pronoun
// stands for itself.
func saidOfPronoun(ws []string, pos int) bool {
	i := pos - 1
	for k := 0; k < 2 && i >= 0 && predicateFiller[ws[i]]; k++ {
		i--
	}
	if i >= 0 && beAux[ws[i]] {
		i--
	}
	return i >= 0 && subjectPronouns[ws[i]]
}

// predicateFiller may stand between a pronoun's verb and what it is said
// to be ("they are all prisoners", "it's just a rumour").
var predicateFiller = setOf("a", "an", "the", "all", "just", "really", "already", "now", "still", "basically", "literally", "actually")
