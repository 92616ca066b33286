package knowledge

import "testing"

func TestApposition(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q, entry, says string
	}{
		{"a description and a name, one person", "so the ukrainian guy, Cho, offered to take in the north korean soldiers?", "who-proposed", "South Korea's Foreign Minister"},
		{"two names listed, two people", "who are the main people quoted here? cho, budanov, anyone else?", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTurn(t, e, nil, tt.q, tt.entry, tt.says)
		})
	}
}
