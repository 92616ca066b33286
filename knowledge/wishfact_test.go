package knowledge

import "testing"

func TestWishFact(t *testing.T) {
	e := testEngine(t)
	// the group's wish asked as a fact: the report states it only as a condition
	for _, q := range []string{
		"do the north korean prisoners actually want to go to south korea?",
		"Are the captured soldiers willing to move to South Korea?",
	} {
		t.Run(q, func(t *testing.T) {
			if a := e.Answer(q); a.Answered {
				t.Errorf("Answer(%q) answered %q; want declined", q, a.Text)
			}
		})
	}
	// the condition itself, or a state's wish, is what the entries say
	checkAnsweredBy(t, e, "Do the prisoners have to want to move?", "condition")
	checkAnsweredBy(t, e, "Would South Korea take in North Korean POWs who want to move there?", "will-accept")
}
