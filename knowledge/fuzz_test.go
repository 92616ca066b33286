package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// Any input yields a well-formed result and no panic: an answer is cited
// with verbatim quotes, confidence stays in [0, 1], and a non-answer says
// something and offers at most three questions.
func FuzzAnswer(f *testing.F) {
	for _, s := range []string{"", " ", "who is budanov", "KN-23", "3,000", "🙂", "\xff\xfe", "nk pow", "how many russian soldiers died", "kyrilo budanovs missles", strings.Repeat("a", 2000), "a-b-c-", "'s", "1,000,000,", "hello"} {
		f.Add(s)
	}
	e := testEngine(f)
	whole := e.pack.foldedText()
	f.Fuzz(func(t *testing.T, q string) {
		a := e.Answer(q)
		if a.Confidence < 0 || a.Confidence > 1 {
			t.Errorf("confidence %v", a.Confidence)
		}
		if a.Text == "" {
			t.Error("empty text")
		}
		if a.Answered != (a.Outcome == Answered) {
			t.Errorf("answered %v with outcome %s", a.Answered, a.Outcome)
		}
		if a.Answered {
			if len(a.Citations) == 0 {
				t.Error("answer without citation")
			}
			for _, c := range a.Citations {
				if !strings.Contains(whole, foldQuote(c.Quote)) {
					t.Errorf("misquote %q", c.Quote)
				}
			}
		} else if len(a.Related) > 3 {
			t.Errorf("%d related questions", len(a.Related))
		}
		if got := e.Suggest(q, 25); len(got) > 25 {
			t.Errorf("Suggest gave %d", len(got))
		}
	})
}

// The shortcut for plain lower-case text cuts the words cutWords does.
func FuzzPlainWords(f *testing.F) {
	for _, s := range []string{"north korea", "a thousand troops", "up to 4000 killed", "  two  ", "one of the two"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !plainLower(s) {
			return
		}
		if got, want := words(s), cutWords(s); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %q, cutWords gives %q", s, got, want)
		}
	})
}

// A text the shortcut passes through unfolded is one fold leaves as it is.
func FuzzFoldsToItself(f *testing.F) {
	for _, s := range []string{"North Korea", "two  spaces", " x", "x ", "Ukraine\u2019s", "a\tb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if folded, _ := fold(s, true); foldsToItself(s) && folded != s {
			t.Errorf("fold(%q) = %q, yet foldsToItself says it is unchanged", s, folded)
		}
	})
}
