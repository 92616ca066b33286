package knowledge

import "testing"

// The report's source asked as a copy editor or a reader asks it: "this
// text" is the report, not a text message; the word after "source" says
// which part of it; "for the credit" is what the asker needs it for.
func TestSourceAskedAsCopyOrText(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"From which website does this text come? I would like to read the original.", "source"},
		{"where does this text come from?", "source"},
		{"Source domain?", "source"},
		{"Source line? Need it for the credit.", "source"},
		// a text sent stays the channel, of which the report says nothing
		{"did Cho send a text?", ""},
		{"was it this text message that Cho sent?", ""},
		// the source of a figure is not the report's
		{"source line for the casualties?", ""},
	})
}

// Chat's "ok real talk" opens a question in earnest and asks of no talks;
// "real talks" alone still does.
func TestRealTalkIsChatter(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"ok real talk how many nk soldiers dead by early feb", "fatalities-feb"},
		{"real talks between seoul and kyiv?", "talks-focus"},
	})
}
