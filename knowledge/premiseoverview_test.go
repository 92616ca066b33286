package knowledge

import "testing"

// TestClaimBeforeReportQuestion: a question naming only the report after a
// claim someone writes or claims is not answered by what tells of the
// report itself (its source), which speaks of none of the claim; a
// question of the source alone still is.
func TestClaimBeforeReportQuestion(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{name: "writes then which region", q: "A reader writes that North Korean troops are fighting near Donetsk. Which region does the article name?", entry: "where-fighting", says: "Kursk"},
		// not answered by the source, nor by who stated the claim; that
		// it is not answered "Russia" is a gap left (its premise is read
		// as a statement, never as a claim put to check: claimframe.go)
		{name: "letter says then who", q: "A letter says Iran made the KN-23 more precise. Who does the article say did that?", entry: "", says: ""},
		{name: "claims then who", q: "My uncle claims China upgraded the KN-23. Who does the story say it was?", entry: "sentence-7-2", says: "Russia"},
		{name: "source alone", q: "Who published the article?", entry: "source", says: "newsukraine"},
	})
}

// TestPassageBeforeQuestion: a question after a premise that names a
// passage of the report ("The bit about ..., whose claim is that?") asks
// of that passage, and is not answered by what speaks of none of it; a
// request told as a habit ("I always want to know the sourcing") is no
// request of this message.
func TestPassageBeforeQuestion(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{name: "bit about then whose claim", q: "The bit about North Korea picking up combat experience alongside Russia, whose claim is that?", entry: "", says: ""},
		{name: "habit then passage", q: "I always want to know the sourcing on claims. The bit about North Korea picking up combat experience alongside Russia, whose claim is that?", entry: "", says: ""},
		{name: "source alone", q: "I want to know the source of the article.", entry: "source", says: "newsukraine"},
		// a claim is no passage: saysClaim reads a claim someone says
		{name: "the claim that, is that true", q: "The claim that North Korea sent troops, is that true?", entry: "who-says-sent", says: "Yes. "},
	})
}

func TestNamesPassage(t *testing.T) {
	for _, c := range []struct {
		premise string
		want    bool
	}{
		{"The bit about North Korea picking up combat experience", true},
		{"That part which says Kursk", true},
		{"The claim that North Korea sent troops", false},
		{"The troops about to go", false},
	} {
		if got := namesPassage(c.premise); got != c.want {
			t.Errorf("namesPassage(%q) = %v, want %v", c.premise, got, c.want)
		}
	}
}
