package knowledge

import (
	"strings"
	"testing"
)

func testEngine(t testing.TB, opts ...Option) *Engine {
	t.Helper()
	p, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return NewEngine(p, opts...)
}

func termTexts(an analysis) []string {
	var out []string
	for _, t := range an.terms {
		out = append(out, t.text)
	}
	return out
}

// readingCase is a question and what a reading of it must give.
type readingCase struct{ in, want string }

// checkReading runs read, named name, on the analysis of each question.
func checkReading(t *testing.T, name string, read func(analysis) string, tests []readingCase) {
	t.Helper()
	e := testEngine(t)
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := read(e.an.analyze(tt.in, true)); got != tt.want {
				t.Errorf("%s(%q) = %q, want %q", name, tt.in, got, tt.want)
			}
		})
	}
}

// partsText shows the terms of each analysis, the analyses apart.
func partsText(ans []analysis) string {
	var out []string
	for _, an := range ans {
		out = append(out, strings.Join(termTexts(an), " "))
	}
	return strings.Join(out, " | ")
}

// pairsText shows pairs as "a>b", space apart.
func pairsText(ps [][2]string) string {
	var out []string
	for _, p := range ps {
		out = append(out, p[0]+">"+p[1])
	}
	return strings.Join(out, " ")
}

// answeredBy is the entry that answered a, or "" for none.
func answeredBy(a Answer) string {
	if a.Answered {
		return a.EntryID
	}
	return ""
}
