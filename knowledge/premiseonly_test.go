package knowledge

import "testing"

func TestPremiseOnly(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q, entry, says string
	}{
		{"the foreign minister is Cho Tae-yul right? what is his proposal exactly", "cho-role", "accept"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			checkTurn(t, e, nil, tt.q, tt.entry, tt.says)
		})
	}
}
