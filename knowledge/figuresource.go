package knowledge

import "slices"

// A figure put in the place of another ("when did Ukraine report the
// 3,000?" "and the 4000 figure?") asks of that figure, not of who gave the
// one it replaces: the report gives each figure its own source, or none
// ("are estimated"), and the last question's "Ukraine report" kept would
// ask who never gave it. So the name said to give the figure replaced goes
// with it.

// dropFigureSource drops from the last question the names that give its
// figure, when the fragment's dates put another figure in its place: a
// name right before a saying word ("Ukraine reported") or after
// "according to".
func (rw *rewrite) dropFigureSource(f fragment, dates []term) {
	if !slices.ContainsFunc(dates, func(t term) bool { return isFigure(t.text) }) ||
		!slices.ContainsFunc(f.base.terms, func(t term) bool { return isFigure(t.text) }) {
		return
	}
	for _, t := range f.base.terms {
		if t.kind != KindEntity {
			continue
		}
		says := t.end < len(f.last) && sayWords[f.last[t.end]]
		according := t.pos >= 2 && f.last[t.pos-2] == "according" && f.last[t.pos-1] == "to"
		switch {
		case says:
			rw.edits = append(rw.edits, edit{t.pos, t.end, nil})
		case according:
			rw.edits = append(rw.edits, edit{t.pos - 2, t.end, nil})
		}
	}
}
