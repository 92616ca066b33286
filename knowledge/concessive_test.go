package knowledge

import "testing"

func TestDespiteLast(t *testing.T) {
	e := testEngine(t)
	jcs := []string{"The Joint Chiefs of Staff of South Korea, what they think will happen?"}
	checkTurns(t, e, []turnCase{
		{"a concession the last answer makes: yes", jcs, "even though so many died?", "more-troops", "Yes. "},
		// (pinned since 80cc190 moved despiteLast to the lenient
		// speaksOfAll: a plain word the entry lacks still declines)
		{"a plain word the last answer lacks: declined", jcs, "despite the weather?", "", ""},
		{"and/but stripped, a loss read whole: yes", jcs, "but even after the losses?", "more-troops", "Yes. "},
		{"a concession the last answer does not make: declined", []string{"which missiles did russia improve?"}, "even though so many died?", "", ""},
	})
}

func TestConcessionAfterQuestionNotAskedAlone(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		// the question before the concession answers, not the losses the
		// concession names alone
		{"whoa so the sk chiefs think nk might send even more dudes? even after all the losses?", "more-troops"},
	})
}
