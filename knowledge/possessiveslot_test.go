package knowledge

import (
	"strings"
	"testing"
)

// An idiom the pack writes with "their" is read with any owner in its
// place, the owner after it ("of"); a possessive outside such an idiom, or
// after another name, is left.
func TestPossessiveSlots(t *testing.T) {
	an := testEngine(t).an
	tests := []struct{ q, want string }{
		{"under which state's authority is kursk", "under their authority of which state is kursk"},
		{"is that in kyiv's corner", "is that in their corner of kyiv"},
		{"who is on russia's side", "who is on their side of russia"},
		{"is seoul still in kyiv's corner", "is seoul still in kyiv 's corner"}, // another name before: left
		{"what is north korea's role", "what is north korea 's role"},
		{"what did cho's ministry say", "what did cho 's ministry say"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := strings.Join(an.possessiveSlots(sentenceWords(tt.q)), " "); got != tt.want {
				t.Errorf("possessiveSlots(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

func TestPossessiveSlotAnswers(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"under which country's authority is kursk now", "kursk-control"},
		{"kursk is under which nation's control?", "kursk-control"},
		{"Is Ukraine in Russia's corner?", ""},
		{"Is Japan in Ukraine's corner?", ""},
	})
}
