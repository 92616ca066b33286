package knowledge

// A figure several answers give ("3,000": the January toll, and the
// answers that set it beside February's) names, in "and the 3000 one,
// where's that from?", the one answer that gives it alone: the January
// toll. figureOf maps only a figure one answer gives first.

// figureAlone returns the one entry whose answer's main figures are f
// alone.
func (e *Engine) figureAlone(f string) (int, bool) {
	found := -1
	for en := range e.pack.Entries {
		if m := e.mainFigures(en); len(m) == 1 && m[0] == f {
			if found >= 0 {
				return 0, false
			}
			found = en
		}
	}
	return found, found >= 0
}
