package knowledge

import (
	"strings"
	"testing"
)

// TestNewsroomClaims: a claim put to check in an editor's words ("Par
// says ...", "Per the piece, ...", "Checking copy: ...") with one detail
// wrong is corrected with the report's fact, as the same claim put
// plainly is; a detail of a thing the report never speaks of stays
// declined.
func TestNewsroomClaims(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, has string }{
		{"Par says troops fighting in Belgorod region. Correct?", "Kursk"},            // a Russian region the pack did not know
		{"Per the piece, the ~4k fatalities were in Zaporizhzhia, correct?", "Kursk"}, // "per the piece" frames, as "according to the piece" does
		{"Per the article the troops are fighting in Donbas, right?", "Kursk"},
		{"Someone told me the North Korean troops are fighting in the Belgorod region. Is that what the report says?", "Kursk"},
		{"Per the article, North Korea sent tanks to Belgorod, correct?", ""}, // no tanks in the report
		{"Par says Russia struck Belgorod. Correct?", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}

// TestFramedChoice: a choice after a frame (a label, a teller, a checking
// lead) is asked alone, and what the report does not say stays declined.
func TestFramedChoice(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"Checking copy: Cho Tae-yul, foreign minister or defence minister?", "Cho Tae-yul, foreign minister or defence minister?"},
		{"Note from the desk: on a call or in person?", "on a call or in person?"},
		{"Cho Tae-yul, foreign minister or defence minister?", ""},        // no frame: read as it stands
		{"Checking copy: Cho is the foreign minister, right?", ""},        // no choice: a claim (framedClaim)
		{"Checking copy: foreign or defence? and when was the call?", ""}, // two questions
	} {
		t.Run(tt.q, func(t *testing.T) {
			got, _ := e.framedChoice(tt.q)
			if got != tt.want {
				t.Errorf("framedChoice(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
	checkAnswers(t, e, []answerCase{
		{"Checking copy: Cho Tae-yul, foreign minister or defence minister?", "cho-role"},
		{"Checking copy: did North Korea send tanks or jets?", ""},
		{"Note from the desk: was Cho paid in euros or dollars?", ""},
	})
}

// TestPidginClaimTag: Nigerian Pidgin's "abi?" last after a claim puts it
// to check as "right?" does; a claim of what the report never says stays
// declined.
func TestPidginClaimTag(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, has string }{
		{"So Ukraine talk say 4,000 North Korean soldiers don die by January abi? Abeg confirm", "over 3,000"},
		{"Cho na defence minister abi?", "Foreign Minister"},
		{"North Korea send 50,000 soldiers abi?", ""},
		{"north korea don send tanks abi?", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}

// TestInPersonClaims: a claim that Cho spoke face to face, or sorted it
// out at a sit-down, is a claim the offer was made in person, corrected
// by the phone call; a tail asking whether the teller talks nonsense puts
// the claim to check as "true?" does.
func TestInPersonClaims(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, has string }{
		{"I hear minister Cho go to Kyiv and speak face to face with them. Is this right?", "phone call"},
		{"cho sorted all this in a sit-down in kyiv, right?", "phone call"},
		{"me mate reckons cho sorted all this in a sit-down in kyiv, is he talkin out his backside", "phone call"},
		{"my uncle says the troops are fighting in Belgorod, or is he talking rubbish?", "Kursk"},
		{"my uncle says nk sent tanks, or is he talking rubbish?", ""},
		{"Did Cho speak face to face with Budanov?", ""},
		{"Did Cho talk in person with North Korean prisoners?", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
	checkReading(t, "lieTail", func(an analysis) string {
		if lieTail(an.words) {
			return "yes"
		}
		return ""
	}, []readingCase{
		{"is he talkin out his backside", "yes"},
		{"or is she talking rubbish", "yes"},
		{"is he talking about the kn-23", ""},
		{"rubbish", ""},
	})
}

// TestEchoTail: "was it actually X?" after a claim naming X puts the
// claim to check; X not the claim's, it is a question of its own.
func TestEchoTail(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ claim, tail, want string }{
		{"the American Joint Chiefs of Staff warned of more troops.", "Was it actually the Americans?", "yes"},
		{"the Chinese improved the KN-23.", "was it really China", "yes"},
		{"The troops are in Kursk.", "Was it the Americans?", ""}, // not the claim's
		{"the Americans warned of more troops.", "Was it a warning?", ""},
	} {
		t.Run(tt.tail, func(t *testing.T) {
			got := ""
			if e.echoTail(tt.claim, sentenceWords(tt.tail)) {
				got = "yes"
			}
			if got != tt.want {
				t.Errorf("echoTail(%q, %q) = %q, want %q", tt.claim, tt.tail, got, tt.want)
			}
		})
	}
	for _, tt := range []struct{ q, has string }{
		{"A regular at my pub swears the American Joint Chiefs of Staff warned that North Korea might send more soldiers. Was it actually the Americans?", "South Korea"},
		{"My friend says the Chinese improved the KN-23. Was it really China?", "Russia"},
		{"The troops are in Kursk. Was it the Americans?", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}

// TestOtherHolder: a claim putting the wrong post as who said a thing,
// "by" or "from" it, is corrected by the entry naming another post and
// its holder; a thing the report never has said stays declined.
func TestOtherHolder(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, has string }{
		{"The combat-experience comment is from Ukraine's defense minister, right?", "Budanov"},
		{"The combat experience comment was made by Ukraine's defense minister, right?", "Budanov"},
		{"The offer was made by South Korea's defense minister, right?", "Foreign Minister"},
		{"The comment about tanks is from Ukraine's defense minister, right?", ""},
		{"The KN-23 upgrade was announced by Ukraine's defense minister, right?", ""},
		{"The tanks were sent by Russia's defense minister, right?", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}

// TestWhereAsked: a place in a claim put to check is asked as "where",
// and the entry locating the troops elsewhere corrects it; asked plainly,
// or of a thing the report never places, it stays declined.
func TestWhereAsked(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, has string }{
		{"the nk troops are in kherson right?", "Kursk"},
		{"wait so di nk mandem deh inna kherson right? my bredren told me dat", "Kursk"},
		{"are the troops in kherson?", ""}, // asked plainly
		{"nk sent tanks to kherson right?", ""},
		{"cho was in kherson right?", ""},
		{"the kn-23 was tested in crimea right?", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}

// TestFlyFurther: a missile made to fly or go further puts its range to
// check, corrected by the accuracy the report gives; asked plainly, or of
// what is no missile, it stays declined.
func TestFlyFurther(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, has string }{
		{"Is it true that Russia made North Korea's KN-23 missiles fly further?", "accuracy"},
		{"Russia made the KN-23 go further, right?", "accuracy"},
		{"Did Russia make the KN-23 fly further?", ""}, // asked plainly
		{"Russia made its tanks go further, right?", ""},
		{"did north korean troops go further into ukraine?", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}

// TestNationalityClaimed: a country given a person is confirmed only by
// an answer naming it with them, near their name; one naming it of
// another thing ("Russian forces") gives no "Yes.".
func TestNationalityClaimed(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"Is Budanov Ukrainian?", "budanov-role", []string{"Yes."}},
		{"Is Cho South Korean?", "cho-role", []string{"Yes."}},
	})
	for _, q := range []string{"Is Budanov Russian?", "Budanov is Russian, right?", "Is Cho North Korean?"} {
		t.Run(q, func(t *testing.T) {
			if a := e.Answer(q); strings.HasPrefix(a.Text, "Yes") {
				t.Errorf("%q: got %q, want no Yes", q, a.Text)
			}
		})
	}
}

// TestCopyLead: a newsroom word and what it "has" frame the claim after
// them; elsewhere "has" is no teller's verb.
func TestCopyLead(t *testing.T) {
	checkRewrite(t, "cutCopyLead", func(ws []string) []string {
		rest, ok := cutCopyLead(strings.Join(ws, " "))
		if !ok {
			return nil
		}
		return strings.Fields(rest)
	}, []readingCase{
		{"Copy has North Korea's first war since the 1970s", "North Korea's first war since the 1970s"},
		{"our par says troops are in Belgorod", "troops are in Belgorod"},
		{"Cho has proposed accepting the soldiers", ""},
		{"copy has it", ""},
		// three words after the verb at least, read from the first six
		{"our par says troops were captured", "troops were captured"},
		{"our par says troops captured", ""},
		{"Draft reads: troops were captured", "troops were captured"},
	})
	e := testEngine(t)
	for _, tt := range []struct{ q, has string }{
		{"Copy has 'North Korea's first war since the 1970s'. Check pls.", "1950s"},
		{"Copy has the troops fighting in Belgorod. Check pls.", "Kursk"},
		{"Copy has NK sending tanks. Check pls.", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}
