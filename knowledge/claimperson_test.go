package knowledge

import "testing"

// TestWrongPersonNamesPerson: a person put wrong in a claim is corrected
// by an answer naming the one who did it, not by one naming a country.
func TestWrongPersonNamesPerson(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"Minister Kim made the POW offer, right?", "Cho Tae-yul"},
		{"Is it Zelensky who controls Kursk?", "Russia"},
		{"Minister Kim from South Korea made the POW offer, right?", "Cho Tae-yul"},
		{"Zelensky proposed the POW swap, right?", ""},
		// a person the report names, with a title or without
		{"Minister Budanov made the POW offer, right?", "Cho Tae-yul"},
		{"Budanov made the POW offer, right?", "Cho Tae-yul"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}
