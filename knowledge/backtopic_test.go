package knowledge

import "testing"

// TestBackTopic: the topic returned to stands for the question's pronoun.
func TestBackTopic(t *testing.T) {
	e := testEngine(t)
	before := []string{"Did the Russians help the North Koreans with those rockets of theirs?", "Is it still that Kim fellow running things up there?"}
	checkTurns(t, e, []turnCase{
		{"they, of the rockets", before, "Going back to the rockets, what were they called again?", "kn23", "KN-23"},
		{"no pronoun", before, "going back to the rockets, what did russia do to them?", "kn23", "accuracy"},
	})
}

// TestInAnyWay: "in any way" only widens a yes-no question.
func TestInAnyWay(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"offer conditional", []string{"what exactly did Seoul offer Kyiv regarding captured North Korean soldiers?"}, "Is that offer conditional in any way?", "condition", "want"},
	})
}
