package knowledge

import "testing"

// TestChatReplyClaim: a claim put to check as a reply to another user,
// or as a verdict on whoever said it, is read as what was said.
func TestChatReplyClaim(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"whoever said NK sent troops this year is wrong, it was last year right?", "NK sent troops this year, right?"},
		{"anyone who says 3k were all killed is wrong, right?", "3k were all killed, right?"},
		{"whoever is saying SK will take every POW is lying lol", "SK will take every POW, right?"},
		{"@dan nooo the Jan casualty figure came from Russia, not Ukraine??", "the Jan casualty figure came from Russia, not Ukraine, right?"},
		{"@dan says Cho dropped support for Ukraine, is that right?", "Cho dropped support for Ukraine, right?"},
		{"@sarah you said the Feb number was 4k, right?", "the Feb number was 4k, right?"},
		{"<@123> nah u said the talks are about trade, true?", "the talks are about trade, right?"},
		{"@sarah you said the Feb number was 5k, pretty sure it's lower?", "the Feb number was 5k, right?"}, // the asker's doubt after it
	} {
		t.Run(tt.q, func(t *testing.T) {
			if got, _ := e.framedClaim(tt.q, nil); got != tt.want {
				t.Errorf("framedClaim(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
	for _, q := range []string{
		"@dan where are they fighting?", // a question to a user, no claim
		"whoever said that, what's the source?",
		"@kim ok",
	} {
		if got, ok := e.framedClaim(q, nil); ok {
			t.Errorf("framedClaim(%q) = %q, want none", q, got)
		}
	}
	checkAnswers(t, e, []answerCase{
		{"whoever said NK sent troops this year is wrong, it was last year right?", "when-sent"},
		{"whoever said SK will take every POW no matter what is wrong, right?", "condition"},
		{"@dan nooo the Jan casualty figure came from Russia, not Ukraine??", "losses-january"},
		{"yeah nah hang on, kursk is under ukrainian control isnt it?", "kursk-control"},
	})
}
