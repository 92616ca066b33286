package knowledge

import "testing"

func TestPersonAskedIsNoCountry(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"which minister is in the talks between south korea and ukraine?", ""},
		{"which minister for South Korea talked about accepting these North Korean POWs?", "who-proposed"},
		{"Right, over to you: which intelligence chief is doing the talking about NK picking up combat experience?", "combat-experience"},
		{"which country is south korea talking with about the pows?", "talks-focus"}, // a country asked: Ukraine answers it
	})
}
