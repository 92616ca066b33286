package knowledge

import (
	"strings"
	"testing"
)

func TestAlreadyAfter(t *testing.T) {
	for _, tt := range []readingCase{
		{"they come already to seoul", "they already come to seoul"},
		{"nk troops went already to russia", "nk troops already went to russia"},
		{"are they already in seoul", "are they already in seoul"}, // a statement's order
		{"are they in seoul already", "are they in seoul already"},
	} {
		if got := strings.Join(alreadyAfter(strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("alreadyAfter(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	e := testEngine(t)
	checkTurn(t, e, []string{"my cousin say south korea will take north korean prisoners. is true?"},
		"they come already to Seoul? some are there now?", "", "")
}
