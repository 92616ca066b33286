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
