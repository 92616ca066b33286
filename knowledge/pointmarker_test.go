package knowledge

import (
	"slices"
	"testing"
)

func TestPointOpening(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    int
	}{
		{"tldr with semicolon", "tl;dr what's seoul offering kyiv", 2},
		{"tldr as one word", "tldr who made the offer", 1},
		{"after a word that moves on", "anyway what i actually wanted to ask is who made the offer", 8},
		{"long story short", "long story short, which minister made the offer?", 3},
		{"marker alone asks the gist", "tl;dr", 0},
		{"anyway alone is no marker", "anyway who made the offer", 0},
		{"marker not at the start", "who made the offer, long story short", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pointOpening(sentenceWords(tc.s)); got != tc.want {
				t.Errorf("pointOpening(%q) = %d, want %d", tc.s, got, tc.want)
			}
		})
	}
}

func TestWithoutOpening(t *testing.T) {
	got := withoutOpening([][]string{{"long", "story", "short"}, {"who", "made", "it"}}, 3)
	if want := [][]string{{"who", "made", "it"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("withoutOpening = %q, want %q", got, want)
	}
}

// The chatter before a point marker holds words the pack reads as terms
// ("stag party" as a proposal, "stuck" as said); left out, the question
// after the marker is answered, and still declined when it asks what the
// report does not say.
func TestChatterBeforePointMarker(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"stag party singing, the telly's stuck on the racing and the keg's gone. tl;dr when did north korea send troops", "when-sent"},
		{"stag party singing, the telly's stuck on the racing. tl;dr how many tanks did russia send", ""},
		{"stag party singing, the telly's stuck on the racing. long story short, how many russian soldiers died?", ""},
	})
}
