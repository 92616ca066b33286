package knowledge

import (
	"slices"
	"testing"
)

func TestNotGivenIn(t *testing.T) {
	tests := []struct {
		name, text string
		want       []notGiven
	}{
		{"who and verb", "Ukraine reported the January figure; the report does not say who estimated the February one.", []notGiven{{"who", "estim"}}},
		{"contraction", "The report doesn't say who estimated it.", []notGiven{{"who", "estim"}}},
		{"no verb after who", "The report does not say who: it says only that it has been stated.", nil},
		{"not a question word", "The report does not say that Ukraine has agreed to it.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := notGivenIn(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("notGivenIn(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestAsksNotGiven(t *testing.T) {
	const line = "Ukraine reported the January figure; the report does not say who estimated the February one."
	tests := []struct {
		q    string
		want bool
	}{
		{"who estimated it", true},
		{"who made that estimate", true},
		{"who reported it", false},
		{"who says so", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := asksNotGiven(notGivenIn(line), splitWords(tt.q)); got != tt.want {
				t.Errorf("asksNotGiven(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}
