package knowledge

// A claim put to check may list a wrong name beside a right one: "Kyiv's
// allies Japan and South Korea reported that North Korea had sent
// thousands of soldiers, right?" (the United States and South Korea). The
// name listed beside it pins the slot: where the entry answering the claim
// without the wrong name lists that other name too, the name of the same
// class right beside it in the entry's answer, one the claim does not
// name, is the one the claim has wrong, and the entry's fact corrects it
// (see contrasts in factcheck.go).

// listedOther reports whether the name the detail d of an drops is listed
// beside another of its class ("Japan and South Korea") that entry en's
// answer lists beside a third of that class the question an does not name
// ("the United States and South Korea").
func (e *Engine) listedOther(en int, d detail, an analysis) bool {
	class := e.nameClass(an, d.from)
	if class == "" || d.to-d.from != 1 {
		return false
	}
	beside := func(ts []term, i, j int) bool {
		if i > j {
			i, j = j, i
		}
		return i >= 0 && j < len(ts) && ts[j].pos-ts[i].end <= 2 // ("and", "and the")
	}
	var sibs []string
	for _, k := range []int{d.from - 1, d.to} {
		if beside(an.terms, min(k, d.from), max(k, d.from)) && e.nameClass(an, k) == class {
			sibs = append(sibs, an.terms[k].text)
		}
	}
	if len(sibs) == 0 {
		return false
	}
	ts := e.an.analyze(e.pack.Entries[en].Answer, false).terms
	for j, t := range ts {
		for _, s := range sibs {
			if t.text != s {
				continue
			}
			for _, k := range []int{j - 1, j + 1} {
				if k >= 0 && k < len(ts) && beside(ts, j, k) && ts[k].kind == KindEntity && e.classes[ts[k].text] == class && !an.hasTerm(ts[k].text) {
					return true
				}
			}
		}
	}
	return false
}
