package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// TestConfirmedClaim: a claim put to check that the entry answering it
// states in every word opens with "Yes."; a claim with a word the entry
// does not state, a negation, a word that narrows it, a name on the
// other side, or a condition the answer sets gets no yes.
func TestConfirmedClaim(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		q, entry string
		yes      bool
	}{
		{"Cho Tae-yul is South Korea's foreign minister, isn't he?", "cho-role", true},
		{"fact check: North Korea sent its soldiers to Russia last year", "when-sent", true},
		{"fact check: the report says North Korea has suffered significant casualties", "losses", true}, // quoted, though a phrasing has it too
		{"is it true this is north korea's first active part in a war since the 1950s?", "first-since-1950s", true},
		{"my friend says north korea sent thousands of troops to help russia. legit?", "who-says-sent", true},
		{"so north korean soldiers are fighting on russia's side, correct?", "why-sent", true},
		{"I read that South Korea's Joint Chiefs of Staff think North Korea could send more troops to Russia. True?", "more-troops", true},
		{"The 3,000 figure came from Ukraine, right?", "losses-january", true},                                   // the figure a claim gives; a source by "reported"
		{"Is it true the Seoul-Kyiv talks are about the welfare of the North Korean POWs?", "talks-focus", true}, // words as the analyzer cuts them
		{"My grandson tells me about 4,000 North Korean soldiers had died by early February. Is he right, dear?", "fatalities-feb", true},
		{"fact check: Ukraine said over 3,000 North Korean soldiers were killed or injured as of January 2025", "losses-january", true},                         // "or" and "as of" join stated terms
		{"fact check: Ukraine said over 3,000 North Korean soldiers were killed as of January 2025", "losses-january", false},                                   // one of a pair
		{"Fact check: North Korea sent thousands of troops to back up Russian forces.", "who-says-sent", true},                                                  // "back up", read whole: support
		{"Student here: Budanov linked the combat experience to improving North Korea's weapon systems, right?", "combat-experience", true},                     // "linked" relates two stated terms
		{"Budanov linked the combat experience to Russia's losses, right?", "combat-experience", false},                                                         // a term not stated
		{"> over 3,000 North Korean soldiers had either perished or sustained injuries\nso that number includes the wounded too, yes?", "losses-january", true}, // "includes" relates, "too" as "also"
		{"the 3,000 figure includes only the dead, right?", "losses-january", false},                                                                            // narrowed, one of a pair
		{"the joint chiefs of staff said nk is pulling back because of the losses, right?", "more-troops", false},                                               // read as asking of more
		{"> the North Korean troops are being trained and monitored while they fight is that in the report?", "kursk-activity", true},                           // a quoted line run into its check
		{"North Korean troops are fighting on Ukraine's side, correct?", "why-sent", false},                                                                     // the other side
		{"my friend says the north korean troops in kursk are fighting with no supervision at all. true?", "kursk-activity", false},                             // a negation
		{"Grandpa here. The offer is only for soldiers that Ukraine captured, is that so?", "what-proposed", false},                                             // narrowed
		{"quick sanity check: Cho pitched this to Kyiv over a video call?", "how-proposed", false},                                                              // a detail asked of only
		{"my friend says South Korea is going to force the POWs to move south. is that right?", "condition", false},                                             // a condition the answer sets
		{"Is this North Korea's first active war participation since the 1980s?", "first-since-1950s", false},                                                   // asked, not put to check
		{"which missiles got more accurate", "kn23", false},
		// review27 1: the object of a fighting verb is the other side
		{"North Korea is fighting Russia, right?", "why-sent", false},
		{"North Korean troops are fighting Russian forces, right?", "why-sent", false},
		{"North Korea is fighting Russia in Kursk, right?", "kursk-activity", false},
		// review27 2: a source holds for the figures of its own clause; the doer is the answer's
		{"the 4,000 figure came from Ukraine, right?", "losses", false},
		{"the 4,000 number is Ukraine's, right?", "losses", false},
		{"the 4,000 figure is Ukraine's, right?", "losses", false},
		{"4,000 is the Ukrainian figure, right?", "losses", false},
		{"the 3,000 figure is Ukraine's, right?", "losses-january", true},
		{"Ukraine has offered to accept North Korean soldiers captured by Ukraine, right?", "who-proposed", false},
		{"South Korea has offered to accept North Korean soldiers captured by Ukraine, right?", "who-proposed", true},
		// review27 13: agreeing with another user states, and asks the bot nothing
		{"@bob yeah NK sent troops to Russia", "why-sent", false},
		{"@bob yeah NK sent troops to Russia, right?", "why-sent", true},
	} {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if got := answeredBy(a); got != tt.entry || strings.HasPrefix(a.Text, "Yes. ") != tt.yes {
				t.Errorf("%q: %q by %q, want by %q, yes %v", tt.q, a.Text, got, tt.entry, tt.yes)
			}
		})
	}
}

// TestWithoutLead: the short lead of an answer gives way to a yes.
func TestWithoutLead(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"In the 1950s: this is North Korea's first war since.", "This is North Korea's first war since."},
		{"Over 3,000: as of January 2025, Ukraine reported ...", "As of January 2025, Ukraine reported ..."},
		{"South Korea proposed a collaborative approach: to work together.", "South Korea proposed a collaborative approach: to work together."},
	} {
		if got := withoutLead(tt.in); got != tt.want {
			t.Errorf("withoutLead(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A bad word of the [claims] lists is named by the list it stands in, so
// a pack author looks in the right one.
func TestCheckClaimWords(t *testing.T) {
	for _, tt := range []struct {
		name  string
		words ClaimWords
		want  []string
	}{
		{"plain", ClaimWords{Retreat: []string{"pull back"}, Relating: []string{"linked to"}}, nil},
		{"bad relating", ClaimWords{Relating: []string{"Linked To"}}, []string{`relating: "Linked To" is not plain lower-case words`}},
		{"bad retreat", ClaimWords{Retreat: []string{"pull-back!"}}, []string{`retreat: "pull-back!" is not plain lower-case words`}},
		{"in both", ClaimWords{Retreat: []string{"stop"}, Relating: []string{"stop"}}, []string{`relating: "stop" is listed twice (also in retreat)`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var v validator
			v.checkClaimWords(tt.words)
			var got []string
			for _, p := range v.problems {
				got = append(got, p.Msg)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("checkClaimWords(%+v) = %q, want %q", tt.words, got, tt.want)
			}
		})
	}
}

// TestTagChecksClaim: a question tag, with or without its "?", puts the
// claim before it to check, with one detail wrong corrected.
func TestTagChecksClaim(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, has string }{
		{"nk sent its troops to russia earlier this year, didn't it", "Last year"},
		{"Ukraine controls Kursk, doesn't it?", "Russia"},
		{"Cho is the defence minister, isn't he", "Foreign Minister"},
		{"Putin visited Pyongyang, didn't he", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}

// An office of a country the report never names is not the country: its
// reports are not confirmed as the office's.
func TestConfirmsNoOffice(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{
		"Kindly confirm that the Pentagon reported North Korea sent troops.",
		"Kindly confirm whether the State Department reported that North Korea sent troops.",
	} {
		checkCorrection(t, e, q, "United States")
	}
	if a := e.Answer("Kindly confirm that the United States reported North Korea sent troops."); !strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("the country's own reports: %q, want a Yes", a.Text)
	}
}
