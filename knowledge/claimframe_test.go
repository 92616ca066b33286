package knowledge

import (
	"strings"
	"testing"
)

// TestFramedClaim: a claim in a frame (a teller, a label, quotes, a hedge,
// a check after it) is asked as the claim alone, put to check: stated by
// the report it is answered, with one detail wrong it is corrected, and
// what the report does not say stays declined.
func TestFramedClaim(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"my cousin reckons the north korean troops are being trained and kept under watch — legit?", "kursk-activity"}, // a teller, a check after
		{"A guest on my show claimed the Seoul-Kyiv talks are about the welfare of the prisoners. Is that what the article says?", "talks-focus"},
		{"Newsletter: 'Cho proposed the idea on a phone call.' Is that in the article?", "how-proposed"}, // a label, quotes
		{"no way north korea is actually fighting on russia's side", "why-sent"},                         // a hedge
		{"Correct me if I'm wrong but the North Koreans are fighting in the Kursk region.", "kursk-activity"},
		{"my aunt says Putin visited Pyongyang to thank the troops — true?", ""}, // not in the report
		{"Saw on Telegram: 'Ukraine has captured 50 North Korean soldiers.' Real?", ""},
		{"rumor has it NK sent 10,000 more troops in march", ""},
		{"my teacher says the war started in 2022 — true?", ""},                                              // a date of no one's fact
		{"fact check: north korean troops first arrived in russia in october", ""},                           // a month, of a fact dated by its year
		{"fact check: north korea sent troops in 2023", "when-sent"},                                         // a year, of one dated by its year
		{"north korea sent troops to russia, fact or fiction?", "why-sent"},                                  // a check after: "fact or fiction"
		{"For class: defense minister Cho proposed accepting the POWs. Is the title right?", "who-proposed"}, // a check of the title it names
		{"mi cousin seh south korea a go force di pow dem fi come, a true?", "condition"},                    // a Patois teller ("seh")
		{"cho made the offer at a summit in person, confirm ser?", "how-proposed"},                           // a crypto vocative after the check
		{"mi cousin seh putin visit pyongyang, a true?", ""},                                                 // not in the report
	})
	for _, tt := range []struct{ q, has string }{
		{"my uncle says the north koreans are fighting in donetsk — true?", "Kursk"},
		{"Breaking: 'North Korea's first war since the 1960s.' Accurate?", "1950s"},
		{"a redditor claimed Budanov is Ukraine's foreign minister. true?", "Defense Intelligence"},
		{"lol north koreans fighting in crimea now?? that's what i heard", "Kursk"}, // hearsay after it: a claim, as a teller before it
		{"north korea sent 50,000 troops, or so i've read", ""},
		{"so it's Russia's intel boss Budanov saying nk's gettin combat experience, mate?", "Ukraine's Defense Intelligence"}, // a vocative asking, as "right?" does
		{"nk sent 50,000 troops, mate?", ""},
		{"Verifying: the report says Ukraine counted over 3,000 NK dead or injured by December 2024, correct?", "January 2025"}, // an "or" of two kinds of loss is one figure's, no choice
		{"Verifying: over 3,000 NK dead or captured by January 2025, correct?", ""},                                             // no figure counts the captured: a choice no figure answers
		{"nk sent 50,000 troops, I read", ""},                                                                                   // hearsay after it, not in the report
		{"nk sent 50,000 troops, I read", ""},                                                                                   // hearsay after it, not in the report
		{"cher, russia made dem hwasong missiles more accurate, non?", "KN-23"},                                                 // a vocative before, a tag after ("non", "aye", "eh")
		{"cher, nk sent 50,000 troops, non?", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}

// TestFramedClaimReading: what is read as the claim, and what is no
// claim in a frame.
func TestFramedClaimReading(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"my uncle says the troops are in Kursk — true?", "the troops are in Kursk, right?"},
		{"Grandma here. The man on TV said the soldiers took heavy losses. Is that so, dear?", "the soldiers took heavy losses, right?"},
		{"Headline: 'Pyongyang in its first war since the 1950s'. Accurate?", "Pyongyang in its first war since the 1950s, right?"},
		{"Cho said South Korea stands by Ukraine — source?", "Cho said South Korea stands by Ukraine, right?"}, // a teller the report names is the claim's
		{"my friend told me about this nk soldiers thing, whats going on", ""},                                 // told about: no claim
		{"nk troops in ukraine? source?", ""},                                                        // states nothing
		{"wat did pootin say abowt north korea", ""},                                                 // a question, not a teller
		{"What are 'the complexities of the Ukraine conflict'?", ""},                                 // quotes in a question
		{"A reader writes that NK troops fight in Donetsk. Which region does the article name?", ""}, // a question of its own after
		{"the 'combat experience' claim about nk, who made it?", ""},
		{"Brazil said something about this war?", ""},                                                                              // what was said is asked
		{"'significant casualties reported' — russian side too?", ""},                                                              // a quote's verb, no teller's
		{"A thread claims Cho made the offer in Kyiv. Is that how the report describes it?", "Cho made the offer in Kyiv, right?"}, // "that how": the way it is told
		{"Cho made the offer in Kyiv. How does the report describe it?", ""},                                                       // a question of its own
	} {
		got, _ := e.framedClaim(tt.q, nil)
		if got != tt.want {
			t.Errorf("framedClaim(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestTruthLead: a lead asking whether what follows may be said, however
// worded, is cut from the claim; "is it true that" is not (the claim after
// it is read as it stands).
func TestTruthLead(t *testing.T) {
	for _, tt := range []struct {
		words string
		want  int
	}{
		{"would it be correct to state that japan offered", 6},
		{"would it be correct that japan offered to", 4},
		{"is it fair to say cho called kyiv", 5},
		{"is it accurate to claim nk sent troops", 5},
		{"is it true that japan offered to", 0},
		{"would it be correct", 0},
	} {
		if got := truthLead(strings.Fields(tt.words)); got != tt.want {
			t.Errorf("truthLead(%q) = %d, want %d", tt.words, got, tt.want)
		}
	}
}

// TestClaimAfterTruthLead: a claim after such a lead is corrected where
// one detail is wrong.
func TestClaimAfterTruthLead(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ question, has string }{
		{"Would it be correct to state that the Swiss government offered to accept the prisoners?", "South Korea"},
		{"Would it be correct that Japan offered to accept the prisoners?", "South Korea"},
	} {
		t.Run(tt.question, func(t *testing.T) { checkCorrection(t, e, tt.question, tt.has) })
	}
}

// TestCheckingLead: "Checking ... —" and "Reading <figure>" frame the claim
// after them; before anything else they frame nothing.
func TestCheckingLead(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Checking a line in our copy — roughly 4,000 North Korean fatalities in Kursk by early February. Correct?", "fatalities-feb"},
	})
	for _, tt := range []struct{ q, has string }{
		{"Reading 4,000 fatalities as of early March. Correct?", "February"},
		{"Checking a line in our copy — Putin visited Pyongyang to thank the troops. Correct?", ""},
		{"Reading 10,000 tanks as of early March. Correct?", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}

// TestConfirmLead: "(kindly/could you) confirm whether/if/that ..." puts
// what follows to check; what the report does not say stays declined.
func TestConfirmLead(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, has string }{
		{"Kindly confirm whether it was the Defence Minister of South Korea who made the proposal to Ukraine.", "Foreign Minister"},
		{"Could you confirm whether Seoul proposed a unilateral approach to handling the prisoners?", "collaborative"},
		{"Can you confirm if Putin visited Pyongyang?", ""},
		{"Can you confirm whether the report mentions Japan?", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}
