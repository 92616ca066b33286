package knowledge

import "testing"

// A patient, polite asker's courtesy ("if it's not too much trouble", "I
// hope you're well", "would it be indelicate to ask whether", "I do
// apologise if this is a silly question") and a "gentleman" for a man are
// how a question is asked (pack.toml's courtesy fillers, wordlists.go's
// stop words): the question inside is answered, and one the report cannot
// answer is still declined.
func TestCourtesyPlain(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Would it be indelicate to ask whether the South Korean military has voiced any concern about what North Korea might do next?", "more-troops"},
		{"I hope you're well. Could you please tell me, in plain words, what the gentleman from Ukrainian intelligence, Mr Budanov, said the North Korean army is getting out of all this?", "combat-experience"},
		{"Who is the South Korean gentleman that offered to take in the captured soldiers?", "who-proposed"},
		{"If it's not too much trouble, who proposed taking in the captured soldiers?", "who-proposed"},
		{"I hesitate to ask, but where are the North Korean troops fighting?", "where-fighting"},
		// the courtesy answers nothing the report does not say
		{"Would it be rude to ask what China thinks of the proposal?", ""},
		{"If it's not too much trouble, who won the election in Seoul?", ""},
		{"I hope you're well. What did Japan say about the prisoners?", ""},
		{"Who is the Japanese gentleman who commented on the talks?", ""},
		{"I hesitate to ask, but how many prisoners have moved to South Korea?", ""},
		{"Is North Korea in trouble?", ""},
	})
}
