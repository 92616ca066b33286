package eval

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the table of docs/quality.md from testdata/sets.toml")

// qualityDoc is the document that shows the manifest; the part between
// its markers is generated.
const (
	qualityDoc  = "../../docs/quality.md"
	tableStart  = "<!-- sets: generated from knowledge/eval/testdata/sets.toml by `go test ./knowledge/eval -run TestQualityDoc -update`; do not edit -->\n"
	tableFinish = "<!-- end of sets -->\n"
)

// TestQualityDoc checks that docs/quality.md shows the manifest as it is;
// -update rewrites its table.
func TestQualityDoc(t *testing.T) {
	want := renderSets(readManifest(t))
	data, err := os.ReadFile(qualityDoc)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	before, rest, ok1 := strings.Cut(doc, tableStart)
	_, after, ok2 := strings.Cut(rest, tableFinish)
	if !ok1 || !ok2 {
		t.Fatalf("%s lacks the markers around its table:\n%s%s", qualityDoc, tableStart, tableFinish)
	}
	if *update {
		if err := os.WriteFile(qualityDoc, []byte(before+tableStart+want+tableFinish+after), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got, _, _ := strings.Cut(rest, tableFinish); got != want {
		t.Errorf("%s is stale: run go test ./knowledge/eval -run TestQualityDoc -update", qualityDoc)
	}
}

// renderSets writes the manifest as a Markdown table, then the sets' notes.
func renderSets(m Manifest) string {
	var b strings.Builder
	cell := func(s string) string {
		if s == "" {
			s = "–"
		}
		return strings.ReplaceAll(s, "|", `\|`)
	}
	bar := func(b Bar) string { return fmt.Sprintf("%g / %g / %g", b.Right, b.Wrong, b.Declined) }
	fmt.Fprintf(&b, "Bars are right / wrong / declined, in percent; the standard bar is %s.\n\n", bar(m.Standard))
	b.WriteString("| set | style | first right | first wrong | first declined | bar |\n|---|---|---|---|---|---|\n")
	for _, s := range m.Sets {
		sb := "standard"
		if s.Bar != nil {
			sb = bar(*s.Bar)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", s.Name, cell(s.Style), cell(s.First.Right), cell(s.First.Wrong), cell(s.First.Declined), sb)
	}
	b.WriteString("\n### What each set found\n\n")
	for _, s := range m.Sets {
		if s.Note != "" {
			fmt.Fprintf(&b, "- **%s**: %s\n", s.Name, strings.Join(strings.Fields(s.Note), " "))
		}
	}
	return b.String()
}

// Each set's first-contact score is written as recorded, in one form.
func TestManifestFirstScores(t *testing.T) {
	m := readManifest(t)
	ok := func(s string, wrong bool) bool {
		var pct float64
		var n, of int
		switch {
		case s == "" || s == "–" || wrong && s == "0":
			return true
		case wrong && strings.Contains(s, "("):
			_, err := fmt.Sscanf(s, "%g%% (%d of %d)", &pct, &n, &of)
			return err == nil && n <= of
		default:
			_, err := fmt.Sscanf(s, "%g%%", &pct)
			return err == nil && pct >= 0 && pct <= 100 && strings.HasSuffix(s, "%")
		}
	}
	for _, s := range m.Sets {
		if !ok(s.First.Right, false) || !ok(s.First.Wrong, true) || !ok(s.First.Declined, false) {
			t.Errorf("set %s: first = %+v, want \"96.7%%\", \"0\", \"3.3%% (1 of 30)\" or \"–\"", s.Name, s.First)
		}
		if s.Style == "" {
			t.Errorf("set %s has no style", s.Name)
		}
	}
}
