package initpack

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"reportbot/knowledge"
	"reportbot/knowledge/eval"
)

var update = flag.Bool("update", false, "rewrite ../testdata/saltmere from testdata/saltmere.txt")

// golden is the pack init makes of testdata/saltmere.txt, which the
// engine's tests answer from (knowledge/fallback_test.go).
const golden = "../testdata/saltmere"

// curated is that pack, curated as docs/pack.md's worked example shows.
const curated = "../testdata/saltmere-curated"

// The pack init makes of a report as it was pasted (a headline, wrapped
// paragraphs, blank lines) is the one in ../testdata/saltmere.
func TestGolden(t *testing.T) {
	raw, err := os.ReadFile("testdata/saltmere.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := Write(string(raw), dir, Options{From: "saltmere.txt"}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{knowledge.ReportFile, knowledge.PackFile} {
		got, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			if err := os.WriteFile(filepath.Join(golden, f), got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(filepath.Join(golden, f))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s differs from %s (go test ./knowledge/initpack -update):\n%s", f, filepath.Join(golden, f), firstDiff(string(got), string(want)))
		}
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + strconv.Itoa(i+1) + ":\n got  " + g[i] + "\n want " + w[i]
		}
	}
	return "lengths differ"
}

// The generated pack answers at once: a plain factual question with the
// sentence that says it, cited; a near miss is declined.
func TestGeneratedPackAnswers(t *testing.T) {
	p, err := knowledge.Load(os.DirFS(golden))
	if err != nil {
		t.Fatal(err)
	}
	e := knowledge.NewEngine(p)
	a := e.Answer("How much did the plant cost?")
	if !a.Answered || len(a.Citations) != 1 || a.Citations[0].Paragraph != 3 || !strings.Contains(a.Citations[0].Quote, "118 million euros") {
		t.Errorf("a plain question: %v %q %+v, want the sentence of paragraph 3 with the cost, cited", a.Answered, a.Text, a.Citations)
	}
	if a := e.Answer("How much did the solar farm cost?"); a.Answered {
		t.Errorf("a near miss answered: %q", a.Text)
	}
}

// The worked example of docs/pack.md: three question sets about the
// report, asked of the pack init made of it and of the curated one
// (../testdata/saltmere-curated). saltmere.jsonl was written before the
// pack was asked anything, and guided the curation; saltmere-holdout.jsonl
// was written with it, and did not; saltmere-chat.jsonl after it, in chat
// style. The bars are a little under the scores the guide gives, as the
// engine changes under them; none wrong, and the near misses declined,
// are the guide's own.
func TestWorkedExample(t *testing.T) {
	tests := []struct {
		pack, set                     string
		right, inScope, declined, oos int // at least right and declined, none wrong
	}{
		{golden, "saltmere", 9, 40, 25, 25},
		{golden, "saltmere-holdout", 5, 25, 15, 15},
		{golden, "saltmere-chat", 2, 20, 10, 10},
		{curated, "saltmere", 38, 40, 25, 25},
		{curated, "saltmere-holdout", 15, 25, 14, 15},
		{curated, "saltmere-chat", 16, 20, 10, 10},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.pack)+"/"+tt.set, func(t *testing.T) {
			p, err := knowledge.Load(os.DirFS(tt.pack))
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.Open("testdata/" + tt.set + ".jsonl")
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			items, err := eval.ReadSet(f)
			if err != nil {
				t.Fatal(err)
			}
			r := eval.Evaluate(knowledge.NewEngine(p), items)
			if r.InScope != tt.inScope || r.OOS != tt.oos {
				t.Fatalf("%d answerable and %d near misses, want %d and %d", r.InScope, r.OOS, tt.inScope, tt.oos)
			}
			if r.Wrong > 0 || r.Correct < tt.right || r.OOSDeclined < tt.declined || r.Misquoted > 0 {
				var fails []string
				for _, fl := range r.Failures {
					fails = append(fails, fl.ID+" ["+fl.Why+"] "+fl.Question)
				}
				t.Errorf("right %d/%d, wrong %d, near misses declined %d/%d, misquoted %d; want at least %d right, none wrong, %d declined:\n%s",
					r.Correct, r.InScope, r.Wrong, r.OOSDeclined, r.OOS, r.Misquoted, tt.right, tt.declined, strings.Join(fails, "\n"))
			}
		})
	}
}

// The curated pack is of the same report.
func TestCuratedReport(t *testing.T) {
	a, _ := os.ReadFile(filepath.Join(golden, knowledge.ReportFile))
	b, _ := os.ReadFile(filepath.Join(curated, knowledge.ReportFile))
	if len(a) == 0 || string(a) != string(b) {
		t.Errorf("%s/report.txt differs from %s/report.txt", curated, golden)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, raw, source string
		want              []string // the paragraphs, then the source line
		headline          bool
		err               string
	}{
		{name: "one a line", raw: "First one. Still.\nSecond one.\nOriginal Source: x.org\n",
			want: []string{"First one. Still.", "Second one.", "Original Source: x.org"}},
		{name: "blank lines between wrapped paragraphs", raw: "The first\nparagraph.\n\nThe second\nparagraph.\n\nOriginal Source: x.org",
			want: []string{"The first paragraph.", "The second paragraph.", "Original Source: x.org"}},
		{name: "wrapped with no blank lines", raw: "The first\nparagraph ends.\nThe second\nends here.\nOriginal Source: x.org\n",
			want: []string{"The first paragraph ends.", "The second ends here.", "Original Source: x.org"}},
		{name: "headline", raw: "Town opens bridge\n\nThe town\nopened it.\n\nIt cost a lot.\n\nOriginal Source: x.org\n",
			want: []string{"Town opens bridge", "The town opened it.", "It cost a lot.", "Original Source: x.org"}, headline: true},
		{name: "windows lines, byte order mark, spaces", raw: "\ufeffOne  \tparagraph.\r\nTwo.\r\n\r\nOriginal Source:   x.org  \r\n",
			want: []string{"One paragraph.", "Two.", "Original Source: x.org"}},
		{name: "a word broken at a hyphen", raw: "A 900-\nmetre pipe\nwas laid.\n\nAnd more\ntext.\n\nOriginal Source: x.org",
			want: []string{"A 900-metre pipe was laid.", "And more text.", "Original Source: x.org"}},
		{name: "source line in other case", raw: "One.\noriginal source: x.org\n", want: []string{"One.", "Original Source: x.org"}},
		{name: "source given", raw: "One.\nTwo.\n", source: "x.org", want: []string{"One.", "Two.", "Original Source: x.org"}},
		{name: "source given twice alike", raw: "One.\nOriginal Source: x.org\n", source: "x.org", want: []string{"One.", "Original Source: x.org"}},

		{name: "no source", raw: "One.\nTwo.\n", err: "no last line \"Original Source: NAME\""},
		{name: "two sources", raw: "One.\nOriginal Source: x.org\n", source: "y.org", err: `names its source "x.org", and -source "y.org"`},
		{name: "source not last", raw: "One.\nOriginal Source: x.org\nTwo.\n", err: "line 2: the \"Original Source:\" line must be the report's last"},
		{name: "source names nothing", raw: "One.\nOriginal Source:\n", err: "line 2: the \"Original Source:\" line names no source"},
		{name: "empty", raw: " \n\n", err: "the report is empty"},
		{name: "only a source line", raw: "Original Source: x.org\n", err: "no paragraphs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Normalize(tt.raw, tt.source)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Normalize = %v, want an error with %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := append(slices.Clone(r.Paragraphs), r.SourceLine); !slices.Equal(got, tt.want) {
				t.Errorf("Normalize = %q, want %q", got, tt.want)
			}
			if r.Headline != tt.headline {
				t.Errorf("headline = %v, want %v", r.Headline, tt.headline)
			}
		})
	}
}

// A pack already in the directory may be a curator's work: init keeps it,
// unless forced, and leaves nothing behind when it refuses.
func TestWriteKeepsAPack(t *testing.T) {
	dir := t.TempDir()
	curated := filepath.Join(dir, knowledge.PackFile)
	if err := os.WriteFile(curated, []byte("# a curator's work\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	report := "The town opened a bridge on Monday.\nOriginal Source: x.org\n"
	_, err := Write(report, dir, Options{})
	if err == nil || !strings.Contains(err.Error(), "exists") {
		t.Fatalf("Write over a pack = %v, want it refused", err)
	}
	if b, _ := os.ReadFile(curated); string(b) != "# a curator's work\n" {
		t.Errorf("pack.toml is now %q, want it kept", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the directory holds %d files, want the pack alone", len(entries))
	}
	if _, err := Write(report, dir, Options{Force: true}); err != nil {
		t.Fatalf("Write with Force = %v", err)
	}
	if _, err := knowledge.Load(os.DirFS(dir)); err != nil {
		t.Errorf("the forced pack does not load: %v", err)
	}
}

// A report the engine cannot load is refused before anything is written.
func TestWriteRefusesBadReports(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "pack")
	_, err := Write("No source here.\n", dir, Options{})
	if err == nil {
		t.Fatal("Write of a report without a source = nil error")
	}
	if _, statErr := os.Stat(dir); !errors.Is(statErr, os.ErrNotExist) {
		t.Errorf("Write made %s for a report it refused", dir)
	}
}

func TestReportNames(t *testing.T) {
	paras := []string{
		"The coastal town of Saltmere opened a plant on Tuesday. Mayor Ines Carvalho said so.",
		"Tomas Reyes, a biologist at the University of Porto, warned. Residents will pay more in Saltmere.",
	}
	var got []string
	for _, n := range reportNames(paras) {
		got = append(got, n.name+" "+joinInts(n.paragraphs))
	}
	want := []string{"Saltmere 1, 2", "Mayor Ines Carvalho 1", "Tomas Reyes 2", "University of Porto 2"}
	if !slices.Equal(got, want) {
		t.Errorf("reportNames = %q, want %q", got, want)
	}
}
