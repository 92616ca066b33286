package knowledge

import "testing"

// A roleplayed question (a pirate's, a stage Elizabethan's) asks what the
// plain one does: the persona's hails are pack fillers, its archaic
// auxiliaries and pronouns are function words.
func TestPersonaQuestions(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Ahoy! Who be the scallywag proposin' to take in them North Korean soldiers captured by Ukraine, matey?", "who-proposed"},
		{"Prithee, good bot, what office doth Cho Tae-yul hold?", "cho-role"},
		{"Pray, how hath Russia improved the KN-23 of the North?", "kn23"},
		{"Arr matey, where be the NK crews fightin'?", "where-fighting"},
		{"Hark, what doth 'POW' signify, forsooth?", "will-accept"},
		{"what does South Korea's readiness signify?", "readiness-signifies"},
		{"ahoy, what be the source o' this tale, matey? which port did it sail from", "source"},
		{"fr tho whats sk tryna do w ukraine on the pow thing, on god", "collaboration"},
		{"who sais north korea sent troops", "who-says-sent"},
		{"arr @bot who be the captain o' Ukraine's Defense Intelligence?", "budanov-role"},
		{"Doth South Korea stand with Ukraine in this strife, or nay?", "sk-support"},
	})
}
