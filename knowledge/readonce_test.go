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
