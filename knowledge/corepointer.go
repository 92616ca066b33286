package knowledge

// keepsParagraph reports whether the core of a question (see core), read
// as a question of its own, still points where the question does: "What
// means the collaboration between South Korea and Ukraine, in the final
// paragraph?" asks of paragraph 9, and its core without "in the final
// paragraph" would be answered from paragraph 1, an answer to another
// question. A question that points at no paragraph keeps nothing.
func keepsParagraph(asked, core analysis) bool {
	return asked.paragraph == 0 || core.paragraph == asked.paragraph
}
