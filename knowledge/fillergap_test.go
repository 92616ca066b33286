package knowledge

import "testing"

// A filler phrase with a word inside it that only colours it is dropped as
// the filler is, so that the rest of the question decides the answer; a
// phrase of any other kind is not read across a word.
func TestFillerAcross(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"ok so what does the article actually say about kursk", "where-fighting"},
		{"What the report is saying about Budanov please?", "budanov-role"},
		{"what is the report really saying about the missiles", "kn23"},
		{"what does this article basically say about Cho", "cho-role"},
		// the rest of the question still decides: nothing answers it
		{"what does the report even say about China", ""},
		{"what does the article actually say about the weather in Seoul", ""},
	})
}

// "why?" after a question of what the report says, its frame dropped
// inside a filler, asks why the report says it: asked back, not answered
// by why North Korea sent troops.
func TestWhyOfFillerAcross(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"frame across a word", []string{"ok what does the article actually say about russia then"}, "why?", "", "What do you mean"},
		{"frame as written", []string{"what does the article say about russia"}, "why?", "", "What do you mean"},
	})
}
