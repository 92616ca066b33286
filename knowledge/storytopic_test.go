package knowledge

import "testing"

func TestStoryTopic(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Where does the North Korean POW story come from? Source?", "source"},
		{"What is the source of the North Korean POW story?", "source"},
		{"What is the source of the article about North Korean prisoners?", "source"},
		// one nationality may be a source of its own: not dropped
		{"Where do the Russian news come from?", ""},
		// no source asked: the names are what is asked
		{"What does the North Korean POW story say about the condition?", "condition"},
	})
}
