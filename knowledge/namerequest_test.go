package knowledge

import "testing"

func TestNamesAsked(t *testing.T) {
	// a request to name whom the question before asks for is left out:
	// the message is answered, or declined, as that question is
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Who came up with the 4,000 dead estimate then? Name the agency.", ""},
		{"Who is warning NK could send more troops? Name the agency.", "more-troops"},
		{"who offered to take the prisoners? which minister?", "who-proposed"},
		{"Who proposed taking the POWs? Name the country.", "who-proposed"},
	})
	for _, tt := range []struct {
		q, ws []string
		want  bool
	}{
		{[]string{"who", "made", "it"}, []string{"which", "agency"}, true},
		{[]string{"where", "are", "they"}, []string{"which", "region"}, false}, // not a question of who
		{[]string{"who", "made", "it"}, []string{"which", "agency", "said", "it", "first"}, false},
	} {
		t.Run(tt.ws[1], func(t *testing.T) {
			if got := namesAsked(tt.q, tt.ws); got != tt.want {
				t.Errorf("namesAsked(%q, %q) = %v, want %v", tt.q, tt.ws, got, tt.want)
			}
		})
	}
}
