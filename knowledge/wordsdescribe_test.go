package knowledge

import (
	"strings"
	"testing"
)

// A wording noun that describes the thing ("which two adjectives describe
// X") asks the report's words for X, as "which adjectives does the report
// use for X" does; a thing the report does not speak of stays declined.
func TestWordsDescribe(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q string
		says    string // "" for not answered in the report's words
	}{
		{"paragraph pointed at first", "In the final paragraph, which two adjectives describe the effort between South Korea and Ukraine?", "humanitarian and geopolitical"},
		{"in the report, an adverb", "Which word in the report best describes the approach South Korea proposed to Ukraine for treating the prisoners?", "collaborative approach"},
		{"paragraph after the thing", "which adjective describes the losses in paragraph 9?", "severe losses"},
		{"nothing of the report", "which word describes China's position?", ""},
		{"nothing of the report, in the report", "Which word in the report best describes the weather in Kursk?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := e.Answer(tt.q)
			if tt.says == "" && a.Answered {
				t.Errorf("Answer(%q) = %q, want declined", tt.q, a.Text)
			}
			got := strings.HasPrefix(a.Text, "In the report's words") && strings.Contains(a.Text, tt.says)
			if want := tt.says != ""; got != want {
				t.Errorf("Answer(%q) = %q, want in the report's words %v, saying %q", tt.q, a.Text, want, tt.says)
			}
		})
	}
}

func TestWordsDescribeReading(t *testing.T) {
	tests := []struct{ q, want string }{
		{"In the final paragraph, which two adjectives describe the effort?", "the effort in the final paragraph?"},
		{"which word in paragraph 9 describes the losses?", "the losses in paragraph 9?"},
		{"what word best describes the talks?", "the talks?"},
		{"which phrase sums up the talks?", "the talks?"},
		// no wording noun as the subject, or no verb of describing
		{"which soldiers describe the fighting?", ""},
		{"which word does Cho use?", ""},
		{"which word sums the talks?", ""},
		{"In Kursk, which word describes the fighting?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got, _ := wordingAsked(tt.q); got != tt.want {
				t.Errorf("wordingAsked(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
