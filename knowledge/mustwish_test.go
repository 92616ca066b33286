package knowledge

import (
	"strings"
	"testing"
)

func TestMustWish(t *testing.T) {
	for _, tt := range []readingCase{
		{"but must the soldier want one", "but the soldier must want one"},
		{"must they want to go", "they must want to go"},
		{"must south korea accept them", "must south korea accept them"}, // no wish: as asked
		{"what must they do if they want to go", "what must they do if they want to go"},
	} {
		if got := strings.Join(mustWish(strings.Fields(tt.in)), " "); got != tt.want {
			t.Errorf("mustWish(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"but must the soldier himself want one or not leh", "condition"},
		{"must the prisoners want to go?", "condition"},
	})
}
