package knowledge

import (
	"slices"
	"testing"
)

func TestRolePronoun(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		// "his" is the one who holds the post the premise names
		{"The emissary who phoned the offer through: what is his ministerial portfolio?", "cho-role"},
	})
	pr := e.an.analyzeWords(sentenceWords("the minister and the troops"), true)
	if _, ok := rolePronoun(sentenceWords("what did he say"), pr); ok {
		t.Errorf("rolePronoun: two posts, want none chosen")
	}
	pr = e.an.analyzeWords(sentenceWords("the minister who made the offer"), true)
	if got, ok := rolePronoun(sentenceWords("what is his title"), pr); !ok || !slices.Contains(got, "minister") {
		t.Errorf("rolePronoun = %q, %v; want the minister", got, ok)
	}
}
