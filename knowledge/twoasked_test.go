package knowledge

import "testing"

// "what did he say?" after two questions of two people is asked back, and
// a reply naming one answers it; with more to it, or after questions of
// one person, it is answered.
func TestTwoAsked(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"two people asked of", []string{"who's cho tae-yul", "and budanov?"}, "what did he say?", "", "Who do you mean?"},
		{"the reply names one", []string{"who's cho tae-yul", "and budanov?", "what did he say?"}, "the ukrainian guy", "combat-experience", "combat experience"},
		{"one person asked of twice", []string{"who is kyrylo budanov", "what is his job"}, "what did he say?", "combat-experience", "combat experience"},
		{"one person asked of", []string{"who is kyrylo budanov"}, "what did he say", "combat-experience", "combat experience"},
		// "they" found the troops, who say nothing of their own
		{"a group says nothing", []string{"who reported the 3000 figure?", "and who warned more troops could come?"}, "what else did they say?", "", "Who do you mean?"},
	})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"what did he say", true},
		{"so what else did he say", true},
		{"what did he say on the phone call", false},
		{"why did he say", false},
		{"what did he mean", true},
		{"what else did he claim", true}, // a way of saying the pack's "say" gives
	} {
		ws := splitWords(tt.q)
		refs := findReferences(ws)
		if got := len(refs) == 1 && e.saysAlone(ws, refs[0]); got != tt.want {
			t.Errorf("saysAlone(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
