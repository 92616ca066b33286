package knowledge

import "testing"

func TestReadingKeepsWhen(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"On what date, precisely, did the telephone call between the two sides take place?", ""}, // not how Cho presented it
		{"When, prithee, was Cho named Foreign Minister?", ""},                                    // not who Cho is
		{"when did north korea send troops to russia?", "when-sent"},
		{"What help, such as housing or jobs, would the prisoners receive in South Korea?", ""},                      // not whether South Korea accepts them
		{"what means 'first engagement since 1950s'? north korea did not fight in war before?", "first-since-1950s"}, // the second question asks its own
	})
}
