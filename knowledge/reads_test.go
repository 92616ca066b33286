package knowledge

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// A turn's readings are what reading again would give, each caller's own.
func TestTurnReads(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, text string
	}{
		{"question", "what did he offer ukraine?"},
		{"read in its place", "wat year did nk troops head to russia before?"},
		{"fragment", "and in february?"},
		{"no words", "?!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := &trace{quiet: true}
			want := sentenceWords(tt.text)
			for i := range 3 {
				got := tr.sentenceWords(tt.text, true)
				if !slices.Equal(got, want) || (got == nil) != (want == nil) {
					t.Fatalf("read %d: words %q, want %q", i, got, want)
				}
				if len(got) > 0 {
					got[0] = "changed" // a caller's change is its own
				}
			}
			wantAn := e.an.analyzeWords(sentenceWords(tt.text), true)
			for i := range 3 {
				got := tr.analyzeWords(e.an, sentenceWords(tt.text), true, true)
				if !reflect.DeepEqual(got, wantAn) {
					t.Fatalf("read %d: analysis %+v, want %+v", i, got, wantAn)
				}
				if len(got.terms) > 0 {
					got.terms[0].text = "changed"
				}
			}
			if n := len(tr.reads.texts) + len(tr.reads.analyses); n != 2 {
				t.Errorf("kept %d readings, want 2 (each once)", n)
			}
		})
	}
	t.Run("bounded", func(t *testing.T) {
		tr := &trace{quiet: true}
		for i := range 3 * maxTurnReads {
			ws := []string{"who", "is", string(rune('a' + i))}
			tr.sentenceWords(ws[2], true)
			tr.analyzeWords(e.an, ws, true, true)
		}
		if len(tr.reads.texts) > maxTurnReads || len(tr.reads.analyses) > maxTurnReads {
			t.Errorf("kept %d texts and %d analyses, want at most %d", len(tr.reads.texts), len(tr.reads.analyses), maxTurnReads)
		}
	})
	t.Run("read only, then read to change", func(t *testing.T) {
		// a text first read only (readWords) is kept as read: a later
		// step finds it, and one that may change it gets a copy
		const q = "how many of nk troops?"
		tr := &trace{quiet: true}
		first := tr.readWords(q)
		if got := tr.readWords(q); !slices.Equal(got, first) || len(tr.reads.texts) != 1 {
			t.Fatalf("read again: %q, %d texts kept, want %q once", got, len(tr.reads.texts), first)
		}
		got := tr.sentenceWords(q, false)
		got[0] = "changed"
		if want := sentenceWords(q); !slices.Equal(first, want) || !slices.Equal(tr.readWords(q), want) {
			t.Errorf("kept words %q after a caller's change, want %q", tr.readWords(q), want)
		}
	})
	t.Run("pooled", func(t *testing.T) {
		// a trace given back keeps nothing of its turn: the next turn
		// that takes it reads its texts again
		tr := e.quietTrace()
		words := tr.sentenceWords("what did he offer ukraine?", true)
		tr.analyzeWords(e.an, words, true, true)
		e.freeTrace(tr)
		// the trace given back is itself emptied (a pool may hand out a
		// fresh one, so the next trace alone proves nothing)
		if tr.quiet || len(tr.reads.texts) != 0 || len(tr.reads.analyses) != 0 || tr.terms != nil {
			t.Errorf("a freed trace holds %d texts, %d analyses (quiet %v)", len(tr.reads.texts), len(tr.reads.analyses), tr.quiet)
		}
		next := e.quietTrace()
		defer e.freeTrace(next)
		if !next.quiet || len(next.reads.texts) != 0 || len(next.reads.analyses) != 0 || next.terms != nil {
			t.Errorf("a pooled trace holds %d texts, %d analyses (quiet %v)", len(next.reads.texts), len(next.reads.analyses), next.quiet)
		}
		if got := next.readWords("what did he offer ukraine?"); !slices.Equal(got, sentenceWords("what did he offer ukraine?")) {
			t.Errorf("read again: %q", got)
		}
	})
}

// allEvalQuestions are the questions of every eval set, with a few made to
// try the edges of cutting words.
func allEvalQuestions(t *testing.T) []string {
	t.Helper()
	qs := []string{"Is Cho Tae-yul South Korea's foreign minister?", "were they there in January '25?", "they're?",
		"3,000?", "Budanov-ssi?", "kn-?", "killed-or-?", "fill the __?", "@bot is it?", ":skull: is it?", "US troops?",
		"is it the ＵＳ?", "bad \xff?", "what ?", "is it 3.?", "is the source newsukraine.rbc.ua?",
		"Fact check: they went", "TRUE or false: they went", "is it TRUE that they went there", "is that Legit they went there",
		"is it tr-ue that they went", "is it ｔｒｕｅ that they went", "is it rite they went"}
	err := filepath.WalkDir("eval/testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(b), "\n") {
			var item struct {
				Q string `json:"q"`
			}
			if json.Unmarshal([]byte(line), &item) == nil && item.Q != "" {
				qs = append(qs, strings.TrimSpace(item.Q))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return qs
}

// TestQuestionMarkCutsNothing: copulaClaim reads a question's words with
// its closing mark, as the turn read them: the mark changes none.
func TestQuestionMarkCutsNothing(t *testing.T) {
	n := 0
	for _, q := range allEvalQuestions(t) {
		if !strings.HasSuffix(q, "?") {
			continue
		}
		n++
		if a, b := sentenceWords(q), sentenceWords(strings.TrimSuffix(q, "?")); !slices.Equal(a, b) {
			t.Errorf("%q: %q, without the mark %q", q, a, b)
		}
	}
	t.Logf("%d questions", n)
}

// TestMayOpenCheck: the bytes checkedClaim looks at first miss no
// question that opens with what puts a claim to check.
func TestMayOpenCheck(t *testing.T) {
	n := 0
	for _, q := range allEvalQuestions(t) {
		if checkOpening(sentenceWords(q)) == 0 {
			continue
		}
		n++
		if !mayOpenCheck(q) {
			t.Errorf("%q opens a check, not found in its bytes", q)
		}
	}
	t.Logf("%d questions open a check", n)
}
