package knowledge

import "testing"

func TestAlreadyAfter(t *testing.T) {
	checkRewrite(t, "alreadyAfter", alreadyAfter, []readingCase{
		{"they come already to seoul", "they already come to seoul"},
		{"nk troops went already to russia", "nk troops already went to russia"},
		{"are they already in seoul", "are they already in seoul"}, // a statement's order
		{"are they in seoul already", "are they in seoul already"},
	})
	e := testEngine(t)
	checkTurn(t, e, []string{"my cousin say south korea will take north korean prisoners. is true?"},
		"they come already to Seoul? some are there now?", "", "")
}
