package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestChecksClaim(t *testing.T) {
	tests := []struct {
		question string
		want     bool
	}{
		{"is it true the figure is from march?", true},
		{"fact check: cho is the prime minister", true},
		{"true or false: kursk is under ukrainian control", true},
		{"the troops went in 2023 right?", true},
		{"someone said the missiles got worse lol true?", true},
		{"is that true, that cho flew to kyiv", true},
		{"isn't the figure from march", true},
		{"ukraine reported 3k in february, yeah?", true}, // a tag asking whether it is true
		{"kursk is ukrainian, innit?", true},
		{"yeah how many died?", false}, // "yeah" first: no tag
		{"Is Cho the prime minister?", false},
		{"did the troops go in 2023", false},
		{"is the right to choose theirs in the report at all?", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := checksClaim(sentenceWords(tt.question)); got != tt.want {
				t.Errorf("checksClaim(%q) = %v, want %v", tt.question, got, tt.want)
			}
		})
	}
}

// TestCheckedFact: a claim put to check with one detail of a kind wrong
// is answered by the entry that states that detail otherwise, without a
// "Yes."; a claim whose detail the report has nothing of the kind for,
// or asked plainly without another detail that pins it (see
// TestAnchoredCheck), is declined.
func TestCheckedFact(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		entry    string // "" for declined
		has      string
	}{
		{"is it true the 3,000 figure is from march?", "losses-january", "January"},
		// a person put in place of the group a figure counts: no contrast
		{"So Zelensky died?", "", ""},
		{"So Kim Jong Un died?", "", ""},
		{"So Cho died?", "", ""},
		{"is it true nk's last war before this was in the 1990s?", "first-since-1950s", "1950s"},
		{"fact check: cho is south korea's prime minister, right?", "cho-role", "Foreign Minister"},
		{"fact check: budanov is ukraine's prime minister right?", "budanov-role", "Intelligence"},
		{"north korea sent its troops in 2023 right?", "when-sent", "last year"},
		{"someone said russia made the kn-23 less accurate, true?", "kn23", "accuracy"},
		{"North Korea's losses were pretty small, weren't they?", "casualties-indicate", "Severe"},               // asked as the sense it reverses
		{"were north korea's losses light?", "", ""},                                                             // asked plainly
		{"is it true that 4,000 north koreans were killed or wounded as of january?", "losses-january", "3,000"}, // its "or" joins the claim
		{"is it true cho is north korea's foreign minister?", "cho-role", "South Korea"},
		{"fact check: the pows refuse to go to south korea", "", ""}, // a refusal by another
		{"fact check: the 3,000 figure came out in march", "losses-january", "January"},
		{"ukraine gave the 3,000 killed or wounded figure in november 2024, right?", "losses-january", "January"}, // a month and its year are one date; the tag puts the claim, "or" and all
		{"nk sent tanks or artillery to russia, right?", "", ""},                                                  // nothing of the kind in the report
		{"true or false: the kursk region is under ukrainian control", "kursk-control", "Russia"},
		{"Was the offer to take the POWs made by South Korea's defence minister?", "who-proposed", "Foreign Minister"},
		{"Was the offer made by the defence minister?", "", ""},              // no entry that says who made it answers without the role
		{"is it true that the 4,000 figure came from the pentagon?", "", ""}, // a country spoken of, qualifying nothing
		{"wasn't the 3,000 figure from march", "losses-january", "January"},
		{"Is Cho South Korea's prime minister?", "", ""},                                  // asked plainly, of a post the pack has no word for
		{"Is Kyrylo Budanov Ukraine's defense minister?", "budanov-role", "Intelligence"}, // a person's post, asked plainly
		{"is budanov the defence minister", "budanov-role", "Intelligence"},
		{"Is Budanov in Kursk?", "", ""},                                                                // no post
		{"is it true north korea lost 25,000 soldiers?", "", ""},                                        // a number the report never gives
		{"is it true north korea sent tanks in 2023?", "", ""},                                          // tanks: nothing of the kind
		{"so budanov is south korea's foreign minister right?", "budanov-role", "Defense Intelligence"}, // the post with whose it is
		{"Is Budanov South Korea's foreign minister?", "", ""},                                          // the same asked plainly (fresh110)
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrected(t, e, tt.question, tt.entry, tt.has)
		})
	}
}

func TestReversalsOf(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		word string
		want []string
	}{
		{"less", []string{"improve", "more"}},
		{"worse", []string{"improve"}},
		{"weakened", []string{"improve"}},
		{"ended", []string{"reiterate"}}, // an alias of the key it is read as
		{"better", nil},                  // an alias of improve, not its opposite
		{"unilateral", []string{"collaborate"}},
	} {
		t.Run(tt.word, func(t *testing.T) {
			ts := e.an.analyze(tt.word, false).terms
			if len(ts) != 1 {
				t.Fatalf("%q reads as %d terms, want 1", tt.word, len(ts))
			}
			if got := e.reversals[ts[0].text]; !slices.Equal(got, tt.want) {
				t.Errorf("reversals of %q = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

// checkCorrected fails t unless question is declined (entry "") or
// corrected by entry: answered without a "Yes", with has in its text.
func checkCorrected(t *testing.T, e *Engine, question, entry, has string) {
	t.Helper()
	a := e.Answer(question)
	if entry == "" {
		if a.Answered {
			t.Errorf("answered by %s (%q), want declined", a.EntryID, a.Text)
		}
		return
	}
	if !a.Answered || a.EntryID != entry {
		t.Fatalf("got %s (answered %v), want %s", a.EntryID, a.Answered, entry)
	}
	if strings.HasPrefix(a.Text, "Yes") || !strings.Contains(a.Text, has) {
		t.Errorf("text %q: want no Yes and %q", a.Text, has)
	}
}

// A post no one in the report holds, given by a troll to a named person,
// is a role the pack knows, so the claim is corrected with the post the
// report gives; asked of nobody, it stays declined.
func TestFactCheckUnheldPost(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ name, q, has string }{
		{"blogger", "budanov is some random blogger right?", "Defense Intelligence"},
		{"asked plainly", "is budanov a blogger?", "Defense Intelligence"},
		{"other person", "cho is some random blogger right?", "Foreign Minister"},
		{"of nobody", "which blogger wrote this?", ""},
	} {
		t.Run(tt.name, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}

// A claim with the wrong doer corrected by an entry of the reason is not
// answered with the reason as the wrong doer's: the one who did it opens.
func TestWrongDoerNotReason(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{
		"South Korea sent troops to Russia, didn't it",
		"China sent troops to Russia, didn't it",
	} {
		a := e.Answer(q)
		if !a.Answered || !strings.HasPrefix(a.Text, "No. North Korea") {
			t.Errorf("Answer(%q) = %q, want it opening %q", q, a.Text, "No. North Korea")
		}
	}
}
