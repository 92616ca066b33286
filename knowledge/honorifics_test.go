package knowledge

import (
	"slices"
	"testing"
)

// TestHonorifics checks that a name's hyphened honorific is dropped and
// that hyphened codes and words are joined as before.
func TestHonorifics(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"who is Budanov-ssi", []string{"who", "is", "budanov"}},
		{"Cho-nim said what", []string{"cho", "said", "what"}},
		{"Kim-SAN?", []string{"kim"}},
		{"Budanov-sshi는 who", []string{"budanov는", "who"}},
		{"the KN-23 missile", []string{"the", "kn23", "missile"}},
		{"Cho Tae-yul", []string{"cho", "taeyul"}},
		{"a non-sanctioned deal", []string{"a", "nonsanctioned", "deal"}},
		{"Budanov-nimble", []string{"budanovnimble"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := splitWords(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("splitWords(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestHonorificTurns checks that a name with an honorific is a referent
// for a later pronoun.
func TestHonorificTurns(t *testing.T) {
	checkTurns(t, testEngine(t), []turnCase{
		{name: "ssi with particle", q: "Budanov-ssi는 who is he?", entry: "budanov-role", says: "Defense Intelligence"},
		{name: "nim", q: "who is Budanov-nim", entry: "budanov-role", says: "Defense Intelligence"},
	})
}
