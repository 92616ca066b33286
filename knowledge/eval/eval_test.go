package eval

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"reportbot/knowledge"
)

func testEngine(t testing.TB) *knowledge.Engine {
	t.Helper()
	p, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return knowledge.NewEngine(p)
}

// readManifest reads testdata/sets.toml.
func readManifest(t testing.TB) Manifest {
	t.Helper()
	f, err := os.Open("testdata/sets.toml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ReadManifest(f)
	if err != nil {
		t.Fatalf("testdata/sets.toml: %v", err)
	}
	return m
}

// readSet reads testdata/NAME.jsonl.
func readSet(t testing.TB, name string) []Item {
	t.Helper()
	f, err := os.Open("testdata/" + name + ".jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	items, err := ReadSet(f)
	if err != nil {
		t.Fatalf("testdata/%s.jsonl: %v", name, err)
	}
	return items
}

// The question sets run under the referee's rules (../shared/eval/score.py),
// each against its bar in testdata/sets.toml. dev.jsonl is the shared
// sample; holdout.jsonl and fresh*.jsonl are our own, each written before
// tuning against it and phrased apart from the pack, to catch tuning that
// only fits one sample.
func TestQuestionSets(t *testing.T) {
	m := readManifest(t)
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	convs, err := filepath.Glob("testdata/conv/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	listed := func(name string) bool { return slices.ContainsFunc(m.Sets, func(s Set) bool { return s.Name == name }) }
	for _, f := range append(files, convs...) {
		if name := strings.TrimSuffix(strings.TrimPrefix(filepath.ToSlash(f), "testdata/"), ".jsonl"); !listed(name) {
			t.Errorf("testdata/%s.jsonl is not in testdata/sets.toml, so no test runs it", name)
		}
	}
	e := testEngine(t)
	for _, s := range m.Sets {
		t.Run(s.Name, func(t *testing.T) {
			r := Evaluate(e, readSet(t, s.Name))
			for _, fl := range r.Failures {
				t.Logf("%s [%s] %q -> %.100q", fl.ID, fl.Why, fl.Question, fl.Answer)
			}
			for _, miss := range m.Bar(s).Misses(r) {
				t.Error(miss)
			}
		})
	}
}

// The referee's rules, checked on hand-made answers, so a scoring bug
// cannot hide an engine bug.
func TestJudge(t *testing.T) {
	cite := func(n int) []knowledge.Citation { return []knowledge.Citation{{Paragraph: n, Quote: "x"}} }
	tests := []struct {
		name string
		it   Item
		a    knowledge.Answer
		ok   bool
	}{
		{"right", Item{Para: []int{5}, Must: [][]string{{"3000"}}}, knowledge.Answer{Text: "over 3,000", Citations: cite(5)}, true},
		{"hyphen as space", Item{Must: [][]string{{"kn 23"}}}, knowledge.Answer{Text: "the KN-23", Citations: cite(7)}, true},
		{"wrong paragraph", Item{Para: []int{5}, Must: [][]string{{"3000"}}}, knowledge.Answer{Text: "over 3,000", Citations: cite(8)}, false},
		{"missing word", Item{Para: []int{5}, Must: [][]string{{"3000"}, {"january"}}}, knowledge.Answer{Text: "over 3,000", Citations: cite(5)}, false},
		{"no citation", Item{Must: [][]string{{"3000"}}}, knowledge.Answer{Text: "3000"}, false},
		{"any paragraph when none listed", Item{Must: [][]string{{"rbc"}}}, knowledge.Answer{Text: "newsukraine.rbc.ua", Citations: cite(0)}, true},
		{"curly apostrophe", Item{Must: [][]string{{"ukraine's"}}}, knowledge.Answer{Text: "Ukraine\u2019s allies", Citations: cite(4)}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := judge(tt.it, tt.a) == ""; got != tt.ok {
				t.Errorf("judge = %q, want ok=%v", judge(tt.it, tt.a), tt.ok)
			}
		})
	}
}

// Evaluate counts as the referee does: a misquote wherever it is, an
// unclear follow-up with the unanswerable questions.
func TestEvaluateCounts(t *testing.T) {
	e := testEngine(t)
	items := []Item{
		{ID: "a", Q: "Who proposed accepting North Korean POWs?", Para: []int{1}, Must: [][]string{{"Cho"}}},
		{ID: "b", Q: "Who proposed accepting North Korean POWs?", Must: [][]string{{"Zelensky"}}},
		{ID: "c", Q: "What is the weather in Seoul?", OOS: true},
		{ID: "d", Q: "And what about her?", Conv: "c1", Clarify: true},
		{ID: "d2", Q: "how many nk soldiers died by early february?", Conv: "c2", Para: []int{8}, Must: [][]string{{"4,000"}}},
		{ID: "d3", Q: "is that figure official?", Conv: "c2", Para: []int{8}, Must: [][]string{{"estimate"}}},
		{ID: "e", Q: "What is the capital of Peru?", Para: []int{1}},
	}
	r := Evaluate(e, items)
	got := []int{r.InScope, r.Correct, r.Wrong, r.Abstained, r.OOS, r.OOSDeclined, r.Misquoted, r.Uncited}
	want := []int{5, 3, 1, 1, 2, 2, 0, 0}
	if !slices.Equal(got, want) {
		t.Errorf("in scope, correct, wrong, abstained, oos, declined, misquoted, uncited = %v, want %v", got, want)
	}
	if len(r.Failures) != 2 || r.Failures[0].ID != "b" || r.Failures[1].ID != "e" {
		t.Errorf("failures = %+v, want b (wrong) and e (abstained)", r.Failures)
	}
}

func TestQuoteNorm(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Ukraine\u2019s  allies\n", "Ukraine's allies"},
		{"\u201cquoted\u201d", `"quoted"`},
		{"  ", ""},
	} {
		if got := quoteNorm(tt.in); got != tt.want {
			t.Errorf("quoteNorm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadSet(t *testing.T) {
	tests := []struct {
		name, in, err string
		n             int
	}{
		{"two items and a blank line", "{\"id\":\"a\",\"q\":\"x?\"}\n\n{\"id\":\"b\",\"q\":\"y?\",\"oos\":true}\n", "", 2},
		{"no question", "{\"id\":\"a\"}\n", "line 1: no question", 0},
		{"not json", "{\"id\":\"a\",\"q\":\"x?\"}\nnot json\n", "line 2", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, err := ReadSet(strings.NewReader(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("ReadSet = %v, want an error with %q", err, tt.err)
				}
				return
			}
			if err != nil || len(items) != tt.n {
				t.Fatalf("ReadSet = %d items, %v; want %d", len(items), err, tt.n)
			}
		})
	}
}

// TestProbes asks each entry in other words, and some questions the report
// cannot answer (testdata/probes.tsv: the entry id, or "-" for a decline,
// a tab, the question), written as a probe of the whole pack rather than
// of one kind of user, in batches of 64 answerable and 16 unanswerable:
// at first, 42 of the first batch were answered by their entry; of the
// second, 59 and all 16 declined; of the third, 57 and all 16; of the
// fourth, 58 and 15 ("Did Ukraine accept the proposal?" was answered).
// "What kind of collaboration ... did Seoul suggest?" expects what-proposed,
// whose answer names the collaborative approach too.
// The fifth batch, on the entries asked least (what the readiness
// signifies, what the casualties indicate, the talks' focus), scored 54
// and 15 at first; a sixth, of requests ("Can you tell me ...", "I'd like
// to know ..."), 32 of 32 and 8 of 8; a seventh, of bare keywords as the
// dev sample has them ("nk pow relocation"), 61 of 63 and 8 of 8.
func TestProbes(t *testing.T) {
	data, err := os.ReadFile("testdata/probes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	e := testEngine(t)
	right, wrong, n := 0, 0, 0
	for line := range strings.Lines(string(data)) {
		id, q, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok {
			t.Fatalf("probes.tsv: %q has no tab", line)
		}
		n++
		a := e.Answer(q)
		got := "-"
		if a.Answered {
			got = a.EntryID
		}
		switch {
		case got == id:
			right++
		case got == "-":
			t.Logf("%q: declined, want %s", q, id)
		default:
			wrong++
			t.Logf("%q: answered by %s, want %s", q, got, id)
		}
	}
	if right < 477 || wrong > 5 {
		t.Errorf("probes: %d of %d right, %d answered wrongly; want at least 477, at most 5", right, n, wrong)
	}
}
