package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestSentenceWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"in a war before, when?", []string{"in", "a", "war", "previously", "when"}}, // "before" alone
		{"agree before going", []string{"agree", "before", "going"}},                 // a preposition
		{"more than before", []string{"more", "than", "before"}},                     // a comparison
		{"when's the war over", []string{"when", "'s", "the", "war", "ended"}},       // "over" last
		{"over 3,000 killed", []string{"over", "3000", "killed"}},                    // a hedge
		{"authority over", []string{"authority", "ended"}},                           // so never for an alias
		{"since when has nk not fought", []string{"since", "when", "has", "nk", "previously", "fought"}},
		{"nk hasnt fought like this since when", []string{"nk", "previously", "fought", "like", "this", "since", "when"}}, // the negation first
		{"soldiers ukraine catch", []string{"soldiers", "ukraine", "caught"}},                                             // the verb
		{"who is catching them", []string{"who", "is", "capturing", "them"}},                                              // the verb's progressive
		{"what's the catch", []string{"what", "'s", "the", "catch"}},
		{"cho what he want", []string{"cho", "what", "he", "propose"}},                        // what one seeks
		{"he want what lol", []string{"he", "propose", "what", "lol"}},                        // a learner's order
		{"what do they want to do", []string{"what", "do", "they", "want", "to", "do"}},       // a wish
		{"can they move if they want", []string{"can", "they", "move", "if", "they", "want"}}, // no "what"
		{"russia or nk by itself", []string{"russia", "or", "nk", "alone"}},                   // alone: a choice of nk
		{"did nk fight by themselves", []string{"did", "nk", "fight", "alone"}},
		{"if the soldiers themselves want to", []string{"if", "the", "soldiers", "themselves", "want", "to"}},                               // whose wish
		{"did the losses stop kim from sending more", []string{"did", "the", "losses", "kim", "stop", "sending", "more"}},                   // the one stopped
		{"when did they send the soldiers over", []string{"when", "did", "they", "send", "the", "soldiers", "over"}},                        // over after a sending: where they went
		{"does sk take norks even if they dont wanna come", []string{"does", "sk", "take", "norks", "even", "if", "they", "wanna", "come"}}, // the wish tested
		{"will sk accept pows who dont want to come", []string{"will", "sk", "accept", "pows", "if", "they", "want", "to", "come"}},
		{"what happens to pows who dont want to go", []string{"what", "happens", "to", "pows", "who", "dont", "want", "to", "go"}}, // not asked yes or no
		{"stop the war", []string{"stop", "the", "war"}},
		{"since when have they been fighting", []string{"start", "when", "have", "they", "been", "fighting"}},             // when it started
		{"first war since when", []string{"first", "war", "since", "when"}},                                               // the last time before
		{"since when", []string{"since", "when"}},                                                                         // a fragment
		{"did the losses keep kim from sending more", []string{"did", "the", "losses", "kim", "stop", "sending", "more"}}, // "stop", not "keep"
		{"will that prevent nk from sending troops", []string{"will", "that", "nk", "stop", "sending", "troops"}},
		{"whats nk's role in this war tldr", []string{"whats", "nk", "'s", "role", "in", "this", "war"}}, // briefly, after a question
		{"tldr of this article pls", []string{"tldr", "of", "this", "article", "pls"}},                   // the gist asked
		{"where does budanov work", []string{"what", "does", "budanov", "work"}},                         // for whom
		{"where are they fighting", []string{"where", "are", "they", "fighting"}},
		{"ukraine and korea talk about what", []string{"ukraine", "and", "seoul", "talk", "about", "what"}}, // the Korea that deals with Ukraine
		{"north korea fights ukraine", []string{"north", "korea", "fights", "ukraine"}},
		{"is korea at war", []string{"is", "korea", "at", "war"}}, // no Ukraine: either Korea
		{"nk themselves or russia", []string{"nk", "or", "russia"}},
		{"in ukraine itself", []string{"in", "ukraine", "itself"}},                            // a place set apart
		{"nk fight together with who", []string{"nk", "fight", "alongside", "with", "who"}},   // fighting alongside
		{"working together with ukraine", []string{"working", "together", "with", "ukraine"}}, // collaborating                                                      // a hidden condition
		{"do what for go there", []string{"do", "what", "to", "go", "there"}},                 // in order to, not why
		{"what for", []string{"what", "for"}},                                                 // why
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := sentenceWords(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("sentenceWords(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSetAsideKeys(t *testing.T) {
	checkReading(t, "setAsideKeys", func(an analysis) string { return strings.Join(termTexts(an), " ") }, []readingCase{
		{"besides deaths and injuries, were nk soldiers captured?", "north_korea troops captured"},
		{"besides the dead and wounded have any been captured", "captured"},
		{"besides the dead, what happened to the troops?", "killed troops"}, // no other key word asked
		{"apart from russia, who was killed?", "russia who killed"},         // a name: see excluded
	})
}

func TestAlternatives(t *testing.T) {
	// the terms of each alternative question
	checkReading(t, "alternatives", func(an analysis) string { return partsText(an.alternatives()) }, []readingCase{
		{"was it a phone call or a meeting", "phone_call | meet"},
		{"Russia or Ukraine?", "russia | ukraine"},
		{"killed or injured in January", "killed january | injured january"},
		{"who proposed it", ""},
		{"Russia or the army", ""},                                                                   // a name and a word are not alternatives
		{"in Russia control or Ukraine control", "russia control control | control ukraine control"}, // the names, past the word each qualifies
		{"captured by Ukraine or also the ones captured by Russia", "captured ukraine captured | captured captured russia"},                                    // alike but for the names
		{"captured by Ukraine or killed by Russia", ""},                                                                                                        // not alike
		{"did ukraine report the january figure or sk?", "ukraine report january how_many | report january how_many south_korea"},                              // a name asked last weighs against the one before
		{"did ukraine or russia report the january figure to sk?", "ukraine report january how_many south_korea | russia report january how_many south_korea"}, // a name last, not after "or"
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
	})
}

func TestAfterPremise(t *testing.T) {
	tests := []struct {
		in, premise, question string
		ok                    bool
	}{
		{"North Korea sent troops to help Russia, but in which region are they fighting?", "North Korea sent troops to help Russia", "in which region are they fighting?", true},
		{"The KN-23 is mentioned; what did Russia do to it?", "The KN-23 is mentioned", "what did Russia do to it?", true},
		{"Quick question: who is Budanov?", "Quick question", "who is Budanov?", true},
		{"I'm confused. Who is Cho?", "I'm confused", "Who is Cho?", true},           // a sentence before it
		{"Last thing, what's the source?", "Last thing", "what's the source?", true}, // "what's" is "what"
		{"It cost $3.5 million. Really?", "", "", false},                             // no question after it
		{"Of the 3,000 casualties, how many died?", "", "", false},                   // the whole the question asks a part of
		{"out of the 3k, how many died?", "", "", false},
		{"Who proposed it?", "", "", false},
		{"Kursk, Russia", "", "", false},                                                                                                                             // no question after it
		{"this server is cooked. anyway how did Cho pitch it, like face to face?", "this server is cooked", "anyway how did Cho pitch it, like face to face?", true}, // the last cut that starts a question
		{"brb. ok so who is Budanov?", "brb", "ok so who is Budanov?", true},
		{"Besides the KN-23, which weapons has Russia improved?", "", "", false},      // sets a name aside for the question
		{"where were the soldiers captured, in kursk or in ukraine?", "", "", false},  // a place that narrows the question before
		{"what about russia, do they even admit nk troops are there?", "", "", false}, // turns to the topic the question is of
		{"and as for the pows, where can they go?", "", "", false},
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

func TestMeaningAsked(t *testing.T) {
	tests := []struct {
		in   string
		want string // the words without the verb; "" if the question asks no word's meaning
	}{
		{"what does POW stand for?", "what does pow"},
		{"what does 'perished' mean in the line about the 3,000 soldiers?", "what does perished in the line about the 3000 soldiers"},
		{"what does 'within its borders' mean here?", "what does within its borders here"}, // a pronoun inside the words asked of
		{"what means 'bolster' in this news?", "what bolster in this news"},                // as learners ask
		{"what does the article mean by North Korea 'bolstering' Russian forces?", "what does the article north korea bolstering russian forces"},
		{"what does the abbreviation POW mean in this report?", "what does pow in this report"}, // the noun names the word
		{"what does the term 'bolster' mean?", "what does bolster"},
		{"what does the term mean?", ""},                         // no word after the noun: the term said before
		{"what does South Korea's readiness mean?", ""},          // a thing, by its possessive: what it signifies
		{"what do the losses mean for north korea?", ""},         // a thing, by its article
		{"what does sk accepting them mean for relations?", ""},  // what it means for someone
		{"what does it mean that the troops are monitored?", ""}, // a pronoun
		{"By what means did Cho communicate the proposal?", ""},  // "means" a noun
		{"what means of communication did Cho use?", ""},
		{"what means was the offer made through?", ""},
		{"what did Budanov mean?", ""}, // what one meant
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			out, ok := meaningAsked(splitWords(tt.in))
			if got := strings.Join(out, " "); got != tt.want || ok != (tt.want != "") {
				t.Errorf("meaningAsked(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}
