package knowledge

// verbOfMeasure returns where the last question's verb is, right after its
// auxiliary and its subject ("how many troops did Pyongyang send"), for a
// fragment that asks a measure the last question has none of ("and by
// february how many of them dead?"): the measure is asked in the verb's
// place, as kept beside it the verb would ask how many were sent dead, and
// the entry of the deaths, which sends nobody, would be turned down.
func verbOfMeasure(f fragment) (from, to int, ok bool) {
	for i := 1; i+1 < len(f.base.terms); i++ {
		s, v := f.base.terms[i], f.base.terms[i+1]
		if s.kind != KindEntity || s.pos == 0 || !doHaveAux[f.last[s.pos-1]] || v.pos != s.end {
			continue
		}
		if v.kind == KindWord || v.kind == KindAct {
			return v.pos, v.end, true
		}
	}
	return 0, 0, false
}
