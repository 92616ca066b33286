package knowledge

import "testing"

// A clue opening with the kind of its answer is asked as the question it
// stands for; one the report cannot answer stays declined.
func TestClueNounAsked(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Month of the 3,000 casualty figure?", "losses-january"},
		{"Month by which about 4,000 had died?", "fatalities-feb"},
		{"Medium of Cho's proposal: call or cable?", "how-proposed"},
		{"Year of the troop deployment?", "when-sent"},
		{"Month of Cho's phone call?", ""},
		{"Month in which Zelensky replied?", ""},
		{"City of the talks?", ""},
	})
	for _, tt := range []struct{ q, want string }{
		{"Month of the 3,000 casualty figure?", "What month was the 3,000 casualty figure?"},
		{"Month by which about 4,000 had died?", "By what month about 4,000 had died?"},
		{"Month of the figure? And who said it?", ""},
		{"Minister of foreign affairs?", ""},
	} {
		if got, _ := clueNounAsked(tt.q); got != tt.want {
			t.Errorf("clueNounAsked(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
