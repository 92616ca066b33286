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
		// how much one is above the other is read off the two
		{"how much higher is the feb figure than the jan one", "losses"},
		{"how much did the number jump from jan to feb", "losses"},
		{"Roughly how many more North Korean troops had died by early February compared with the January 2025 report?", "losses"},
		{"Did the toll increase or decrease between the January figure and the early-February estimate, and by about how much?", "losses"},
		{"jan number vs feb number, which 1 is bigger", "losses"},
		// "more" and the measure counted, with no "than", after both figures
		{"In January it say 3,000, in February it say 4,000. So more soldiers die?", "losses"},
		{"now the 3000 one was JANUARY and the 4000 one was FEBRUARY... so did MORE boys die", "losses"},
		{"jan 3000, feb 4000. did nk send more soldiers?", ""},
		{"jan 3000 feb 4000 so more soldiers captured?", ""},
		// ranked below the entries of each figure alone, still asked of
		{"Why does one figure say 3,000 and the other 4,000? Are they even counting the same thing?", "losses"},
		// "vs" between the two figures, each with its own measure
		{"how many nk troops dead by feb vs dead/wounded by jan?", "losses"},
		{"how many killed in jan vs injured in feb?", ""},
		{"how many killed vs injured in jan and feb?", ""},
		// a third date, a count between the two, a measure not counted
		{"how much higher was the troop count in feb than in jan?", ""},
		{"how many more troops did nk send in feb than in jan?", ""},
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
