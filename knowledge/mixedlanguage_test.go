package knowledge

import "testing"

// Words of other languages mixed into an English question are read as
// the pack's mixed-in languages say (pack.toml): question words as the
// English ones, nouns of the report's matters as its terms, tags and
// particles as framing. What the report does not say stays declined.
func TestMixedLanguageWords(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"combien de soldats nord-coréens died in Kursk by february?", "fatalities-feb"},
		{"hoeveel North Korean soldiers were killed or injured in January?", "losses-january"},
		{"tai sao North Korea sent troops to Russia?", "why-sent"},
		{"nugu proposed taking the POWs?", "who-proposed"},
		{"kaç tane North Korean soldiers died by february abi?", "fatalities-feb"},
		{"siapa yang menteri luar negeri of South Korea?", "cho-role"},
		{"doko are the North Korean heishi fighting desu ka?", "where-fighting"},
		{"wetin Budanov talk say about North Korea army?", "combat-experience"},
		{"quanti morti by early february allora?", "fatalities-feb"},
		// near misses: the report gives no such figure
		{"how many Russian soldiers died, lah?", ""},
		{"combien de prisonniers did Ukraine capture?", ""},
		{"ile jeńcy does Ukraine hold?", ""},
		{"and how many soldados ucranianos died in Kursk?", ""},
		// an English word near a mixed-in one is not read as it
		{"what is the sense of this?", ""},
	})
}
