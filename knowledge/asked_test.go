package knowledge

import (
	"fmt"
	"strings"
	"testing"
)

func TestScopes(t *testing.T) {
	checkReading(t, "scopes", func(an analysis) string { return strings.Join(scopes(an.words, an.terms), " ") }, []readingCase{
		{"Where in South Korea will the POWs go?", "south_korea"},
		{"Where are the troops fighting in Russia?", "russia"},
		{"The troops are in Kursk, is that where they fight?", ""},               // a premise
		{"How many troops are in Kursk?", ""},                                    // not a where question
		{"Where are the Russian troops?", ""},                                    // Russian qualifies
		{"In which city of South Korea the prisoners will live?", "south_korea"}, // right after the "of" of the place asked
		{"In which region are the soldiers of North Korea fighting?", ""},        // the soldiers', not the region's
	})
}

func TestIdentity(t *testing.T) {
	checkReading(t, "identity", func(an analysis) string { x, _ := identity(an.words, an.terms); return x }, []readingCase{
		{"Who is Cho?", "cho"},
		{"Who are the North Korean POWs?", "prisoner_of_war"},              // North Korean qualifies
		{"who is the foreign minister of south korea", "foreign_minister"}, // the first role
		{"What are the names of the captured soldiers?", "troops"},         // "name", and a key word
		{"nk pows names", "prisoner_of_war"},
		{"whos the ukrainian fm", "foreign_minister"},                              // "who the ...", no verb: who is
		{"What is the name of Ukraine's intelligence chief's deputy?", "deputi"},   // a word no synonym reads
		{"Who are the North Korean troops fighting for?", ""},                      // asks more than who they are
		{"Who proposed accepting POWs?", ""},                                       // not "who is"
		{"Which country is Kursk in?", ""},                                         // "which country", not "who"
		{"Who is reporting that North Korea sent troops?", ""},                     // a verb, not who someone is
		{"Who is South Korea's foreign minister's boss?", "head"},                  // past the role that owns
		{"who's cho's boss", "head"},                                               // past the person who owns
		{"who's got kursk", ""},                                                    // "'s" as "has"
		{"Who is capturing the North Korean soldiers?", ""},                        // a verb's -ing after "is": who does it
		{"What is the name of the North Korean unit fighting in Kursk?", "troops"}, // the -ing says which unit
		{"Who is the minister proposing it?", ""},                                  // "who is", not its name: the -ing may ask
		{"what's the name of the SK guy pitching the POW thing?", ""},              // a person's name only: who does it
	})
}

func TestExcluded(t *testing.T) {
	checkReading(t, "excluded", func(an analysis) string { return strings.Join(excluded(an.words, an.terms), " ") }, []readingCase{
		{"Which allies sent troops besides North Korea?", "north_korea"},
		{"Who other than Kyiv says so?", "ukraine"},
		{"Apart from Russia and Ukraine, who is fighting?", "russia ukraine"},
		{"Which allies besides the US and South Korea report it?", "united_states south_korea"},
		{"Besides the US or the JCS, who says so?", "united_states joint_chiefs_of_staff"},
		{"Besides Russia, Ukraine and its allies say so?", "russia"}, // a new clause, not a list
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
		{"Which Ukrainian intelligence official is cited?", "ukraine true"}, // whose, then which body
		{"Which official heads Ukraine's intelligence?", " true"},
		{"What person proposed it?", " true"},
		{"What did the official say?", " false"}, // asks what, not which official
		{"Which region does Russia control?", " false"},
		{"Which named Ukrainian official received the proposal?", "ukraine true"}, // a qualifier before the country
		{"who is the ukrainian official mentioned?", "ukraine true"},              // "who is the" asks which one
		{"Who was the official on the call?", " true"},
		{"Who is the minister?", " false"}, // a role, not any official
		{"Who is Budanov?", " false"},
		{"Name the Ukrainian official who announced the figure.", "ukraine true"}, // bids the official be named
		{"Name the official who said it.", " true"},
		{"What is the name of the official?", " false"},         // "name of", not bidding one named
		{"who is the official source of the report?", " false"}, // an adjective before the thing asked
		{"Name the official source.", " false"},
		{"Which official reports it?", " true"}, // may be a verb: the official is asked
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
		{"fm cho said what exactly on the call", "true"}, // "what" after the way of saying
		{"cho said what", "true"},
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
		{"KIA/WIA split within the 3k figure?", true}, // a split asks apart without a "how many"
		{"Is there a breakdown of the 3,000 into killed and injured?", true},
		{"how many wounded on top of that?", true}, // besides the dead
		{"how many were injured in addition to the dead?", true},
		{"how many died besides the wounded?", true},
		// "of" joining a month to its year is a date, not "of 3,000"
		{"How many soldiers die or are hurt until January of 2025?", false},
		{"how many of 2025's casualties were deaths?", true},
		{"of 3000 how many died by January?", true},
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
		{"Ukraine has accepted South Korea's proposal?", "accept"}, // asked as a statement, its name first
		{"North Korea has to send troops?", ""},                    // not "have to"
		{"has anyone taken the offer yet?", "relocate"},            // the prisoners taking it up move; nothing is offered here
		{"have any pows moved to sk so far", "relocate"},
		{"Is it already over for them?", anyAct},                // an act the pack does not know
		{"did any nk pow already make it to seoul", "relocate"}, // the pack's words for moving
		{"Did NK send more troops?", "send"},
		{"How many POWs have moved to South Korea?", "relocate"},
		{"What did the JCS say about more deployments?", "say"}, // what was said, not the deployments
		{"Has South Korea offered to take POWs?", ""},           // it asks about the offer
		{"Would South Korea take the POWs?", ""},
		{"Could you tell me whether any POWs have already arrived in Seoul?", "relocate"}, // "could you" asks the bot, offers nothing
		{"could you take the POWs?", ""},                                                  // no "already": asks nothing done
		{"Is South Korea ready to take the POWs?", ""},
		{"Where are the North Korean troops fighting?", ""},
		{"What do the POWs have to do to move to South Korea?", ""}, // what they must do
		{"Were the prisoners moved to South Korea?", "relocate"},    // the passive
		{"were the pows moved finally", "relocate"},
		{"who says North Korea could eventually send more troops?", ""}, // what may be in the end
		{"will the POWs finally move to South Korea?", ""},
		{"did the POWs eventually move to South Korea?", "relocate"},
		{"Whose idea was it to take in the POWs?", ""},    // "was" after a question word asks no deed
		{"what happened to the POWs after this?", anyAct}, // what was done to them, in no act's words
		{"What will happen to the POWs?", ""},             // as offered
		{"what happened to the kn23 accuracy", ""},        // it names what: not any act
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
			if got := wholeCount(an.words, an.terms, e.an.usage.wholeForces); got != tt.want {
				t.Errorf("wholeCount(%q) = %v, want %v (terms %v)", tt.in, got, tt.want, termTexts(an))
			}
		})
	}
}

func TestHappenedIn(t *testing.T) {
	checkReading(t, "happenedIn", func(an analysis) string { return happenedIn(an.words, an.terms) }, []readingCase{
		{"what happened in north korea?", "north_korea"},
		{"What is happening in Kursk?", "kursk"},
		{"what happened to the kn23", ""},        // not a place
		{"where did the 4000 deaths happen", ""}, // asks where
		{"What happened in January 2025?", ""},   // a date
	})
}

// A place offered against anywhere else ("kursk or somewhere else?") is a
// guess at where, not a place to look within; one asked within stays so.
func TestOrElsewhere(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what region's the fighting actually in, kursk or somewhere else", "where-fighting"},
		{"where are they fighting in, kursk or elsewhere?", "where-fighting"},
		{"where in kursk are they fighting?", ""},
		{"Where will the POWs live in South Korea?", ""},
	})
}

// "How exactly does the report present X?" asks how the report puts X,
// which its words answer; how a thing was done stays a question of method.
func TestHowReportPuts(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"How exactly does the report present the early February figure: as a confirmed count or as an estimate?", "fatalities-feb"},
		{"how exactly does the article say russia improved the kn-23?", ""},
		{"how exactly did russia improve the kn-23?", ""},
	})
}
