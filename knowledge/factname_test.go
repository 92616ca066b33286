package knowledge

import (
	"strings"
	"testing"
)

// TestWrongName: a claim put to check that names the wrong person,
// country, place or body is answered by the entry that names the right
// one where the claim puts it; a name the entry gives of something else,
// one stated doing an act with a question mark alone, or one asked
// plainly, is declined.
func TestWrongName(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"NK troops are fighting in Donetsk right?", "Kursk"},                                                     // a place
		{"The troops are fighting in Crimea, aren't they?", "Kursk"},                                              // the same
		{"So SK FM Park Jin offered to take the NK POWs, right?", "Cho Tae-yul"},                                  // a person the pack does not know, after a post
		{"the US joint chiefs warned NK could send more troops?", "South Korea's Joint"},                          // whose body
		{"Kim Jong Un made the offer, right?", "South Korea"},                                                     // a person's act, by the country the entry names
		{"budanov is the head of the SBU isn't he?", "Defense Intelligence"},                                      // what a post is of (the SBU read as Ukraine)
		{"isn't budanov the head of nato?", "Defense Intelligence"},                                               // a body
		{"cho is the foreign minister of japan, right?", "South Korea's"},                                         // whose post
		{"reports from Kyiv, the UK and Japan say North Korea sent thousands of troops, right?", "United States"}, // names listed, more than one wrong
		{"Is Budanov the head of the SBU?", ""},                                                                   // asked plainly
		{"is it true that the 4,000 figure came from the pentagon?", ""},                                          // the entry's other country gives another figure
		{"Kim Jong Un said something about the captured soldiers?", ""},                                           // stated: whether he did
		{"Are Chinese troops fighting in Kursk?", ""},                                                             // asked plainly
		{"Japan also offered to take NK POWs, right?", ""},                                                        // another added, not the report's denied
		{"Someone told me Japan has also offered to take in North Korean prisoners. Is that right?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}

func TestNameClass(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		term     int
		want     string
	}{
		{"NK troops are fighting in Donetsk right?", 3, "place"},
		{"why did japan offer to take the pows?", 1, "country"},
		{"So SK FM Park Jin offered to take the NK POWs, right?", 2, "person"}, // unknown, after a post
		{"did park say anything?", 0, ""},                                      // unknown, after no post
		{"NK troops are fighting in Donetsk right?", 1, ""},                    // a group
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			an := e.an.analyzeWords(sentenceWords(tt.question), true)
			if got := e.nameClass(an, tt.term); got != tt.want {
				t.Errorf("nameClass(%d) of %v = %q, want %q", tt.term, an.terms, got, tt.want)
			}
		})
	}
}

func TestAdditive(t *testing.T) {
	tests := []struct {
		claim string
		want  bool
	}{
		{"japan also offered to take them right", true},
		{"did the uk offer too", true},
		{"china backed it as well right", true},
		{"too many soldiers died right", false},
		{"kim jong un made the offer right", false},
	}
	for _, tt := range tests {
		t.Run(tt.claim, func(t *testing.T) {
			if got := additive(strings.Fields(tt.claim)); got != tt.want {
				t.Errorf("additive(%q) = %v, want %v", tt.claim, got, tt.want)
			}
		})
	}
}

// TestNameAfterFrom: a name after "from" or "by" ("the offer ... came from
// Japan") is said of the claim's first act, past the words between.
func TestNameAfterFrom(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ question, has string }{
		{"True or false for a quiz: the offer to take in North Korean POWs came from Japan.", "South Korea"},
		{"the offer to take in North Korean POWs was made by Japan, right?", "South Korea"},
		{"the offer to take in North Korean POWs also came from Japan, right?", ""}, // added, not put instead
	} {
		t.Run(tt.question, func(t *testing.T) { checkCorrection(t, e, tt.question, tt.has) })
	}
}

// TestNameWithItsStress: a place put to check with a reflexive stressing
// it ("inside kyiv itself") is wrong with its stress.
func TestNameWithItsStress(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ question, has string }{
		{"so the north korean troops are fighting inside kyiv itself?", "Kursk"},
	} {
		t.Run(tt.question, func(t *testing.T) { checkCorrection(t, e, tt.question, tt.has) })
	}
}
