package knowledge

import (
	"strings"
	"testing"
)

// The core of a question, without its chatter, is asked as a question of
// its own when nothing else answers: in parts, in part, without its frame.
func TestAnswerCore(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q    string
		want string // a phrase of the answer; "" for declined
	}{
		// two questions after chatter: the one the report answers, in part
		{"sry late to this, been scrolling for like 20 min catching up, who is cho tae yul and why is everyone talking abt him lol", "Foreign Minister. The report doesn't say why"},
		// chatter around a question the report does not answer
		{"sry late to this, been scrolling for like 20 min, how many tanks did nk send", ""},
		{"been scrolling for a while lol, who is cho tae yul and what is his salary", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			got := ""
			if a.Answered {
				got = a.Text
			}
			if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
				t.Errorf("Answer(%q) = %q, want %q\n%s", tt.q, got, tt.want, e.Explain(tt.q))
			}
		})
	}
}

func TestCoreKeepsAlternative(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Thinking of those who were wounded rather than killed, I'd like to know whether the report tells us how they are being cared for medically, or in which hospitals they are lying.", ""}, // not the talks on POW welfare
	})
	for _, tt := range []struct {
		q, core string
		want    bool
	}{
		{"I'd like to know how they are cared for, or in which hospitals they are lying.", "how they are cared for", true},
		{"I'd like to know how they are cared for, thanks a lot.", "how they are cared for", false},
	} {
		t.Run(tt.q, func(t *testing.T) {
			if got := dropsAlternative(tt.q, tt.core); got != tt.want {
				t.Errorf("dropsAlternative(%q, %q) = %v, want %v", tt.q, tt.core, got, tt.want)
			}
		})
	}
}
