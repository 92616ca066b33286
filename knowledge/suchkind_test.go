package knowledge

import "testing"

func TestSinceWhenOfSuchKind(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"since when has north korea been in a war like this", "first-since-1950s"},
		{"since when is north korea in such a conflict", "first-since-1950s"},
		{"wait so nk aint fought in a proper war since when mate", "first-since-1950s"}, // "aint" negates
		{"since when have they been fighting like this", "first-since-1950s"},
		{"since when has north korea been sending troops like this", "when-sent"}, // no war of a kind
		{"since when have such losses happened", ""},                              // no war named
		{"since when has russia been in such a war", ""},                          // the report dates North Korea's
		{"since when have they been fighting?", ""},                               // when this one started
	})
}
