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

func TestFromPointText(t *testing.T) {
	for _, tc := range []struct{ name, q, want string }{
		{"tldr", "keg's gone, stag party singing. tl;dr what's seoul offering kyiv", "what's seoul offering kyiv"},
		{"after anyway", "my uncle was in the army. anyway what i actually wanted to ask is who made the offer? also lol", "who made the offer? also lol"},
		{"long story short", "we argued all night. Long story short, which minister made the offer?", "which minister made the offer?"},
		{"first sentence is not cut", "tl;dr who made the offer", ""},
		{"no marker", "we argued all night. which minister made the offer?", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := fromPointText(tc.q); got != tc.want {
				t.Errorf("fromPointText(%q) = %q, want %q", tc.q, got, tc.want)
			}
		})
	}
}

// Asked from the marker on, the question is read whole, its guess at the
// answer too ("was it the president or someone else?").
func TestAskedFromPointMarker(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"i was reading this at lunch and the whole thing is kind of wild, my uncle was in the army. anyway what i actually wanted to ask is who in the south korean government actually made the offer, was it the president or someone else? also the coffee here is terrible lol", "who-proposed"},
		{"i was reading this at lunch, my uncle was in the army. anyway what i actually wanted to ask is how many tanks russia sent", ""},
	})
}

// "at heart" right after "about" only says the core of what a thing is
// about (pack filler "about at heart").
func TestAboutAtHeart(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what are the talks between south korea and ukraine really about at heart", "talks-focus"},
		{"is cho a soldier at heart", ""},
	})
}
