package knowledge

import (
	"fmt"
	"testing"
)

func TestCleftFocus(t *testing.T) {
	checkReading(t, "cleftFocus", func(an analysis) string {
		from, to, ok := cleftFocus(an)
		if !ok {
			return ""
		}
		return fmt.Sprint(termTexts(an)[from:to])
	}, []readingCase{
		{"Was it Zelensky who said NK is gaining combat experience?", "[zelensky]"},
		{"wasn't it japan's foreign minister who made the offer?", "[japan foreign_minister]"},
		{"Was it South Korea or Ukraine that suggested it?", ""}, // a choice (settle.go)
		{"Was it a phone call?", ""},                // no "who" or "that"
		{"Is it true that Cho made the offer?", ""}, // a frame, no focus
		{"Was it the Japanese Joint Chiefs of Staff who warned NK may send more troops?", "[japan joint_chiefs_of_staff]"}, // six words, two terms
		{"Was it the man my cousin met on the bus who said that?", ""},                                                     // past four words, a clause
	})
}

// TestCleftFocusCorrected: the focus of a cleft, whatever the pack reads
// it as, is corrected by the entry that says another did the act, and a
// cleft of an act no one named does in the report stays declined.
func TestCleftFocusCorrected(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		entry    string // "" for declined
		has      string
	}{
		{"Was it Macron who said NK might send more troops?", "more-troops", "Joint Chiefs"},
		{"Wasn't it Xi Jinping who improved the KN-23?", "kn23", "Russia"},
		{"Is it Zelensky who controls Kursk?", "kursk-control", "Russia"},
		{"Was it Japan that said NK's losses were severe?", "", ""}, // no one says so in the entry
		{"Was it the Iranian drones that Russia upgraded?", "", ""}, // Russia upgrades nothing but the KN-23's accuracy
		{"Was it Zelensky who asked Seoul for weapons?", "", ""},    // nothing of the kind
		{"Was it the Japanese Joint Chiefs of Staff who warned that Pyongyang may send still more soldiers to Russia?", "more-troops", "South Korea"},
		{"Was it the Japanese Joint Chiefs of Staff who sent tanks?", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrected(t, e, tt.question, tt.entry, tt.has)
		})
	}
}
