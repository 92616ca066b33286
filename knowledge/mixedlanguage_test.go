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

// A message with words of another language is that language's only where
// they outnumber two to one its English words, the pack's words that are
// no name among them; a question wholly in the language, names and all,
// is still told so in it.
func TestMixedLanguageNotOther(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{
		"hola, cuántos soldados norcoreanos were killed or injured until january 2025?",
		"dónde están fighting the soldados norcoreanos? which region",
		"the ministro de exteriores of south korea, cómo se llama? who is he",
	} {
		if a := e.Answer(q); a.Outcome == OtherLanguage {
			t.Errorf("%q was read as %s", q, a.Language)
		}
	}
	for q, lang := range map[string]string{
		"¿Qué dijo Budanov sobre Kursk?":                            "es",
		"Pourquoi la Corée du Sud veut accueillir les prisonniers?": "fr",
		"Was hat Cho vorgeschlagen?":                                "de",
		"Quem é Cho Tae-yul?":                                       "pt",
	} {
		if a := e.Answer(q); a.Outcome != OtherLanguage || a.Language != lang {
			t.Errorf("%q: %s %s, want told in %s", q, a.Outcome, a.Language, lang)
		}
	}
}

// An English word is not read as a mixed-in language's word spelt the
// same (Italian "dove", where; German "tote", dead; French "blessés"
// without its accent): the mixed-in blocks leave such words out.
func TestMixedLanguageSparesEnglish(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ word, notAs string }{
		{"dove", "where"},
		{"chi", "who"},
		{"dice", "say"},
		{"tote", "killed"},
		{"blesses", "injured"},
		{"genre", ""},
		{"nan", ""},
		{"brat", ""},
	} {
		t.Run(tt.word, func(t *testing.T) {
			got := termTexts(e.an.analyze("the "+tt.word+" of it", false))
			if len(got) == 0 {
				t.Fatalf("%q read as nothing (a filler), want it kept as an English word", tt.word)
			}
			for _, g := range got {
				if g == tt.notAs {
					t.Errorf("%q reads as %v, want no %q", tt.word, got, tt.notAs)
				}
			}
		})
	}
}
