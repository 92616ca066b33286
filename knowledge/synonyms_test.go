package knowledge

import (
	"reflect"
	"testing"
)

// Aliases from the pack read as one term, whatever the user calls it.
func TestSynonyms(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in   string
		want []string
	}{
		{"Seoul", []string{"south_korea"}},
		{"how badly have they been hit", []string{"severe", "casualties"}}, // "how bad" asks a degree: severe
		{"soldiers held by Ukraine", []string{"troops", "captured"}},
		{"ROK", []string{"south_korea"}},
		{"the South Korean government", []string{"south_korea"}},
		{"Pyongyang", []string{"north_korea"}},
		{"DPRK", []string{"north_korea"}},
		{"NK", []string{"north_korea"}},
		{"North Korean", []string{"north_korea"}},
		{"Kyiv", []string{"ukraine"}},
		{"Moscow", []string{"russia"}},
		{"Kremlin", []string{"russia"}},
		{"POWs", []string{"prisoner_of_war"}},
		{"prisoners of war", []string{"prisoner_of_war"}},
		{"died", []string{"killed"}},
		{"fatalities", []string{"killed"}},
		{"wounded", []string{"injured"}},
		{"soldiers", []string{"troops"}},
		{"military personnel", []string{"troops"}},
		{"JCS", []string{"joint_chiefs_of_staff"}},
		{"military intelligence", []string{"defense_intelligence"}},
		{"spy chief", []string{"defense_intelligence", "head"}},
		{"Cho Tae-yul", []string{"cho"}},
		{"KN 23", []string{"kn23"}},
		{"how many", []string{"how_many"}},
		// stopping an act asks whether more is to come
		{"stop sending troops", []string{"more", "troops"}},
		// a hedge is dropped, a choice between two words is not
		{"how many died, more or less", []string{"how_many", "killed"}},
		{"more or less involved", []string{"more", "less", "participation"}},
		// framing is dropped, unless it is all there is
		{"what does the article say about the KN-23", []string{"kn23"}},
		{"according to the report, who is Cho?", []string{"who", "cho"}},
		{"is Zelensky mentioned in this article", []string{"zelensky", "say"}}, // a name the report never gives
		{"what does the article say", []string{"article", "say"}},
		// a title before a person's name is the person's
		{"what did minister Cho propose", []string{"cho", "propose"}},
		{"what did the spy chief Budanov say", []string{"defense_intelligence", "budanov", "say"}}, // the chief is his; the agency stays
		{"what did the foreign minister propose", []string{"foreign_minister", "propose"}},         // no name: the role is asked
		// an adverb of how sure one is asks nothing
		{"who is Budanov, precisely?", []string{"who", "budanov"}},
		// a word of degree asks nothing of its own
		{"why is the DPRK's participation of particular significance?", []string{"why", "north_korea", "participation", "significant"}},
		// words joined that the pack knows apart
		{"Seoul-Kyiv talks", []string{"south_korea", "ukraine", "talks"}},
		{"northkorea", []string{"north_korea"}},
		{"UA-ROK talks", []string{"ukraine", "south_korea", "talks"}}, // two-letter names
		{"nk-ru", []string{"north_korea", "russia"}},
		{"trust", []string{"trust"}}, // no two-letter part that is no name
		// "US" in capitals is the country, unless all is in capitals
		{"US and ROK", []string{"united_states", "south_korea"}},
		{"what does it tell us about Cho", []string{"indicate", "cho"}},
		{"WHAT DOES IT TELL US ABOUT CHO", []string{"indicate", "cho"}},
		// a question alias around a nationality
		{"which Russian region", []string{"where", "russia"}},
		{"which South Korean official", []string{"who", "south_korea"}},
		{"which Russia region", []string{"where", "russia"}},                     // after "which", a bare name qualifies too
		{"a new North Korean deployment", []string{"more", "north_korea"}},       // any alias
		{"the South Korean military leaders", []string{"joint_chiefs_of_staff"}}, // a direct match first
		{"is sk backing ukraine", []string{"south_korea", "support", "ukraine"}},
		{"was it like a phone call", []string{"phone_call"}},                                      // "like" is no "likely"
		{"wat r seoul n kyiv talkin about", []string{"south_korea", "ukraine", "talks", "focus"}}, // the topic of the talks (senses.go)
		// formal ways of asking
		{"since when hasn't North Korea fought", []string{"when", "previously", "north_korea", "combat"}}, // when it last did
		{"since when has North Korea fought", []string{"start", "when", "north_korea", "combat"}},         // when it started (see sentenceReadings)
		{"did Russia improve its own missiles", []string{"russia", "improve", "russia", "missile"}},       // Russia's missiles
		{"will the POWs move on their own", []string{"prisoner_of_war", "relocate"}},
		{"what does north korea get from the war", []string{"north_korea", "experience", "war"}}, // "get from" gains
		{"north korea army get what from fighting", []string{"north_korea", "troops", "experience", "combat"}},
		{"what is north korea getting by working with russia", []string{"north_korea", "experience", "collaborate", "russia"}},
		{"is north korea getting anything out of this war", []string{"north_korea", "experience", "war"}}, // "out of" as "from"
		{"is pyongyang getting nothing out of the war", []string{"north_korea", "experience", "war"}},     // nothing gained is a gain asked
		{"how is Cho described", []string{"cho"}},
		{"how did he describe ukraine's situation", []string{"ukraine", "challenging"}},                  // the one word the report gives of it                                                         // who he is, not by what means
		{"what form of cooperation", []string{"collaborate"}},                                            // a kind, not a means
		{"how cold is it in Kursk", []string{"measure", "kursk"}},                                        // a degree of a thing the pack does not know
		{"seoulkyiv talks, how cold is it", []string{"south_korea", "ukraine", "talks", "measure"}},      // a word split before it
		{"is it cold in Kursk", []string{"weather", "kursk"}},                                            // the weather, which the report never speaks of
		{"which source estimated the february figure", []string{"who", "estim", "february", "how_many"}}, // a source asked is who says
		{"North Korea sent troops, didn't it?", []string{"north_korea", "send", "troops"}},               // a tag asks back
		{"are the soldiers in kursk being watched over", []string{"troops", "kursk", "monitor"}},         // "over" is part of its verb, no end
		{"how did Cho present it", []string{"how", "cho", "present"}},
		{"what form did the proposal take", []string{"how", "propose", "accept"}},
		{"how does the report describe the situation", []string{"report"}},           // the words it is described with, not a means
		{"how does the report describe the talks", []string{"significant", "talks"}}, // the report is the one who says (reportsubject.go)
		{"which missile does the report name", []string{"missile", "who"}},
		{"how does the article sum up the talks", []string{"article", "significant", "talks"}},
		{"ok bot, how does the article sum up the talks", []string{"article", "significant", "talks"}},           // after a call                   // how it characterizes a thing
		{"how does the article describe Budanov", []string{"article", "budanov"}},                                // a person: who he is
		{"what happens to the troops besides the fighting itself", []string{"troops", "combat"}},                 // "itself" only stresses
		{"how many troops are in ukraine itself", []string{"how_many", "troops", "ukraine", "itself"}},           // as against Russia
		{"who is the person who proposed it", []string{"who", "propose"}},                                        // not "in person"
		{"any background on Budanov", []string{"role", "budanov"}},                                               // not "back" and "ground"
		{"what about the bigger picture", []string{"significant"}},                                               // not "more"
		{"what is on the agenda when Seoul and Kyiv talk", []string{"focus", "south_korea", "ukraine", "talks"}}, // "when" says when, it asks nothing
		{"was it a call or a meeting when cho made the offer", []string{"phone_call", "meet", "cho", "propose"}}, // a yes-or-no question: "when" says when
		{"does the report say when cho made the offer", []string{"when", "cho", "propose"}},                      // what is said: "when" asks
		{"when did North Korea send troops and where", []string{"when", "north_korea", "send", "troops", "where"}},
		{"take them off Ukraine's hands", []string{"accept", "accept", "ukraine"}}, // an alias around a possessive
		{"by what means", []string{"how"}},
		{"at what time", []string{"when"}},
		{"on what basis", []string{"condition"}},
		{"on whose behalf", []string{"who"}},
		{"wat year is the 3000 number from", []string{"when", "3000", "how_many"}},                                       // a question word as chat spells it
		{"how many nk troops got wiped b4 feb", []string{"how_many", "north_korea", "troops", "casualties", "february"}}, // "b4" a date's bound, as "before"
		{"which nk brigade is in kursk", []string{"which_unit", "north_korea", "kursk"}},                                 // a bare name after "which" qualifies
		{"which North Korean army units were sent", []string{"which_unit", "north_korea", "send"}},                       // past the role the units are part of
		{"what is cho's position on the prisoners", []string{"cho", "prisoner_of_war"}},                                  // a stance, not a post
		{"what position does cho hold", []string{"role", "cho", "hold"}},                                                 // a post
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := termTexts(e.an.analyze(tt.in, true)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("analyze(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAdmitFact(t *testing.T) {
	// admitting a fact is owning up to it, which no entry speaks of;
	// admitting people is taking them in
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"North Korea itself hasn't admitted anything, has it?", ""},
		{"did russia admit that north korean troops are there?", ""},
		{"has pyongyang confessed to sending troops?", ""},
		{"would seoul admit them", "will-accept"},
	})
}

// TestASpecificThing: "a specific missile" asks whether one is named, not
// a measure, which "specific" alone reads as ("specifications").
func TestASpecificThing(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"was a specific missile mentioned?", "kn23"},
		{"any specific reason nk sent troops?", "why-sent"},
		{"what are the specifications of the kn-23", ""},
	})
}
