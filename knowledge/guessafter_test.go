package knowledge

import "testing"

func TestGuessedAfter(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ in, want string }{
		{"Which country did Cho say South Korea supports — Russia?", "Which country did Cho say South Korea supports?"},
		{"Where are the NK troops fighting, Donbas?", "Where are the NK troops fighting?"},
		{"how'd he pitch it to them, at some big summit or what?", "how'd he pitch it to them?"}, // tagged: a guess at where
		{"how did he pitch it to them, at a summit?", ""},                                        // untagged: it narrows
		{"Who is Cho, minister of defence?", "Who is Cho?"},                                      // a role with a word no synonym reads
		{"How many died by February - 10,000?", "How many died by February?"},
		{"Who reported the figure — Ukraine or Seoul?", ""},                                  // a choice
		{"What happened to the POWs, were they moved?", ""},                                  // a second question
		{"Which party in Seoul is against it, proof?", ""},                                   // a word the pack knows: no guess
		{"What did he say, Budanov?", ""},                                                    // the guess may name the pronoun's one
		{"What happened in Kursk, in January?", ""},                                          // a preposition narrows what is asked
		{"How many are there? like 10k?", ""},                                                // two sentences
		{"Cho made the offer, Seoul's FM?", ""},                                              // no wh-question
		{"Who proposed accepting the POWs, and why?", ""},                                    // "and": more than a guess
		{"so who's running kursk now, is it the ukrainians?", "so who's running kursk now?"}, // "is it" puts the guess
		{"Who made the offer, was it Cho?", "Who made the offer?"},
		{"bestie who's in charge of kursk rn,, ukraine??", "bestie who's in charge of kursk rn,?"},                      // a hail the pack reads as nothing
		{"russia who controls kursk, ukraine?", ""},                                                                     // a name before the wh-word is no hail
		{"who controls kursk now, is it still ukraine's bit", "who controls kursk now?"},                                // "is it" asks without its mark
		{"who controls kursk now, ukraine", ""},                                                                         // no mark, no "is it": no guess
		{"where's the fightin happenin, is it somewhere inside ukraine itself or wha", "where's the fightin happenin?"}, // a chat tag
		{"what are the troops doing in kursk, is it still going on", ""},                                                // an act: a second question
		{"how many nk troops got sent, like a full squad or what", "how many nk troops got sent?"},                      // a tag asks of the guess
		{"gg, and how many nk troops got sent, like a full squad or what", "gg, and how many nk troops got sent?"},      // small talk opens it
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got, _ := e.guessedAfter(tt.in); got != tt.want {
				t.Errorf("guessedAfter(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestBeforeGuess: a wh-question with a wrong guess after it is answered
// as asked without the guess; a count guessed after a question of one the
// report does not give stays that count's decline.
func TestBeforeGuess(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		entry    string // "" for declined
		has      string
	}{
		{"Who heads Ukraine's military intelligence - Zelensky?", "budanov-role", "Budanov"},
		{"Which country is Kursk in — Ukraine?", "kursk-control", "Russia"},
		{"how many NK soldiers are in russia in total, like 10k?", "", ""},
		{"how many nk soldiers died, 5000?", "losses", "4,000"}, // the report's figures of the dead
		{"Who will pay for the POWs' resettlement — Seoul?", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrected(t, e, tt.question, tt.entry, tt.has)
		})
	}
}
