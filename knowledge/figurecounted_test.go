package knowledge

import (
	"slices"
	"testing"
)

func TestFigureCounted(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"where do those casualty numbers come from", []string{"casualty"}},
		{"who gave the casualty numbers", []string{"casualty"}},
		{"who provided those death toll figures", []string{"death"}},
		{"where does that number come from", nil},
		{"which one is the official number", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got, _ := figureCounted(splitWords(tt.q)); !slices.Equal(got, tt.want) {
				t.Errorf("figureCounted(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
	e := testEngine(t)
	convs := []turnCase{
		{"first, where they come from", nil, "where do those casualty numbers come from?", "losses", "Ukraine reported"},
		{"first, who gave them", nil, "who gave the casualty numbers?", "losses", "Ukraine reported"},
		{"after another answer", []string{"what did south korea propose?"}, "what's the source of the casualty numbers?", "losses", "Ukraine reported"},
		{"after a question turned down, how sure", []string{"does it say anything about the 47th brigade?", "where do those casualty numbers come from?"}, "is that confirmed", "losses", "estimate"},
		{"a count in words, alone", nil, "what's the source of the troop numbers?", "troop-count", "Kyiv and its allies"},
		{"a count in words, after it", []string{"how many troops did north korea send?"}, "what's the source of the troop numbers?", "troop-count", "Kyiv and its allies"},
		{"a count in words, who gave it", []string{"how many troops did north korea send?"}, "who gave the troop numbers?", "troop-count", "Kyiv and its allies"},
		{"the figure itself, of others: declined", nil, "What is the casualty estimate for Ukrainian forces in Kursk?", "", ""},
	}
	checkTurns(t, e, convs)
}

func TestPointedFigureGiver(t *testing.T) {
	e := testEngine(t)
	losses := []string{"how many north korean soldiers were killed or injured by january?"}
	checkTurns(t, e, []turnCase{
		{"who is giving this number", losses, "who is giving this number?", "losses-january", "Ukraine"},
		{"who gave that figure", losses, "who gave that figure?", "losses-january", "Ukraine"},
	})
}
