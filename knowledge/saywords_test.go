package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// The ways of saying are the embedded pack's English "say" term and its
// one-word aliases: verbs of saying and the nouns of what one says, never
// its phrases ("according to") nor another language's words.
func TestSayWords(t *testing.T) {
	e := testEngine(t)
	for _, w := range []string{"say", "said", "told", "stated", "warned", "fears", "statement"} {
		if !e.sayWords[w] {
			t.Errorf("sayWords lacks %q", w)
		}
	}
	for w := range e.sayWords {
		if strings.Contains(w, " ") {
			t.Errorf("sayWords holds the phrase %q", w)
		}
	}
	for _, w := range []string{"according to", "sent", "troops", "reported"} {
		if e.sayWords[w] {
			t.Errorf("sayWords holds %q", w)
		}
	}
	if !e.sayingWord("reported") || !e.askedSaid("meant") {
		t.Error("sayingWord and askedSaid must take reporting and meaning words beside the pack's")
	}

	// a way of saying right after a name makes it the one who tells
	an := e.an.analyze("Ukraine said 3,000 soldiers died", true)
	found := false
	for _, tm := range an.terms {
		if tm.kind == KindEntity {
			found = true
			if side, ok := sideOf(an.words, tm, e.sayingWord); !ok || side != sideTeller {
				t.Errorf("sideOf(%q) = %v, %v, want the teller", tm.text, side, ok)
			}
		}
	}
	if !found {
		t.Errorf("no name read in %q", an.words)
	}
	// an answer that says no one said anything gives its fact as its own
	if slices.ContainsFunc(sentenceWords("North Korea sent troops to Russia."), e.sayingWord) {
		t.Error("sayingWord found a way of saying where none is")
	}
	if !slices.ContainsFunc(sentenceWords("South Korea's Joint Chiefs of Staff said North Korea could deploy more troops."), e.sayingWord) {
		t.Error("sayingWord missed 'said'")
	}
}

// A pack whose "say" term has no English block is refused: its ways of
// saying would be none.
func TestSayWordsChecked(t *testing.T) {
	r, p := miniPack(t)
	old := "term = \"say\"\nkind = \"act\"\n"
	if !strings.Contains(p, old) {
		t.Fatal("the mini pack must define say as an act")
	}
	_, err := Load(packFS(r, strings.Replace(p, old, old+"language = \"es\"\n", 1)))
	if err == nil || !strings.Contains(err.Error(), `synonym "say" has no English block`) {
		t.Errorf("Load = %v, want the English ways of saying asked for", err)
	}
}

// A pack whose "potential" term has no English block is refused too: its
// hedges would be the modals only.
func TestHedgeWordsChecked(t *testing.T) {
	r, p := miniPack(t)
	p += "\n[[synonym]]\nterm = \"potential\"\nkind = \"word\"\nlanguage = \"es\"\naliases = [\"posibilidad\"]\n"
	_, err := Load(packFS(r, p))
	if err == nil || !strings.Contains(err.Error(), `synonym "potential" has no English block`) {
		t.Errorf("Load = %v, want the English hedges asked for", err)
	}
}
