package knowledge

import (
	"slices"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "It opened. It closed! Why? Nobody knows.", []string{"It opened.", "It closed!", "Why?", "Nobody knows."}},
		{"one sentence", "No full stop", []string{"No full stop"}},
		{"dotted abbreviation", "Then U.S. officials left. They came back.", []string{"Then U.S. officials left.", "They came back."}},
		{"title", "Mr. Smith came. Dr. Jones left.", []string{"Mr. Smith came.", "Dr. Jones left."}},
		{"initial", "It was J. K. Rowling. She wrote it.", []string{"It was J. K. Rowling.", "She wrote it."}},
		{"month", "On Jan. 5 it opened. It is open.", []string{"On Jan. 5 it opened.", "It is open."}},
		{"time", "At 3 p.m. on Monday it opened.", []string{"At 3 p.m. on Monday it opened."}},
		{"closing quote", `He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{"curly closing quote", "He said “no.” Then he left.", []string{"He said “no.”", "Then he left."}},
		{"question in a quote", `"Is it?" she asked. Yes.`, []string{`"Is it?" she asked.`, "Yes."}},
		{"lower case after", "It cost 1.90 euros. it rose.", []string{"It cost 1.90 euros. it rose."}},
		{"number after", "It rose in 2023. 40 people came.", []string{"It rose in 2023.", "40 people came."}},
		{"opening quote after", `He left. "Good," she said.`, []string{"He left.", `"Good," she said.`}},
		{"two spaces", "It opened.  It closed.", []string{"It opened.", "It closed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentences(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("sentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
