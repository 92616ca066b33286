package knowledge

import (
	"testing"
)

// "what does that mean for X?" asks what the last answer says of X, when
// it speaks of X; of anything else, it is read as any question.
func TestMeansFor(t *testing.T) {
	e := testEngine(t)
	at := []struct {
		q    string
		want int
	}{
		{"what does that mean for the prisoners", 5},
		{"and what does this mean for their weapons", 6},
		{"what does that mean", -1},
		{"that means for the troops", 3}, // where: whether it asks is read apart
	}
	for _, tt := range at {
		t.Run("at/"+tt.q, func(t *testing.T) {
			if got := meansForAt(splitWords(tt.q)); got != tt.want {
				t.Errorf("meansForAt(%q) = %d, want %d", tt.q, got, tt.want)
			}
		})
	}
	tests := []turnCase{
		{"of a name the last answer speaks of", []string{"What exactly has South Korea proposed to Ukraine?"}, "And what does that mean for the prisoners?", "what-proposed", "relocate"},
		{"of a reference read first", []string{"What does Kyrylo Budanov claim North Korea is getting out of this war?"}, "And what does that mean for their weapons?", "combat-experience", "weapon"},
		{"of a name the last answer does not speak of", []string{"What exactly has South Korea proposed to Ukraine?"}, "what does that mean for russia?", "", ""},
	}
	checkTurns(t, e, tests)
}
