package knowledge

import "testing"

func TestWhoseStance(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"what's their position on the POW transfer?", true},
		{"what is their stance on it?", true},
		{"how many of their soldiers died?", false},
		{"what is their mission?", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ws := sentenceWords(tt.q)
			got := false
			for _, r := range findReferences(ws) {
				got = got || whoseStance(ws, r)
			}
			if got != tt.want {
				t.Errorf("whoseStance(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
	e := testEngine(t)
	checkTurn(t, e, nil, "What's their position on the POW transfer?", "", "Who do you mean?")
}
