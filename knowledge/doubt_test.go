package knowledge

import (
	"strings"
	"testing"
)

func TestWithoutDoubt(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in, want string // want "" for no doubt to leave out
	}{
		{"is ukraine even talking to sk about this or is it one-sided", "is ukraine even talking to sk about this"},
		{"are the nk troops still fighting in kursk or did they pull out", "are the nk troops still fighting in kursk"},
		{"have there been big casualties for nk or is that overblown", "have there been big casualties for nk"},
		// a doubt that names what the pack knows is a choice
		{"did the us say it would accept pows too or is it only south korea", ""},
		// nothing asked yes or no before it
		{"where are they or is it secret", ""},
		// no pronoun after the auxiliary: not a doubt
		{"did cho call or did budanov", ""},
		// the lesser side of a question of confirming
		{"is that confirmed or just reports", "is that confirmed"},
		{"is the 4k dead number legit or just a guess", "is the 4k dead number legit"}, // chat's "legit" is confirmed
		{"are the numbers verified or only claims", "are the numbers verified"},
		{"is it actually confirmed that nk sent troops or is the report relying on claims", "is it actually confirmed that nk sent troops"}, // the report's hearsay
		{"is it confirmed that nk sent troops or is the report relying on kursk", ""},                                                       // names what the pack knows
		{"is budanovs claim confirmed or is it based on sources", "is budanovs claim confirmed"},
		{"is the article quite certain that nk sent troops or is it rather a matter of reports", "is the article quite certain that nk sent troops"}, // "a matter of" hearsay
		{"is it confirmed or is it still a matter of claims", "is it confirmed"},
		{"is it confirmed or is it still a matter of kursk", ""}, // names what the pack knows                                            // a side saying something of the pack's may still be hearsay
		// a choice of two sides of equal weight stays one
		{"is that confirmed or denied", ""},
		{"was it a call or just a letter", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ws, ok := e.withoutDoubt(strings.Fields(tt.in))
			got := ""
			if ok {
				got = strings.Join(ws, " ")
			}
			if got != tt.want {
				t.Errorf("withoutDoubt(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// A question of confirming put of the report ("is the article certain
// that ...?") after courtesy and before the asker's doubt is read without
// both, and without the report's frame, as "is it confirmed that ...?" is.
func TestCertainOfTheReport(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"I hesitate to ask, but is the article quite certain that North Korea sent troops, or is it rather a matter of reports?", "who-says-sent"},
		{"is the article certain that North Korea sent troops?", "who-says-sent"},
		{"is it certain that North Korea sent troops?", "who-says-sent"},
		{"is the article quite certain that North Korea sent tanks, or is it rather a matter of reports?", ""},
		{"I'm certain I read that North Korea sent tanks. Is that right?", ""},
	})
}
