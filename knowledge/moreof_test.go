package knowledge

import "testing"

func TestMoreOf(t *testing.T) {
	tests := []struct {
		q    string
		pos  int
		want bool
	}{
		{"what about more troops could they send more", 3, true},
		{"what about more troops will they arrive soon", 3, false},
		{"what about the troops could they send more", 3, false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ws := splitWords(tt.q)
			refs := findReferences(ws)
			if len(refs) != 1 {
				t.Fatalf("findReferences(%q) = %v, want one", tt.q, refs)
			}
			if got := moreOf(ws, tt.pos, refs[0]); got != tt.want {
				t.Errorf("moreOf(%q, %d) = %v, want %v", tt.q, tt.pos, got, tt.want)
			}
		})
	}
	e := testEngine(t)
	convs := []turnCase{
		{"more troops, sent by whom the last question named", []string{"the dead north korean soldiers, what's the latest figure"}, "what about more troops, could they send more?", "more-troops", "more troops"},
	}
	checkTurns(t, e, convs)
}
