package knowledge

// A question that names both of the report's figures may ask which is
// larger with "more" and the measure counted, and no "than" ("In January
// it say 3,000, in February it say 4,000. So more soldiers die?", "did
// MORE boys die or am i reading it wrong"): the two figures it has just
// named are what "more" sets side by side. Only a measure the pair's
// entry counts makes it so ("more ... die"): "more troops" sent, after
// the two figures, asks of another thing, and stays held against it.

// comparesMeasure reports whether the key term i of an, a comparative,
// is followed within a few words by a term of the measure entry ie
// counts ("more soldiers die", "more boys killed").
func comparesMeasure(an analysis, i int, ie *indexedEntry) bool {
	t := an.terms[i]
	if !comparatives[an.words[t.pos]] || !ie.countsMeasure {
		return false
	}
	for _, u := range an.terms[i+1:] {
		if u.pos-t.end > 3 {
			return false
		}
		if u.kind == KindKey && u.text != t.text && ie.bag[u.text] > 0 {
			return true
		}
	}
	return false
}
