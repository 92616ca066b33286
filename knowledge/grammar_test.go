package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestSubjectsAndActors(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in               string
		subjects, actors string
	}{
		{"What did Pyongyang say about the proposal?", "north_korea", "north_korea"},
		{"What has it been stated Russia did?", "russia", "russia"},                                            // the question ends at its verb
		{"what does sk being ready to accept pows signify", "", "south_korea prisoner_of_war"},                 // a clause the name opens is the thing asked of
		{"what does sk offering to take pows say about its foreign policy", "", "south_korea prisoner_of_war"}, // "does" takes no -ing verb of its own
		{"What North Korea government say about this proposal?", "north_korea", "north_korea"},                 // the auxiliary left out
		{"Is North Korea sending weapons to Russia?", "north_korea", "north_korea"},                            // Russia is a place
		{"How many troops did Russia send to North Korea?", "russia", "russia"},
		{"Are NK missiles more accurate?", "", "north_korea"},                                       // not before an -ing form
		{"Is Ukraine in Russia's corner?", "ukraine", "ukraine"},                                    // "is" first, then a small word
		{"Russia proposed accepting POWs, right?", "russia", "russia prisoner_of_war"},              // a statement asked back
		{"South Korea is also sending soldiers to Ukraine?", "south_korea", "south_korea"},          // past an adverb
		{"Have any of the captured North Korean soldiers said they want to go?", "north_korea", ""}, // a part of the group (its soldiers: no actor)
		{"Have any captured North Korean soldiers said they want to go?", "north_korea", ""},
		{"What does South Korea readiness to accept the prisoners show?", "", "south_korea prisoner_of_war"}, // the name says whose readiness
		{"What did Russia enhance?", "russia", "russia"},
		{"What is North Korea's opinion of the proposal?", "north_korea", ""}, // whose act, written as a noun
		{"Which is the opinion of the North Korean government?", "north_korea", ""},
		{"Did North Korea experience heavy losses?", "north_korea", "north_korea"}, // a verb with its object
		{"Did South Korea condition its offer?", "south_korea", "south_korea"},
		{"Is South Korea also sending troops?", "south_korea", "south_korea"},
		{"Did NK soldiers die?", "north_korea", ""},
		{"What issue are Russia and North Korea collaborating on?", "russia", "russia north_korea"}, // a list before an -ing form                      // NK qualifies soldiers, who act for it
		{"What do the NK casualty figures indicate?", "", "north_korea"},                            // "the": a noun phrase
		{"North Korean soldiers captured by Ukraine", "", "ukraine"},                                // "by" names the doer
		{"Reports from Kyiv and its allies", "", ""},
		{"What did the Kremlin say about the KN-23?", "russia", "russia"},           // "the" before a name that says
		{"What did the North Korean government say?", "north_korea", "north_korea"}, // the government is the country
		{"Has Seoul's government sent troops?", "south_korea", "south_korea"},
		{"Did the Russian authorities send them?", "russia", "russia"},
		{"Did the JCS say Russia would send troops?", "joint_chiefs_of_staff russia", "joint_chiefs_of_staff russia"}, // a reported clause
		{"What does it mean that South Korea will take them?", "", "south_korea"},                                     // no one is said to say it
	}
	join := func(ts []term) string {
		var out []string
		for _, t := range ts {
			out = append(out, t.text)
		}
		return strings.Join(out, " ")
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			an := e.an.analyze(tt.in, true)
			if got := join(subjects(an.words, an.terms)); got != tt.subjects {
				t.Errorf("subjects(%q) = %q, want %q", tt.in, got, tt.subjects)
			}
			if got := join(actors(an.words, an.terms)); got != tt.actors {
				t.Errorf("actors(%q) = %q, want %q", tt.in, got, tt.actors)
			}
		})
	}
}

func TestDeeds(t *testing.T) {
	checkReading(t, "deeds", func(an analysis) string {
		var got [][2]string
		for _, d := range deeds(an.words, an.terms, doers(an.words, an.terms)) {
			got = append(got, [2]string{d.doer, d.act})
		}
		return pairsText(got)
	}, []readingCase{
		{"North Korea has sent thousands of troops", "north_korea>send"},
		{"South Korea is also sending troops", "south_korea>send"}, // an adverb does not part them
		{"North Korea also sent troops", "north_korea>send"},
		{"troops are reportedly being trained", ""}, // done to them
		{"soldiers captured by Ukraine", "ukraine>captured"},
		{"the United States and South Korea say", "united_states>say south_korea>say"},
		{"Are the North Koreans supervised?", ""},                     // done to them
		{"are north koreans being trained by russia", "russia>train"}, // done to them, by Russia
		{"North Korea is expected to send more", ""},
		{"Is North Korea sending weapons?", "north_korea>send"},
		{"South Korea has proposed to accept the soldiers", "south_korea>propose south_korea>accept"},            // and what it sets out to do
		{"Kyrylo Budanov, head of Ukraine's Defense Intelligence, said", "budanov>say defense_intelligence>say"}, // past who he is
		{"the North Korean military is acquiring vital combat experience", "north_korea>experience"},             // its forces, and "is" before an -ing form
		{"South Korea is collaborating with Ukraine", "south_korea>collaborate ukraine>collaborate"},             // with another, the other does it too
		{"North Korean soldiers captured by Ukraine", "ukraine>captured"},                                        // not the soldiers capturing
	})
}

// compounds say whose: an entity written as an adjective or a possessive,
// right before the word it qualifies.
func TestCompounds(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in, want string
	}{
		{"How many Russian soldiers died?", "russia>troops"},
		{"North Korea's foreign minister", "north_korea>foreign_minister"},
		{"the North Korean troops", "north_korea>troops"},
		{"how many soldier of Ukraine die", "ukraine>troops"},
		{"how many soldiers did Ukraine lose", "ukraine>troops"}, // the subject of a loss loses its own
		{"head of ukraine defense intelligence", ""},             // Ukraine qualifies the intelligence
		{"are Russians monitoring the troops", ""},               // a subject
		{"is Pyongyang helping Moscow in the war", ""},           // a subject; Moscow is not next to war
		{"the JCS expect more troops", ""},
		{"How does the experience help North Korea, according to Budanov?", ""},        // the one who says it is after "according to"
		{"ukraine foreign minister", "ukraine>foreign_minister"},                       // a bare name before a role
		{"ukraine casualties in kursk", "ukraine>casualties"},                          // a bare name before a noun of loss
		{"Ukraine captured soldiers", ""},                                              // before a verb, a subject
		{"Has Ukraine wounded North Korean soldiers?", "north_korea>troops"},           // "wounded" is a verb here
		{"the prisoners already said they want to go", "prisoner_of_war>say"},          // past an adverb before the verb
		{"russian spy chief", "russia>defense_intelligence defense_intelligence>head"}, // an adjective before an entity
		{"Kyiv and its allies", ""},
		{"under Russian or Ukrainian control", "russia>control ukraine>control"},       // alternatives
		{"the United States and South Korea say", "united_states>say south_korea>say"}, // a list
		{"about Russia and North Korean missiles", "north_korea>missile"},              // a bare name, then an adjective
		{"where in Russia are Pyongyang's troops", "north_korea>troops"},
		{"how does it help North Korea, according to Budanov", ""}, // the doer follows "according to"
		{"what does Seoul say", "south_korea>say"},
		{"the North Koreans that Ukrainian forces have caught", ""}, // the agent of a relative clause
		{"the missiles that Russian troops have", "russia>troops"},  // not past "have": whose they are
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			an := e.an.analyze(tt.in, true)
			for _, c := range compounds(an.terms, an.words) {
				got = append(got, c[0]+">"+c[1])
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("compounds(%q) = %q, want %q", tt.in, g, tt.want)
			}
		})
	}
}

func TestObjects(t *testing.T) {
	checkReading(t, "objects", func(an analysis) string {
		return pairsText(objects(an.words, an.terms, false)) + " | " + pairsText(objects(an.words, an.terms, true))
	}, []readingCase{
		{"support for ukraine", "support>ukraine | support>ukraine"},
		{"to bolster Russian forces", "support>russia | "},        // right after it, in an answer only
		{"What did Cho promise Ukraine?", "reiterate>ukraine | "}, // whom it is done for, in a question
		{"sent thousands of troops to Russia", " | "},             // a place
	})
}

func TestRoleObjects(t *testing.T) {
	checkReading(t, "roleObjects", func(an analysis) string {
		var got []string
		for _, ro := range roleObjects(an.words, an.terms) {
			got = append(got, ro[0]+">"+ro[1])
		}
		return strings.Join(got, " ")
	}, []readingCase{
		{"the head of Ukraine's Defense Intelligence", "head>defense_intelligence"}, // past the name that qualifies
		{"Who leads Ukraine?", "head>ukraine"},
		{"Who leads the North Korean troops?", "head>troops"},
		{"Minister Cho", ""},            // a person after a role holds it
		{"What does Budanov head?", ""}, // of nothing named
	})
}

func TestParties(t *testing.T) {
	checkReading(t, "parties", func(an analysis) string { return pairsText(parties(an.words, an.terms)) }, []readingCase{
		{"the discussions between South Korea and Ukraine", "talks>south_korea talks>ukraine"},
		{"talks between Russia, North Korea", "talks>russia"}, // a list is joined by "and" or "or"
		{"the talks with Ukraine", ""},
	})
}

func TestPartners(t *testing.T) {
	checkReading(t, "partners", func(an analysis) string { return pairsText(partners(an.words, an.terms)) }, []readingCase{
		{"South Korea has proposed to Ukraine a collaborative approach", "propose>ukraine"},
		{"through collaboration with Russian forces", "collaborate>russia"},
		{"sent thousands of troops to bolster Russian forces", ""}, // a verb after "to"
	})
	// a curator's name whose alias starts with "to" holds the word itself
	ws := []string{"proposed", "to", "go"}
	ts := []term{{text: "propose", kind: KindWord, pos: 0, end: 1}, {text: "togo", kind: KindEntity, pos: 1, end: 3}}
	if got := partners(ws, ts); len(got) != 0 {
		t.Errorf("partners(%q) = %v, want none", ws, got)
	}
}

func TestAsksPartnerAndOwner(t *testing.T) {
	tests := []struct {
		q              string
		partner, owner bool
	}{
		{"To whom did Seoul propose it?", true, false},
		{"who did sk pitch the joint pow approach to", true, false},
		{"who was sk even talking to about this", true, false},
		{"whats the name of the ukrainian official he talked to", false, false}, // a name of one the question names
		{"Who proposed it?", false, false},
		{"Which country do the KN-23 missiles belong to?", true, true},
		{"Whose are the KN-23 missiles?", false, true},
		{"Which country do the prisoners that South Korea is discussing come from?", false, true}, // where from is whose
		{"Who is Cho from?", false, true},
		{"Which country did North Korea send its soldiers to last year?", true, false}, // "to" before a time
		{"Whose forces are they reinforcing?", false, false},                           // "whose" before its noun: see answersWho
	}
	e := testEngine(t)
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			an := e.an.analyze(tt.q, true)
			i := slices.IndexFunc(an.terms, func(t term) bool { return t.text == "who" })
			if i < 0 {
				t.Fatalf("no who in %v", an.terms)
			}
			if got := asksPartner(an.words, an.terms[i]); got != tt.partner {
				t.Errorf("asksPartner = %v, want %v", got, tt.partner)
			}
			if got := asksOwner(an.words, an.terms[i]); got != tt.owner {
				t.Errorf("asksOwner = %v, want %v", got, tt.owner)
			}
		})
	}
}

func TestTopics(t *testing.T) {
	checkReading(t, "topics", func(an analysis) string { return pairsText(topics(an.words, an.terms)) }, []readingCase{
		{"The ongoing dialogues between South Korea and Ukraine regarding North Korean prisoners of war", "talks>prisoner_of_war"},
		{"the talks on the prisoners", "talks>prisoner_of_war"},
		{"talks about Russia", "talks>russia"},
		{"the talks focus on the welfare of the prisoners", ""}, // about the welfare, no name
		{"the talks between South Korea and Ukraine", ""},
	})
}

func TestScopes(t *testing.T) {
	checkReading(t, "scopes", func(an analysis) string { return strings.Join(scopes(an.words, an.terms), " ") }, []readingCase{
		{"Where in South Korea will the POWs go?", "south_korea"},
		{"Where are the troops fighting in Russia?", "russia"},
		{"The troops are in Kursk, is that where they fight?", ""}, // a premise
		{"How many troops are in Kursk?", ""},                      // not a where question
		{"Where are the Russian troops?", ""},                      // Russian qualifies
	})
}

func TestIdentity(t *testing.T) {
	checkReading(t, "identity", func(an analysis) string { x, _ := identity(an.words, an.terms); return x }, []readingCase{
		{"Who is Cho?", "cho"},
		{"Who are the North Korean POWs?", "prisoner_of_war"},              // North Korean qualifies
		{"who is the foreign minister of south korea", "foreign_minister"}, // the first role
		{"What are the names of the captured soldiers?", "troops"},         // "name", and a key word
		{"nk pows names", "prisoner_of_war"},
		{"whos the ukrainian fm", "foreign_minister"},                            // "who the ...", no verb: who is
		{"What is the name of Ukraine's intelligence chief's deputy?", "deputi"}, // a word no synonym reads
		{"Who are the North Korean troops fighting for?", ""},                    // asks more than who they are
		{"Who proposed accepting POWs?", ""},                                     // not "who is"
		{"Which country is Kursk in?", ""},                                       // "which country", not "who"
		{"Who is reporting that North Korea sent troops?", ""},                   // a verb, not who someone is
		{"Who is South Korea's foreign minister's boss?", "head"},                // past the role that owns
		{"who's cho's boss", "head"},                                             // past the person who owns
		{"who's got kursk", ""},                                                  // "'s" as "has"
		{"Who is capturing the North Korean soldiers?", ""},                      // a verb's -ing after "is": who does it
	})
}

func TestExcluded(t *testing.T) {
	checkReading(t, "excluded", func(an analysis) string { return strings.Join(excluded(an.words, an.terms), " ") }, []readingCase{
		{"Which allies sent troops besides North Korea?", "north_korea"},
		{"Who other than Kyiv says so?", "ukraine"},
		{"Apart from Russia and Ukraine, who is fighting?", "russia"},
		{"Besides fighting, what are the troops doing?", ""},
	})
}

func TestCounted(t *testing.T) {
	checkReading(t, "counted", func(an analysis) string { w, _ := counted(an.terms); return w }, []readingCase{
		{"What casualty figure was reported?", "casualties"},
		{"how many casualties", "casualties"},
		{"How many troops did North Korea send?", ""}, // a role, checked as one
		{"How many did North Korea send?", ""},
	})
}

func TestKindAsked(t *testing.T) {
	checkReading(t, "kindAsked", func(an analysis) string { return fmt.Sprint(kindAsked(an.words, an.terms)) }, []readingCase{
		{"Is the KN-23 a cruise missile?", "true"},
		{"Is Cho a diplomat?", "true"},
		{"Is the KN-23 accurate?", "false"},
		{"is the kn-23 nuclear?", "true"}, // a last word the pack does not know
		{"Was it a phone call?", "false"}, // no name
	})
}

func TestOfficialAsked(t *testing.T) {
	checkReading(t, "officialAsked", func(an analysis) string {
		c, ok := officialAsked(an.words, an.terms)
		return fmt.Sprint(c, " ", ok)
	}, []readingCase{
		{"Which Ukrainian official is quoted?", "ukraine true"},
		{"Which official heads Ukraine's intelligence?", " true"},
		{"What person proposed it?", " true"},
		{"What did the official say?", " false"}, // asks what, not which official
		{"Which region does Russia control?", " false"},
	})
}

func TestAskedFor(t *testing.T) {
	checkReading(t, "askedFor", func(an analysis) string { h, _ := askedFor(an.words, an.terms); return h }, []readingCase{
		{"Which reports indicate North Korean involvement?", "report"},
		{"What weapons did North Korea give Russia?", "weapon"},
		{"What marks North Korea's first war in decades?", ""},                     // a verb before its object
		{"Which region are they in?", ""},                                          // "which region" is a question word
		{"What did Budanov say?", ""},                                              // asks for no word
		{"Who are the allies of Kyiv which report about North Korean troops?", ""}, // a relative "which"
		{"Which other weapons did Russia improve?", "weapon"},                      // "other" between
	})
}

func TestAsksMethod(t *testing.T) {
	checkReading(t, "asksMethod", func(an analysis) string { return fmt.Sprint(asksMethod(an.words, an.terms)) }, []readingCase{
		{"How exactly did Russia make the KN-23 more accurate?", "true"},
		{"How did the North Korean soldiers get to Kursk?", "true"}, // an act the pack does not read (howUnread)
		{"How did Russia improve the KN-23?", "false"},              // answered by what it did
		{"How has Russia affected the KN-23?", "false"},             // the perfect asks the outcome
	})
}

func TestWhereFrom(t *testing.T) {
	checkReading(t, "whereFrom", func(an analysis) string { return fmt.Sprint(whereFrom(an.words)) }, []readingCase{
		{"Where do the reports of the North Korean troop dispatch come from?", "true"},
		{"where's the article from", "true"},
		{"Where are the troops fighting?", "false"},
		{"From where did the troops come?", "false"}, // "where" not first
	})
}

func TestWhereNow(t *testing.T) {
	checkReading(t, "whereNow", func(an analysis) string { return fmt.Sprint(whereNow(an.words, an.terms)) }, []readingCase{
		{"Where are the North Korean POWs now?", "true"},
		{"Where are the NK troops currently?", "true"},
		{"Where are the North Korean troops?", "false"}, // not asked of now
		{"Where are the troops fighting now?", "false"}, // an act
		{"Where would the POWs go now?", "false"},       // no "be"
	})
}

func TestBeingDone(t *testing.T) {
	checkReading(t, "beingDone", func(an analysis) string { return strings.Join(beingDone(an.words, an.terms), " ") }, []readingCase{
		{"How are the POWs being treated in Ukraine?", "treatment"},
		{"how r the nk pows being treated by ukraine rn", "treatment"},
		{"Are the North Korean troops being trained?", "train"},
		{"what does sk being ready to accept pows signify", ""},                         // a state, no "be" before
		{"Would they have to express interest before being accepted?", ""},              // after a preposition
		{"South Korea proposed a joint approach to the treatment of the prisoners", ""}, // no "being"
	})
}

func TestAsksWhatSaid(t *testing.T) {
	checkReading(t, "asksWhatSaid", func(an analysis) string { return fmt.Sprint(asksWhatSaid(an.words, an.terms)) }, []readingCase{
		{"What did Cho emphasize on the call?", "true"},
		{"What Cho was emphasizing in the phone call?", "true"}, // the speaker after "what"
		{"what exactly did he say on the call", "true"},
		{"Can you summarize what Cho offered Ukraine?", "true"}, // offering is a way of saying
		{"What was said on the call?", "true"},
		{"What kind of call was the proposal made on?", "false"},              // a noun after "what"
		{"What was the format of Cho's communication with Ukraine?", "false"}, // asks how
		{"How did Cho present the proposal?", "false"},
		{"Did Cho say South Korea would accept them?", "false"}, // no "what"
		{"What weapons did North Korea give Russia?", "false"},  // no saying
		{"what was the phone call about", "true"},               // its content (asksContent)
		{"What was the call about again?", "true"},
		{"What happened during the recent phone call?", "true"},
		{"What is the article about?", "true"},
		{"What happened to the POWs?", "false"}, // not within a thing
		{"What kind of call was it about?", "false"},
	})
}

func TestCountsApart(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Of the 3,000, how many were killed and how many injured?", true},
		{"how many nk soldiers were just injured, not killed", true},
		{"of the 3k how many died vs got hurt", true},
		{"out of the 3000, how many died?", true},
		{"Of those 3,000 from January, I wonder how many actually died.", true},
		{"how many of them had died by february?", false}, // of the soldiers, not of a figure
		{"How many North Korean soldiers were killed or injured?", false},
		{"How many North Korean soldiers have died in total?", false},               // "in total" is no second count
		{"Is the 3,000 number just deaths, or does it lump in the wounded?", false}, // asks what the figure is, not a count
		{"how many troops did North Korea send?", false},
		{"How many were injured, as opposed to killed?", true},
		{"How many of the casualties were injuries rather than deaths?", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := countsApart(sentenceWords(tt.in)); got != tt.want {
				t.Errorf("countsApart(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestThereAsked(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ in, want string }{
		{"Are the prisoners now in South Korea?", "south_korea"},
		{"are the pows already in seoul", "south_korea"},
		{"Are the POWs in South Korea?", "south_korea"},               // whether, even without "now"
		{"Are there thousands of North Korean troops in Russia?", ""}, // how many are there
		{"is that in russia or ukraine?", ""},                         // which of two
		{"Have the POWs moved to South Korea yet?", ""},               // an act: see doneActs
	}
	for _, tt := range tests {
		an := e.an.analyze(tt.in, true)
		if got := thereAsked(an.words, an.terms); got != tt.want {
			t.Errorf("thereAsked(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDoneActs(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ in, want string }{
		{"Has South Korea accepted any POWs yet?", "accept"},
		{"has anyone taken the offer yet?", "relocate"}, // the prisoners taking it up move; nothing is offered here
		{"have any pows moved to sk so far", "relocate"},
		{"Is it already over for them?", anyAct},                // an act the pack does not know
		{"did any nk pow already make it to seoul", "relocate"}, // the pack's words for moving
		{"Did NK send more troops?", "send"},
		{"How many POWs have moved to South Korea?", "relocate"},
		{"What did the JCS say about more deployments?", "say"}, // what was said, not the deployments
		{"Has South Korea offered to take POWs?", ""},           // it asks about the offer
		{"Would South Korea take the POWs?", ""},
		{"Is South Korea ready to take the POWs?", ""},
		{"Where are the North Korean troops fighting?", ""},
		{"What do the POWs have to do to move to South Korea?", ""}, // what they must do
		{"Were the prisoners moved to South Korea?", "relocate"},    // the passive
		{"were the pows moved finally", "relocate"},
		{"Whose idea was it to take in the POWs?", ""}, // "was" after a question word asks no deed
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			an := e.an.analyze(tt.in, true)
			if got := strings.Join(doneActs(an.words, an.terms), " "); got != tt.want {
				t.Errorf("doneActs(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWholeCount(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in   string
		want bool
	}{
		{"How big is North Korea's army?", true},
		{"How many troops does North Korea have?", true},
		{"what's the nk army's total size", true},
		{"How many North Korean soldiers are there?", false},  // the ones the report speaks of
		{"How many troops did North Korea send?", false},      // an act narrows it
		{"How many North Korean troops are in Kursk?", false}, // a place narrows it
		{"How many North Korean soldiers died in total?", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			an := e.an.analyze(tt.in, true)
			if got := wholeCount(an.words, an.terms); got != tt.want {
				t.Errorf("wholeCount(%q) = %v, want %v (terms %v)", tt.in, got, tt.want, termTexts(an))
			}
		})
	}
}
