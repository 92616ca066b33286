package knowledge

import "testing"

func TestNameList(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		// each of three names is an alternative, the first too
		{"Which country proposed taking in the North Korean captives: the US, South Korea, or Russia?", "who-proposed"},
	})
	checkAnswers(t, e, []answerCase{
		// a name before a phrase opening with a preposition is no item
		{"did NK troops get to Russia by rail or by air?", ""},
	})
	an := e.an.analyze("Did the US, South Korea, or Russia make the offer?", true)
	n := 0
	for _, tm := range an.terms {
		if tm.kind == KindEntity && tm.either != 0 {
			n++
		}
	}
	if n != 3 {
		t.Errorf("alternatives among the names: %d, want 3 (%+v)", n, an.terms)
	}
}
