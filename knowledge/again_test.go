package knowledge

import (
	"strings"
	"testing"
)

func TestAlternatives(t *testing.T) {
	// the terms of each alternative question
	checkReading(t, "alternatives", func(an analysis) string { return partsText(an.alternatives()) }, []readingCase{
		{"was it a phone call or a meeting", "phone_call | meet"},
		{"Russia or Ukraine?", "russia | ukraine"},
		{"did they say how many more or when", "say how_many more"}, // two questions: "when" is not asked in the other's place
		{"killed or injured in January", "killed january | injured january"},
		{"who proposed it", ""},
		{"Russia or the army", ""}, // a name and a word are not alternatives
		{"the jcs is from which country, sk or us?", "joint_chiefs_of_staff south_korea | joint_chiefs_of_staff us"}, // a word the pack does not know, after "or" after a name, is the other name
		{"is it russia or the usual", ""},
		{"in Russia control or Ukraine control", "russia control control | control ukraine control"},                              // the names, past the word each qualifies
		{"captured by Ukraine or also the ones captured by Russia", "captured ukraine captured | captured captured russia"},       // alike but for the names
		{"captured by Ukraine or killed by Russia", ""},                                                                           // not alike
		{"did ukraine report the january figure or sk?", "ukraine report january how_many | report january how_many south_korea"}, // a name asked last weighs against the one before
		{"what units or brigades are the troops from", "which_unit troops"},                                                       // not without what it asks for
		{"which generals or units were sent to russia", ""},                                                                       // its "which" is read with neither
		{"nk is collaborating with who, china or russia?", "north_korea collaborate china | north_korea collaborate russia"},      // the choice names who
		{"why donbas and not crimea", "why donbas | why crimea"},
		{"why kursk and not donbas", ""},                                // why that place: a kind of question of its own, "why_there"
		{"were troops in donbas too or only in kursk", "troops donbas"}, // the one after "too, or only" is taken as so
		{"were troops in donbas or in kursk", "troops donbas | troops kursk"},
		{"did ukraine or russia report the january figure to sk?", "ukraine report january how_many south_korea | russia report january how_many south_korea"}, // a name last, not after "or"
		{"how did cho present it: in a fax, a memo, or a phone call?", "how cho present fax | how cho present memo | how cho present phone_call"},              // a list, its commas left out (of words the pack does not know: a letter is now one of the ways not used, "press_conference")
		{"did cho send a letter or a phone call", "cho send press_conference | cho send phone_call"},
		{"did ukraine accept the offer or the tanks", "ukraine accept propose | ukraine accept tank"}, // a verb before its object is no item of a list
	})
}

func TestClauses(t *testing.T) {
	// the terms of each part
	checkReading(t, "clauses", func(an analysis) string { return partsText(an.clauses()) }, []readingCase{
		{"How many troops did North Korea send and where are they?", "how_many troops north_korea send | troops north_korea send where"}, // "where" asks of the first part's topic
		{"What did Ukraine report in January, and what did the Joint Chiefs say?", "ukraine report january | joint_chiefs_of_staff say"},
		{"When and where were the troops sent?", "when troops send | where troops send"},
		{"when did nk send troops to russia and how many?", "when north_korea send troops russia | north_korea send troops russia how_many"},
		{"Who proposed it and why?", "who propose | propose why"},
		{"who is cho tae-yul and what did he propose?", "who cho | cho propose"},                                   // "he" is the first part's name
		{"who is cho and what did he propose and what did russia send?", "who cho | cho propose | russia send"},    // only the part with "he" borrows
		{"why did russia want them and who is cho?", "why russia | who cho"},                                       // "them" is the first part's
		{"where are the nk troops fighting and who controls it?", "where north_korea troops combat | who control"}, // "it" is what the first asks for
		{"who is cho and what did he propose and why?", "who cho | cho propose | cho propose why"},                 // the neighbour's topic
		{"Russia and Ukraine", ""},
		{"south korea's foreign minister is who? and he want what", "south_korea foreign_minister who | propose"}, // the question word last
		{"how many were killed and they were injured", ""},                                                        // no question word last
		{"what did south korea offer and whether there are strings attached", "south_korea propose | condition"},  // "whether" asks a second thing
		{"who said it and in what capacity does he serve", "who say | role"},                                      // a question word after a preposition
		{"who made the proposal and over what channel", "who propose | propose how"},                              // or after a preposition of the way
	})
}

func TestAfterPremise(t *testing.T) {
	tests := []struct {
		in, premise, question string
		ok                    bool
	}{
		{"North Korea sent troops to help Russia, but in which region are they fighting?", "North Korea sent troops to help Russia", "in which region are they fighting?", true},
		{"What is the name of the minister Mr. Cho spoke with?", "", "", false}, // a title's stop ends no sentence
		{"They died by early Feb. How many died?", "They died by early Feb", "How many died?", true},
		{"The KN-23 is mentioned; what did Russia do to it?", "The KN-23 is mentioned", "what did Russia do to it?", true},
		{"Quick question: who is Budanov?", "Quick question", "who is Budanov?", true},
		{"I'm confused. Who is Cho?", "I'm confused", "Who is Cho?", true},           // a sentence before it
		{"Last thing, what's the source?", "Last thing", "what's the source?", true}, // "what's" is "what"
		{"It cost $3.5 million. Really?", "", "", false},                             // no question after it
		{"Of the 3,000 casualties, how many died?", "", "", false},                   // the whole the question asks a part of
		{"out of the 3k, how many died?", "", "", false},
		{"Fill in: Of the 3,000 casualties, how many died?", "", "", false}, // the whole, after a lead-in
		{"Who proposed it?", "", "", false},
		{"Kursk, Russia", "", "", false},                                                                                                                             // no question after it
		{"this server is cooked. anyway how did Cho pitch it, like face to face?", "this server is cooked", "anyway how did Cho pitch it, like face to face?", true}, // the last cut that starts a question
		{"brb. ok so who is Budanov?", "brb", "ok so who is Budanov?", true},
		{"he swears they are not fighting, so like where are they fighting?", "he swears they are not fighting", "so like where are they fighting?", true}, // "like" after "so"
		{"how did russia improve the kn23, like what did they change", "", "", false},                                                                      // "like" alone says it again
		{"Besides the KN-23, which weapons has Russia improved?", "", "", false},                                                                           // sets a name aside for the question
		{"where were the soldiers captured, in kursk or in ukraine?", "", "", false},                                                                       // a place that narrows the question before
		{"what about russia, do they even admit nk troops are there?", "", "", false},                                                                      // turns to the topic the question is of
		{"and as for the pows, where can they go?", "", "", false},
		{"quick check: which Ukrainian official, by name, was Cho talking to?", "quick check", "which Ukrainian official, by name, was Cho talking to?", true}, // an aside inside the question
		{"what, exactly, did Cho propose?", "", "", false},
		{"Quiz: how did Cho present it: in a letter or a phone call?", "Quiz", "how did Cho present it: in a letter or a phone call?", true}, // the choice narrows the question after "Quiz"
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, q, ok := afterPremise(tt.in)
			if ok != tt.ok || ok && (p != tt.premise || q != tt.question) {
				t.Errorf("afterPremise(%q) = %q, %q, %v, want %q, %q, %v", tt.in, p, q, ok, tt.premise, tt.question, tt.ok)
			}
		})
	}
}

func TestBothAfterPremise(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Quick context: when did they go, and what are they doing?", "when did they go, and what are they doing?", true},
		{"Kyiv says North Korea sent soldiers, and how many did it send?", "", false}, // a premise, then one question
		{"when did they go, and what are they doing?", "", false},                     // no premise: the whole asks both
		{"Quick context: when did they go, what are they doing?", "", false},          // not joined by "and"
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := bothAfterPremise(tt.in)
			if ok != tt.ok || got != tt.want {
				t.Errorf("bothAfterPremise(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestGuessesAnswer(t *testing.T) {
	tests := []struct {
		premise, question string
		want              bool
	}{
		{"Who captured the soldiers", "was it Russia? Or Ukraine?", true},
		{"I'm confused. Who captured the soldiers", "so was it Russia?", true},
		{"When South Korea and Ukraine hold talks", "what do they focus on?", false},
		{"North Korea sent troops", "did Russia ask for them?", false},
		{"", "was it Russia?", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := guessesAnswer(tt.premise, sentenceWords(tt.question)); got != tt.want {
				t.Errorf("guessesAnswer(%q, %q) = %v, want %v", tt.premise, tt.question, got, tt.want)
			}
		})
	}
}

func TestChecksPremise(t *testing.T) {
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"is it true?", true},
		{"is that right", true},
		{"correct?", true},
		{"is it in Kursk?", false}, // asks of "it"
		{"is it?", false},          // no word of truth: a tag, read as before
		{"who said it?", false},
	} {
		t.Run(tt.question, func(t *testing.T) {
			if got := checksPremise(sentenceWords(tt.question)); got != tt.want {
				t.Errorf("checksPremise(%q) = %v, want %v", tt.question, got, tt.want)
			}
		})
	}
}

func TestAskedPart(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Does the article say they are watched? Curious if that's just a rumor.", "Does the article say they are watched?"},
		{"Was it Russia? Or Ukraine? I can't tell.", "Was it Russia? Or Ukraine?"},
		{"Where would he go? I assume not home, that'd be a death sentence.", "Where would he go?"},
		{"who is Cho", "who is Cho"},
		{"Was it Russia? Hard to say. Or Ukraine?", "Was it Russia? Hard to say. Or Ukraine?"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := askedPart(tt.in); got != tt.want {
				t.Errorf("askedPart(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ premise, question, want string }{
		{"When South Korea and Ukraine hold talks", "what do they focus on", "what do south korea and ukraine focus on"},
		{"about Russia and Cho", "what did Russia tell them", "what did russia tell cho"}, // not the question's own name
		{"The KN-23 is mentioned", "what did Russia do to it", "what did russia do to kn23"},
		{"Cho spoke with Ukraine", "what did he propose", "what did cho propose"}, // the last person, not the last name
		{"The report is long", "what is it about", "what is it about"},            // no name to put for it
		{"the 3000 number", "who reported it", "who reported 3000"},               // no name, but a figure
		{"the 3000 number", "who is it that reported that", "who is it that reported that"},
		{"Russia's losses in Kursk", "what is their number", "what is their number"},      // a place is no "they"
		{"Cho in Kursk and Budanov", "what did they say", "what did cho and budanov say"}, // the names, not the place
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			ws, _ := resolve(sentenceWords(tt.question), e.an.analyze(tt.premise, true))
			got := strings.Join(ws, " ")
			if got != tt.want {
				t.Errorf("resolve(%q after %q) = %q, want %q", tt.question, tt.premise, got, tt.want)
			}
		})
	}
}

func TestResolveFails(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		premise, question string
		ok                bool
	}{
		// a person named in words the pack does not know
		{"who is South Korea's president", "what did he say about the offer", false},
		{"Cho spoke with Ukraine", "what did he propose", true},
		{"a courier from Ukrainian intelligence said something about North Korea", "what is his name", false},  // names, but no person
		{"a gentleman from Ukrainian intelligence said something about North Korea", "what is his name", true}, // a gentleman is a man, as "a man" is: Ukrainian intelligence's
		{"who is South Korea's foreign minister", "what did he say about the offer", true},                     // a role the pack knows
		{"The report is long", "what is it about", true},
	}
	for _, tt := range tests {
		t.Run(tt.premise+", "+tt.question, func(t *testing.T) {
			if _, ok := resolve(sentenceWords(tt.question), e.an.analyze(tt.premise, true)); ok != tt.ok {
				t.Errorf("resolve(%q after %q) ok = %v, want %v", tt.question, tt.premise, ok, tt.ok)
			}
		})
	}
}

func TestUnguessed(t *testing.T) {
	// the terms of the question without its guess; "" when it offers none
	checkReading(t, "unguessed", func(an analysis) string {
		if ug, ok := an.unguessed(); ok {
			return partsText([]analysis{ug})
		}
		return ""
	}, []readingCase{
		{"cho is what exactly, like defense minister or smth?", "cho"},
		{"who is cho, maybe a general or something", "who cho"},
		{"did he say it on tv or smth", ""},              // the guess is the question
		{"who is cho, like a general or a minister", ""}, // a choice, no guess
	})
}

func TestRetriesUnframedAlternatives(t *testing.T) {
	// the terms of each way to ask again
	checkReading(t, "retries", func(an analysis) string { return partsText(an.retries()) }, []readingCase{
		{"does the article call nk's losses light or severe", "article north_korea casualties light | article north_korea casualties severe | north_korea casualties light severe | north_korea casualties light | north_korea casualties severe"}, // each alternative without the frame too
		{"was it a phone call or a meeting", "phone_call | meet"}, // no frame: the alternatives alone
	})
}

func TestAskAgainOnlyKind(t *testing.T) {
	// a reading that keeps a question word alone asks of nothing: no
	// entry answers it; a reading that keeps what it asks of still does
	e := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"xyzzy who is he?", ""},
		{"Blorf, what is it?", ""},
		{"Kursk is Russian; who leads Ukraine's spies?", "budanov-role"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			if got := answeredBy(e.Answer(tt.q)); got != tt.want {
				t.Errorf("Answer(%q) by %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
