package knowledge

import (
	"strings"
	"testing"
)

func TestPhraseChoice(t *testing.T) {
	// the words of each alternative, "" for no choice of phrases
	tests := []struct{ in, want string }{
		{"is the focus on prisoner welfare or arms sales", "prisoner welfare | arms sales"}, // runs of as many words
		{"was it the sk fm or sk president who spoke", "sk fm | sk president"},              // the same word opens both; a question word ends it
		{"are they fighting in kursk or in ukraine proper", "in kursk | in ukraine proper"}, // the rest of the phrase after "or" is its own
		{"is nk sending more troops or pulling out", "sending more troops | pulling"},
		{"did they send real troops to russia or just missiles", "troops to russia | just missiles"},               // plural nouns                              // verbs in -ing
		{"was it a call or an actual meeting where he said it", "a call | an actual meeting"},                      // articles
		{"the defense minister or the foreign minister pushing it", "the defense minister | the foreign minister"}, // ends where the one before ends
		{"is the focus on prisoner welfare or just arms sales", "prisoner welfare | just arms sales"},              // "just" is of the phrase after "or", no word of its own
		{"is nk more involved in the war or less", ""},                                                             // one word each: as before
		{"how many were killed or injured as of january", ""},                                                      // one word each, a shared tail
		{"is kursk under russian or ukrainian control", ""},                                                        // a shared head
		{"is it humanitarian or a political move", ""},                                                             // no alike opening, runs of unlike length
		{"russia or", ""},
		{"do the pows have to ask first or does seoul just take them", "do the pows have to ask first | does seoul just take them"}, // a clause that asks as the question does
		{"was it signed or does it wait", ""},
		{"does seoul want to relocate the prisoners or send them back home", "want to relocate the prisoners | send them back home"}, // what the subject does, either side
		{"does seoul or kyiv decide", ""},
		{"are the troops in combat or only helping from behind the lines", "combat | only helping from behind the lines"},                              // the rest is of the alternative after "or only" // too few words of meaning
		{"the 4000 estimate was by end of jan or early feb", "end of jan | early feb"},                                                                 // a head word and its "of" are of the alternative
		{"is budanof actually ukrainian intelligence or some random commentator", "budanof actually ukrainian intelligence | some random commentator"}, // an adverb before "or" is no word of the run, as after it
		{"the number of pows or war dead", ""}, // words of meaning unlike in number
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ws := sentenceWords(tt.in)
			got := ""
			if a, b, ok := phraseChoice(ws); ok {
				got = strings.Join(ws[a.from:a.to], " ") + " | " + strings.Join(ws[b.from:b.to], " ")
			}
			if got != tt.want {
				t.Errorf("phraseChoice(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestChoiceSides(t *testing.T) {
	// the terms of the question with each alternative
	checkReading(t, "choiceSides", func(an analysis) string {
		sides, ok := an.choiceSides()
		if !ok {
			return ""
		}
		return partsText(sides[:])
	}, []readingCase{
		{"do the talks focus on pow welfare or weapons deals", "talks focus prisoner_of_war welfare | talks focus weapon deal"},
		{"was it the sk fm or sk president who proposed it", "south_korea foreign_minister who propose | south_korea presid who propose"},
		{"was it a phone call or a meeting", ""}, // one word each: alternatives do it
		{"was it a phone call or a formal meeting where cho made the offer", "phone_call cho propose | formal meet cho propose"}, // "where" opens a clause of the choice
	})
}

func TestChoosePhrase(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in    string
		entry string // "" for not answered by the choice
	}{
		{"do the talks focus on pow welfare or on weapons deals", "talks-focus"}, // the report speaks of one
		{"was it the sk fm or sk president who proposed taking the pows", "who-proposed"},
		{"are the nk troops fighting in russia or in ukraine proper", ""},      // the entry names both
		{"was it a phone call or a meeting", ""},                               // no choice of phrases
		{"the 4000 estimate was by end of jan or early feb", "fatalities-feb"}, // January is only context beside its February toll
		{"was the 3000 figure from end of jan or early feb", ""},               // the February toll is not of 3000
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			an := e.an.analyze(tt.in, true)
			got := ""
			if c, ok := e.choosePhrase(an, nil); ok {
				got = e.pack.Entries[c.entry].ID
			}
			if got != tt.entry {
				t.Errorf("choosePhrase(%q) = %q, want %q", tt.in, got, tt.entry)
			}
		})
	}
}

func TestAsOfMonth(t *testing.T) {
	tests := []struct{ in, want string }{
		{"early February 2025", "february"},
		{"January 2025", "january"},
		{"January and early February 2025", ""}, // two months
		{"2025", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := asOfMonth(tt.in); got != tt.want {
				t.Errorf("asOfMonth(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
