package knowledge

import "testing"

func TestTwoQuestions(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"Who is Cho? Where are they fighting?", "cho-role", []string{"Foreign Minister", "Kursk"}},
		{"Why would South Korea care about enemy soldiers? What does the article say the talks are about?", "talks-focus", []string{"nothing in the report on your first question", "welfare"}},
		{"How did Kim Jong Un react? How many North Korean soldiers died?", "losses", []string{"nothing in the report on your first question", "3,000"}},
		{"Who is South Korea's president? What did he say?", "", nil},
		{"Cho's offer: formal visit or a call? And is it unconditional?", "how-proposed", []string{"phone call", "Only if they want to"}}, // a choice first, without a question word
		{"When did the North Koreans go over to Russia, was it this year or last? And who holds that Kursk region at the moment?", "when-sent", []string{"Last year", "Russian control"}},
	})
}

func TestTwoQuestionsCut(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"Who is Cho? Where are they fighting?", true},
		{"Who is Cho?", false},
		{"Cho called Kyiv. What did he propose?", false},
		{"Who is Cho? Where? Why?", false},
		{"Who is Cho?? really", false},
		{"Who is Cho? And where are they fighting?", true},
		{"Who is Cho? And?", false},
		{"Cho's offer: formal visit or a call? And is it unconditional?", true},
		{"is cho's offer about soldiers captured by russia? or by ukraine?", false}, // a choice second is the first's other half
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if _, _, got := twoQuestions(tt.q); got != tt.want {
				t.Errorf("twoQuestions(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}
