package knowledge

import "slices"

// A question that asks which of two names "it" comes from ("is it from
// Ukraine or from South Korea?", "it is from Ukraine or South Korean
// intelligence?") asks who gave something said before. With nothing said
// before, the names alone are all it names, and an entry that speaks of
// both (South Korea's support for Ukraine) answers nothing it asks: it is
// turned down, not asked as any question of those names. After a premise
// that asks ("Who made the estimate of 4000 dead? Is it from Ukraine or
// South Korea?") it asks whose the premise's thing is, and is no question
// of the two names alone either (again.go).

// namesChoiceOnly reports whether ws offers a choice of names ("X or Y")
// and, besides them, names nothing (an, the rest of the question read).
func (e *Engine) namesChoiceOnly(ws []string, an analysis) bool {
	if !slices.Contains(ws, "or") || !slices.ContainsFunc(ws, func(w string) bool { return w == "it" || w == "that" || w == "this" }) {
		return false
	}
	names := 0
	for _, t := range an.terms {
		switch t.kind {
		case KindEntity:
			names++
		case KindQuestion, KindAct, KindFrame:
		default:
			return false
		}
	}
	return names >= 2
}
