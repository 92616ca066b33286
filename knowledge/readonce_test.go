package knowledge

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalQuestions are the questions of every set of eval/testdata, for
// checking that a fast path reads each as the slow one does.
func evalQuestions(t *testing.T) []string {
	t.Helper()
	var qs []string
	err := filepath.WalkDir("eval/testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".jsonl") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var it struct{ Q string }
			if json.Unmarshal(sc.Bytes(), &it) == nil && it.Q != "" {
				qs = append(qs, it.Q)
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 1000 {
		t.Fatalf("only %d questions read", len(qs))
	}
	return qs
}

// TestMayBreak checks afterPremise's fast path: a question mayBreak turns
// away has no premise cutPremise would find, among every question of the
// sets and the clauses before their breaks.
func TestMayBreak(t *testing.T) {
	for _, q := range evalQuestions(t) {
		for _, s := range []string{q, strings.ToLower(q), strings.TrimRight(q, "?.! ")} {
			if !mayBreak(s) {
				if p, rest, ok := cutPremise(s); ok {
					t.Errorf("mayBreak(%q) = false, but its premise is %q, its question %q", s, p, rest)
				}
			}
		}
	}
	for _, s := range []string{"Budanov is the spy chief, what is his salary?", "quick one - who is Cho?", "on deadline — how many died?", "I'm confused. Who is Cho?", "they went but why did they go?"} {
		if !mayBreak(s) {
			t.Errorf("mayBreak(%q) = false", s)
		}
	}
}

// TestWordFilters checks that each filtered list's filter lets through
// every word of it, and that a filter turns away words of other lengths
// and first letters.
func TestWordFilters(t *testing.T) {
	for name, l := range map[string]struct {
		list map[string]bool
		f    *wordFilter
	}{
		"setAside": {setAside, setAsideFilter}, "setAsideFirsts": {setAsideFirsts, setAsideFirstsFilter},
		"stressWords": {stressWords, stressFilter}, "beforeIng": {beforeIng, beforeIngFilter}, "paragraphWords": {paragraphWords, paragraphFilter},
		"particles": {particles, particleFilter}, "peopleNouns": {peopleNouns, peopleNounFilter}, "tellerVerbs": {tellerVerbs, tellerVerbFilter},
		"dateAsks": {dateAsks, dateAskFilter}, "storyPlurals": {storyPlurals, storyPluralFilter}, "happenWords": {happenWords, happenFilter},
		"comparing": {comparing, comparingFilter}, "partnerWords": {partnerWords, partnerFilter},
	} {
		for w := range l.list {
			if !l.f.may(w) {
				t.Errorf("%s: the filter turns away %q", name, w)
			}
		}
	}
	for w := range letterNames {
		if !letterNameFilter.may(w) {
			t.Errorf("letterNames: the filter turns away %q", w)
		}
	}
	f := filterOf(setOf("besides", "beyond"))
	for w, want := range map[string]bool{"besides": true, "beyond": true, "bestest": true, "before": true, "by": false, "besidesx": false, "": false, "xesides": false} {
		if f.may(w) != want {
			t.Errorf("may(%q) = %v, want %v", w, !want, want)
		}
	}
}

// TestWordSieve checks that the engine's sieve of latinWords lets through
// every word of it, and that a sieve turns most other words away.
func TestWordSieve(t *testing.T) {
	p, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(p)
	for w := range e.latinWords {
		if !e.latinSieve.may(w) {
			t.Errorf("latinWords: the sieve turns away %q", w)
		}
	}
	s := sieveOf(setOf("wie", "dónde"))
	for w, want := range map[string]bool{"wie": true, "dónde": true, "": false} {
		if got := s.may(w); got != want {
			t.Errorf("may(%q) = %v, want %v", w, got, want)
		}
	}
	// the claim of wordfilter.go: the real sieve lets about one English
	// word in twenty through (counted over words not in latinWords).
	passed, other := 0, 0
	english := strings.Fields("who is the south korean foreign minister in this story how many north soldiers were killed or wounded as of january where are troops fighting what did he offer ukraine")
	for _, w := range english {
		if e.latinWords[w] {
			continue
		}
		other++
		if e.latinSieve.may(w) {
			passed++
		}
	}
	if passed > other/10 {
		t.Errorf("the latinWords sieve lets %d of %d other words through", passed, other)
	}
}
