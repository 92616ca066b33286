package knowledge

import (
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
		{"why would nk pows want to go to sk", "prisoner_of_war", "prisoner_of_war"},                           // past the name that says whose
		{"How many troops did Russia send to North Korea?", "russia", "russia"},
		{"Are NK missiles more accurate?", "", "north_korea"},                          // not before an -ing form
		{"Is Ukraine in Russia's corner?", "ukraine", "ukraine"},                       // "is" first, then a small word
		{"Russia proposed accepting POWs, right?", "russia", "russia prisoner_of_war"}, // a statement asked back
		{"so like sk wants the captured nk soldiers??", "south_korea", "south_korea"},  // past the words that move the talk on, before "wants"
		{"the captured soldiers want to go?", "", ""},
		{"so seoul is just gonna grab nk soldiers?", "south_korea", "south_korea"},                  // what it will do
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
		{"Has the Seoul govt sent troops?", "south_korea", "south_korea"}, // "govt", "gov": the government's short forms
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
		{"how many soldiers did Ukraine lose", "ukraine>troops"},                                        // the subject of a loss loses its own
		{"head of ukraine defense intelligence", ""},                                                    // Ukraine qualifies the intelligence
		{"the intelligence chief of ukraine", "defense_intelligence>head ukraine>defense_intelligence"}, // see adjunctrole.go
		{"are Russians monitoring the troops", ""},                                                      // a subject
		{"is Pyongyang helping Moscow in the war", ""},                                                  // a subject; Moscow is not next to war
		{"the JCS expect more troops", ""},
		{"How does the experience help North Korea, according to Budanov?", ""}, // the one who says it is after "according to"
		{"ukraine foreign minister", "ukraine>foreign_minister"},                // a bare name before a role
		{"ukraine casualties in kursk", "ukraine>casualties"},                   // a bare name before a noun of loss
		{"kursk casualties", ""},                                                // a place says where, not whose
		{"the kursk death toll of north korea", ""},
		{"north korean losses in the kursk region", "north_korea>casualties"},
		{"ukrainian kursk losses", "ukraine>casualties"}, // an adjective's noun past a place
		{"kursk casualties of ukraine", "ukraine>casualties"},
		{"Ukraine captured soldiers", ""},                                    // before a verb, a subject
		{"Has Ukraine wounded North Korean soldiers?", "north_korea>troops"}, // "wounded" is a verb here
		{"What says Moscow?", "russia>say"},                                  // the doer after its verb, in an old order
		{"what saith the Kremlin", "russia>say"},
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
			for _, c := range compounds(an.terms, an.words, e.an.usage.losses) {
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
		{"the intelligence chief of ukraine", "head>defense_intelligence"}, // the name before the role, see adjunctrole.go
		{"Ukraine's chief of intelligence", "head>defense_intelligence"},
		{"NK troops Kursk activity", ""},        // a place right after a group is where it is
		{"who runs Kursk", "head>kursk"},        // an office's place is whose
		{"the troops of Kursk", "troops>kursk"}, // said whose
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
		{"who is the KN-23 accuracy claim attributed to in the report?", false, false}, // whose word it is (attributing)
		{"to whom is the KN-23 accuracy claim attributed?", false, false},              // whose word it is, "to" first
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
