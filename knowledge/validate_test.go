package knowledge

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
)

func TestMiniPackIsValid(t *testing.T) {
	r, p := miniPack(t)
	if _, err := Load(packFS(r, p)); err != nil {
		t.Fatalf("Load(minipack) = %v", err)
	}
}

// Each validation rule, shown catching a pack broken in just that way. The
// message must name the file, the entry and the problem.
func TestValidationRules(t *testing.T) {
	r, p := miniPack(t)
	tests := []struct {
		name   string
		report string // replaces the report when set
		edit   [2]string
		want   []string // all must appear in the error
	}{
		{name: "quote not verbatim", edit: [2]string{"said it cost 2,000,000 euros.", "said it cost two million euros."},
			want: []string{"pack.toml", "entry bridge-cost", "cite[1]", "not verbatim", "two million"}},
		{name: "quote spans two sentences", edit: [2]string{`quote = "The mayor, Ana Ruiz,`, `quote = "on Monday. The mayor, Ana Ruiz,`},
			want: []string{"entry bridge-cost", "not verbatim in one sentence"}},
		{name: "quote in the wrong paragraph", edit: [2]string{`paragraph = 2, quote = "The old ferry`, `paragraph = 1, quote = "The old ferry`},
			want: []string{"entry ferry", "paragraph 1"}},
		{name: "paragraph out of range", edit: [2]string{`paragraph = 2,`, `paragraph = 7,`},
			want: []string{"entry ferry", "paragraph 7 does not exist"}},
		{name: "duplicate id", edit: [2]string{`id = "ferry"`, `id = "bridge-cost"`},
			want: []string{"pack.toml:16: entry bridge-cost: duplicate id"}},
		{name: "bad id", edit: [2]string{`id = "ferry"`, `id = "Ferry Boat"`},
			want: []string{"must be lower-case"}},
		{name: "no citation", edit: [2]string{`cite = [{ paragraph = 2, quote = "The old ferry will stop running in May." }]`, ``},
			want: []string{"entry ferry", "no citation"}},
		{name: "missing answer", edit: [2]string{`answer = "The old ferry will stop running in May."`, ``},
			want: []string{"entry ferry", "missing answer"}},
		{name: "related does not exist", edit: [2]string{`related = ["bridge-cost"]`, `related = ["bridge"]`},
			want: []string{"entry ferry", `related entry "bridge" does not exist`}},
		{name: "related is itself", edit: [2]string{`related = ["bridge-cost"]`, `related = ["ferry"]`},
			want: []string{"entry ferry", "related lists the entry itself"}},
		{name: "phrasing in two entries", edit: [2]string{`phrasings = ["Will the ferry keep running?"]`, `phrasings = ["Price of the bridge?"]`},
			want: []string{"entry ferry", "also in entry bridge-cost"}},
		{name: "synonym collision", edit: [2]string{`aliases = ["how much"]`, `aliases = ["how much", "ruiz"]`},
			want: []string{"synonym how many", `alias "ruiz" collides with synonym "mayor"`}},
		{name: "synonym collision of two words", edit: [2]string{`aliases = ["how much"]`, `aliases = ["how much", "Ana  Ruiz"]`},
			want: []string{"synonym how many", `alias "Ana  Ruiz" collides with synonym "mayor"`}},
		{name: "alias listed twice", edit: [2]string{`aliases = ["how much"]`, `aliases = ["how much", "how much"]`},
			want: []string{"synonym how many", `alias "how much" is listed twice`}},
		{name: "acting for no entity", edit: [2]string{`aliases = ["ana ruiz", "ruiz"]`, `aliases = ["ana ruiz", "ruiz"]` + "\nfor = \"alder\""},
			want: []string{"synonym mayor", `for "alder" must be the term of another entity`}},
		{name: "an opposite of two words", edit: [2]string{`aliases = ["ana ruiz", "ruiz"]`, `aliases = ["ana ruiz", "ruiz"]` + "\nopposites = [\"former mayor\"]"},
			want: []string{"synonym mayor", `opposite "former mayor" must read as one word or term`}},
		{name: "a class of no kind of name", edit: [2]string{`aliases = ["ana ruiz", "ruiz"]`, `aliases = ["ana ruiz", "ruiz"]` + "\nclass = \"city\""},
			want: []string{"synonym mayor", `class "city" must be person, country, place or body`}},
		{name: "bad synonym kind", edit: [2]string{`kind = "question"`, `kind = "questions"`},
			want: []string{"synonym how many", `kind "questions"`}},
		{name: "sense reading no term", edit: [2]string{"[meta]", "[[sense]]\nwords = [\"toll\"]\nafter = [\"of\"]\nreads = [\"tolls\"]\n\n[meta]"},
			want: []string{"pack.toml", `sense "toll": reads "tolls", which is no synonym's term`}},
		{name: "sense of an unknown kind of name", edit: [2]string{"[meta]", "[[sense]]\nwords = [\"toll\"]\nbefore = [\"@place\"]\n\n[meta]"},
			want: []string{`sense "toll": before "@place" is neither words nor one of @entity`}},
		{name: "sense without words", edit: [2]string{"[meta]", "[[sense]]\nbefore = [\"the\"]\n\n[meta]"},
			want: []string{"sense #1: no words"}},
		{name: "sense reading a term twice", edit: [2]string{"[meta]", "[[sense]]\nwords = [\"toll\"]\nreads = [\"say\", \"say\"]\n\n[meta]"},
			want: []string{`sense "toll": reads "say" twice`}},
		{name: "sense within no neighbours", edit: [2]string{"[meta]", "[[sense]]\nwords = [\"toll\"]\nwithin = 2\nreads = [\"say\"]\n\n[meta]"},
			want: []string{`sense "toll": within 2, but no before or after to look for`}},
		{name: "sense listing a word twice", edit: [2]string{"[meta]", "[[sense]]\nwords = [\"toll\", \"tolls\", \"Toll\"]\nreads = [\"say\"]\n\n[meta]"},
			want: []string{`sense "toll": lists "Toll" twice`}},
		{name: "sense after one without neighbours", edit: [2]string{"[meta]", "[[sense]]\nwords = [\"toll\"]\nreads = []\n\n[[sense]]\nwords = [\"tolls\", \"toll\"]\nafter = [\"of\"]\nreads = [\"say\"]\n\n[meta]"},
			want: []string{`sense "tolls" (#2): "toll" is never read so: sense #1, before it, is chosen wherever this one would be`}},
		{name: "sense after one of more neighbours", edit: [2]string{"[meta]", "[[sense]]\nwords = [\"toll\"]\nbefore = [\"the\", \"a\"]\nwithin = 2\nreads = []\n\n[[sense]]\nwords = [\"toll\"]\nbefore = [\"a\"]\nreads = [\"say\"]\n\n[meta]"},
			want: []string{`sense "toll" (#2): "toll" is never read so: sense #1, before it`}},
		{name: "unknown key", edit: [2]string{`topic = "ferry"`, `topic = "ferry"` + "\nanwser = \"typo\""},
			want: []string{"pack.toml", `unknown key "entry.anwser"`}},
		{name: "toml syntax", edit: [2]string{`topic = "ferry"`, `topic = "ferry`},
			want: []string{"pack.toml", "line"}},
		{name: "meta source differs", edit: [2]string{`source = "example.org"`, `source = "example.com"`},
			want: []string{"meta", "differs from the report's source line"}},
		{name: "report without source line", report: "The town of Alder opened a new bridge on Monday. The mayor, Ana Ruiz, said it cost 2,000,000 euros.\nThe old ferry will stop running in May.\n",
			want: []string{"report.txt", "no \"Original Source:\" line"}},
		{name: "empty report", report: "\n\n",
			want: []string{"(1 problem):\n  report.txt:1: the report is empty"}},
		{name: "report of a source line only", report: "\nOriginal Source: example.org\n",
			want: []string{"report.txt:2: no paragraphs before"}},
		{name: "paragraph after the source line", report: "The town of Alder opened a new bridge on Monday. The mayor, Ana Ruiz, said it cost 2,000,000 euros.\nOriginal Source: example.org\nThe old ferry will stop running in May.\n",
			want: []string{"report.txt:3: paragraph after"}},
		{name: "two source lines", report: "The town of Alder opened a new bridge on Monday. The mayor, Ana Ruiz, said it cost 2,000,000 euros.\nOriginal Source: example.org\n\nOriginal Source: example.org\n",
			want: []string{"report.txt:4: more than one", "(the first is line 2)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			report, pack := r, p
			if tt.report != "" {
				report = tt.report
			}
			if tt.edit[0] != "" {
				if !strings.Contains(pack, tt.edit[0]) {
					t.Fatalf("fixture lacks %q", tt.edit[0])
				}
				pack = strings.Replace(pack, tt.edit[0], tt.edit[1], 1)
			}
			_, err := Load(packFS(report, pack))
			if err == nil {
				t.Fatal("Load of a broken pack = nil error, want one")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
			var verr *ValidationError
			if !errors.As(err, &verr) {
				return // a syntax error: its line is in its message
			}
			for _, pr := range verr.Problems {
				text := pack
				if pr.File == ReportFile {
					text = report
				}
				if n := strings.Count(text, "\n") + 1; pr.Line < 1 || pr.Line > n {
					t.Errorf("problem %q at line %d, want a line of %s (1 to %d)", pr, pr.Line, pr.File, n)
				}
			}
		})
	}
}

// Every problem names the line it is on: the key, or the element of an
// array written on lines of its own.
func TestValidationLines(t *testing.T) {
	r, p := miniPack(t)
	p = strings.Replace(p, `cite = [{ paragraph = 2, quote = "The old ferry will stop running in May." }]`,
		"cite = [\n  { paragraph = 2, quote = \"The old ferry will stop running in May.\" },\n  { paragraph = 2, quote = \"The ferry will stop.\" },\n]", 1)
	p = strings.Replace(p, `aliases = ["how much"]`, "aliases = [\n  \"how much\",\n  \"ruiz\",\n]", 1)
	p = strings.Replace(p, `related = ["bridge-cost"]`, `related = ["bridge-cost", "bridge-cost"]`, 1)
	_, err := Load(packFS(r, p))
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("Load = %v, want a *ValidationError", err)
	}
	lines := strings.Split(p, "\n")
	for _, tt := range []struct{ msg, line string }{
		{"quote is not verbatim", `{ paragraph = 2, quote = "The ferry will stop." },`},
		{`alias "ruiz" collides`, `"ruiz",`},
		{`related entry "bridge-cost" listed twice`, `related = ["bridge-cost", "bridge-cost"]`},
	} {
		t.Run(tt.msg, func(t *testing.T) {
			i := slices.IndexFunc(verr.Problems, func(pr Problem) bool { return strings.Contains(pr.Msg, tt.msg) })
			if i < 0 {
				t.Fatalf("no problem %q in %v", tt.msg, err)
			}
			pr := verr.Problems[i]
			if got := strings.TrimSpace(lines[pr.Line-1]); got != tt.line {
				t.Errorf("%s at line %d: %q, want the line %q", pr.Msg, pr.Line, got, tt.line)
			}
		})
	}
}

// A paragraph no entry cites is no problem (its sentences answer for it),
// but a curator's next work: the pack lists it.
func TestUncited(t *testing.T) {
	r, p := miniPack(t)
	p = strings.Replace(p, `paragraph = 2, quote = "The old ferry will stop running in May."`, `paragraph = 1, quote = "The town of Alder opened a new bridge on Monday."`, 1)
	pk, err := Load(packFS(r, p))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := pk.Uncited(), []int{2}; !slices.Equal(got, want) {
		t.Errorf("Uncited() = %v, want %v", got, want)
	}
}

func TestValidationListsEveryProblem(t *testing.T) {
	r, p := miniPack(t)
	p = strings.Replace(p, `related = ["ferry"]`, `related = ["nope"]`, 1)
	p = strings.Replace(p, `stop running in May." }]`, `stop in May." }]`, 1)
	_, err := Load(packFS(r, p))
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("Load = %v, want a *ValidationError", err)
	}
	if got := len(verr.Problems); got < 2 {
		t.Errorf("problems = %d (%v), want both found in one pass", got, verr.Problems)
	}
}

// An empty report is one problem, not one for every citation: the
// embedded pack's entries and attributions all cite it.
func TestEmptyReportIsOneProblem(t *testing.T) {
	pack, err := fs.ReadFile(Embedded(), PackFile)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load(packFS("\n", string(pack)))
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("Load with an empty report = %v, want a ValidationError", err)
	}
	if got := len(verr.Problems); got != 1 || !strings.Contains(err.Error(), "the report is empty") {
		t.Errorf("Load with an empty report: %d problems, want 1 saying the report is empty:\n%v", got, err)
	}
}
