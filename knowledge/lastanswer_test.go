package knowledge

import (
	"slices"
	"testing"
)

func TestParagraphsOf(t *testing.T) {
	tests := []struct {
		in   []int
		want string
	}{
		{nil, "the report"},
		{[]int{5}, "paragraph 5"},
		{[]int{3, 2}, "paragraphs 2 and 3"},
		{[]int{4, 1, 3, 1}, "paragraphs 1, 3 and 4"},
	}
	for _, tt := range tests {
		var cites []Citation
		for _, p := range tt.in {
			cites = append(cites, Citation{Paragraph: p})
		}
		if got := paragraphsOf(cites); got != tt.want {
			t.Errorf("paragraphsOf(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLastAnswerAskWhere(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"which paragraph?", askWhere},
		{"where does it say that?", askWhere},
		{"what part of the article is that in", askWhere},
		{"where are they fighting?", ""},                            // a question of its own
		{"which jcs official made that statement specifically", ""}, // asks an official, a question of its own
		{"who says so?", askSaidBy},
		// "from" a thing, then "where", asks where the thing was
		{"the 4000 dead figure, that's from fighting where?", ""},
		{"that's from the battle where?", ""},
		{"that's from where?", askSaidBy},
		{"where's that from?", askSaidBy},
		{"who is warning this?", askSaidBy},
		{"who made it more accurate?", askDoer}, // who did it, not who says so
		{"who made those estimates?", askSaidBy},
		{"who made that assessment?", askSaidBy}, // a thing said is made by who says it
		{"who made that claim?", askSaidBy},
		{"who did that?", askDoer},
		{"which country did that?", askDoer},
		{"which country did that soldier fight for and why?", ""}, // more than who did it
		{"who's saying that", askSaidBy},
		{"whos claiming that", askSaidBy}, // "whos" without its apostrophe
		{"whos saying it?", askSaidBy},
		{"is that confirmed?", askCertainty},
		{"did she confirm it?", ""}, // of someone, who must be found
		{"how sure are they?", askCertainty},
		{"is it only an estimate?", askCertainty},
		{"only if what?", ""}, // a condition, not how sure
		{"where is that from?", askSaidBy},
		{"when was that number from?", ""},        // its date, not its source
		{"the bigger one is from when", askWhich}, // one of the figures given
		{"lol and the smaller one", askWhich},
		{"the bigger one is in kursk?", ""}, // a topic of its own
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := lastAnswerAsk(sentenceWords(tt.in)); got != tt.want {
				t.Errorf("lastAnswerAsk(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// An "it" before "is" refers to nothing in "it is said that ...", and to
// what was given in a learner's "it is official number?".
func TestExpletiveIt(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"it is said that they died", true},
		{"it is estimated that 4000 died", true},
		{"is it true that they died", true},
		{"is it the first time", true},
		{"it is official number?", false},
		{"it is only an estimate?", false},
		{"it is just a claim", false},
		{"it is true?", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ws := sentenceWords(tt.in)
			i := slices.Index(ws, "it")
			if got := expletiveIt(ws, i); got != tt.want {
				t.Errorf("expletiveIt(%q, %d) = %v, want %v", ws, i, got, tt.want)
			}
		})
	}
}

func TestFigureNamedAfterDeclined(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name          string
		before        []string
		q, entry, say string
	}{
		{"the figure named, after a question turned down", []string{"has north korea itself admitted it?"}, "and that 4,000 dead number, is it confirmed?", "fatalities-feb", "estimate"},
		{"only referred to, after a question turned down: declined", []string{"has north korea itself admitted it?"}, "is that confirmed?", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTurn(t, e, tt.before, tt.q, tt.entry, tt.say)
		})
	}
}

// A filler particle ("na", "po") after a question about the last answer
// says nothing of it: the question is still about the answer, and with
// nothing before it still asked back.
func TestFillerAfterLastAnswerAsk(t *testing.T) {
	e := testEngine(t)
	feb := []string{"how many of them died there by february?"}
	checkTurns(t, e, []turnCase{
		{"particle na", feb, "is that confirmed na?", "fatalities-feb", "estimate"},
		{"particle po", feb, "is that official po?", "fatalities-feb", "estimate"},
		{"particle po after that", []string{"how many North Korean soldiers were injured or died as of January?"}, "who reported that po?", "losses-january", "Ukraine"},
		{"nothing before", nil, "is that confirmed na?", "", ""},
	})
}

// A question of "that" setting the last answer beside a thing its entry
// does not speak of is declined, not answered with the last answer again.
func TestThatBesideOther(t *testing.T) {
	e := testEngine(t)
	before := []string{"yaar, the south korea offer for the prisoners, any condition on it?"}
	checkTurns(t, e, []turnCase{
		{name: "a video", before: before, q: "is that the same guy from the video?", entry: ""},
	})
}
