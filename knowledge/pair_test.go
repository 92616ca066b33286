package knowledge

import (
	"slices"
	"testing"
)

// A question naming both of the report's figures, by number or by date,
// is answered by the entry that gives both, with both citations, however
// it sets them side by side; what the pair does not give stays unanswered.
func TestSideBySide(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q     string
		entry string // "" for declined
	}{
		{"is 4k deaths more than the 3k killed+wounded one", "losses"},
		{"nk soldiers losses january and february how many", "losses"},
		{"so did more norks die by feb than the jan count or what", "losses"},
		{"Are the January and February figures measuring the same thing?", "losses"},
		{"Does the 4,000 figure include the wounded, the way the 3,000 figure does?", "losses"},
		{"wait the article says 3000 and then 4000?? which one is it", "losses"}, // two numbers alone: the pair, whatever the score
		{"3k vs 4k wtf why dont the numbers match", "losses"},
		// a third date, a count between the two, a measure not counted
		{"We know the January and February numbers, but how many died in March?", ""},
		{"how many north korean soldiers died between january and february?", ""},
		{"How many North Koreans were killed between the January report and early February?", ""}, // the first date as its figure
		{"how many nk soldiers were captured in jan vs feb?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if got := answeredBy(a); got != tt.entry {
				t.Fatalf("Answer(%q) by %q, want %q\n%s", tt.q, got, tt.entry, e.Explain(tt.q))
			}
			if tt.entry == "" {
				return
			}
			var got []int
			for _, c := range a.Citations {
				got = append(got, c.Paragraph)
			}
			if !slices.Contains(got, 5) || !slices.Contains(got, 8) {
				t.Errorf("Answer(%q) cites paragraphs %v, want both figures' (5 and 8)", tt.q, got)
			}
		})
	}
}
