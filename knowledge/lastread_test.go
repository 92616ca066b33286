package knowledge

import (
	"reflect"
	"slices"
	"sync"
	"testing"
)

// TestLastRead checks that a turn answers the same with the last
// question's reading kept (lastread.go) as without it, for fragments of
// the last question and for follow-ups that are not, and that only a
// kept conversation keeps one.
func TestLastRead(t *testing.T) {
	e := testEngine(t, WithoutMemo())
	for _, turns := range [][]string{
		{"how many north korean soldiers were killed or wounded as of january 2025?", "and in february?", "how many got captured?", "and russia's?"},
		{"where are the north korean troops fighting", "who controls that area?", "what about kursk?"},
		{"what did the sk joint chiefs of staff say?", "what about ukraine's intel chief?", "any catch?"},
		{"what did sk propose to do with captured nk soldiers?", "any catch?", "why?"},
	} {
		var kept, fresh Conversation
		for i, q := range turns {
			var a, b Answer
			a, kept = e.AnswerIn(kept, q)
			fresh.lastRead = nil // each turn reads the last question again
			b, fresh = e.AnswerIn(fresh, q)
			if !reflect.DeepEqual(a, b) {
				t.Errorf("%q (turn %d): answered %q with the last reading kept, %q without", q, i+1, a.Text, b.Text)
			}
			if kept.lastRead == nil && a.Answered {
				t.Errorf("%q (turn %d): answered, and no reading kept", q, i+1)
			}
		}
	}
	if _, c := e.converse(Conversation{alone: true}, "where are the north korean troops fighting", nil); c.lastRead != nil {
		t.Errorf("a question alone kept its reading")
	}
}

// TestLastReadShared answers follow-ups of one conversation from several
// goroutines at once, and reads a fragment of it as merge does (its
// readAnalysis of the last question finds the seeded reading itself, no
// copy): the reading they share is only read (run with -race), stays as
// it was, and each answers as one alone does.
func TestLastReadShared(t *testing.T) {
	e := testEngine(t, WithoutMemo())
	_, c := e.AnswerIn(Conversation{}, "how many north korean soldiers were killed or wounded as of january 2025?")
	if c.lastRead == nil {
		t.Fatal("no reading kept")
	}
	kept := c.lastRead.an.clone()
	want, _ := e.AnswerIn(c, "and in february?")
	wantFr, _ := e.readFragment(c.base, sentenceWords("and in february?"), false, nil)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				if got, _ := e.AnswerIn(c, "and in february?"); !reflect.DeepEqual(got, want) {
					t.Errorf("answered %q, want %q", got.Text, want.Text)
					return
				}
				tr := &trace{quiet: true}
				tr.seedReads(c)
				if fr, _ := e.readFragment(c.base, sentenceWords("and in february?"), false, tr); !reflect.DeepEqual(fr, wantFr) {
					t.Errorf("read the fragment as %+v with the shared reading, %+v without", fr, wantFr)
					return
				}
			}
		})
	}
	wg.Wait()
	if !reflect.DeepEqual(c.lastRead.an, kept) {
		t.Errorf("the shared reading changed")
	}
}

// TestLastReadOfBase checks that the reading a conversation keeps is of
// its last question, or none: a turn that reads no question of its own
// drops the one before, which would else be carried (counted in Size, and
// taking one of a turn's maxTurnReads) though no later turn can find it.
func TestLastReadOfBase(t *testing.T) {
	e := testEngine(t, WithoutMemo())
	for _, turns := range [][]string{
		{"how many north korean soldiers were killed or wounded as of january 2025?", "what's the weather in paris?", "and in february?"},
		{"where are the north korean troops fighting", "and?", "thanks!", "who controls that area?"},
		{"what did the sk joint chiefs of staff say?", "asdf qwer", "what about ukraine's intel chief?", "how do I bake bread?"},
		{"whats this even about", "k. so what", "what'd she do"},
		{"where are the nk guys actually fighting, like what area", "since when?"},
	} {
		var c Conversation
		for i, q := range turns {
			_, c = e.AnswerIn(c, q)
			if c.lastRead != nil && !slices.Equal(c.lastRead.words, c.base) {
				t.Errorf("%q (turn %d): kept the reading of %q, the last question is %q", q, i+1, c.lastRead.words, c.base)
			}
		}
	}
}
