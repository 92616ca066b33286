package knowledge

import (
	"slices"
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

// checkRewrite runs rewrite, named name, on the words of each question
// and compares the words it gives back.
func checkRewrite(t *testing.T, name string, rewrite func([]string) []string, tests []readingCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := strings.Join(rewrite(strings.Fields(tt.in)), " "); got != tt.want {
				t.Errorf("%s(%q) = %q, want %q", name, tt.in, got, tt.want)
			}
		})
	}
}

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

// checkTurn asks q after the turns before, in one conversation, and
// fails t unless the entry that answers it is entry ("" for none) and its
// text says says.
func checkTurn(t *testing.T, e *Engine, before []string, q, entry, says string) {
	t.Helper()
	as := converse(e, append(slices.Clone(before), q)...)
	a := as[len(as)-1]
	if got := answeredBy(a); got != entry || !strings.Contains(a.Text, says) {
		t.Errorf("%q after %q: %s %q by %q, want %q saying %q", q, before, a.Outcome, a.Text, got, entry, says)
	}
}

// A turnCase is a question asked after the turns before it, and the
// entry that should answer it ("" for not answered) with words its answer
// says.
type turnCase struct {
	name     string
	before   []string
	q, entry string
	says     string
}

// checkTurns runs checkTurn on each case, as a subtest of its name.
func checkTurns(t *testing.T, e *Engine, cases []turnCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			checkTurn(t, e, tt.before, tt.q, tt.entry, tt.says)
		})
	}
}

// checkAnsweredBy asks question alone and fails t unless the entry that
// answers it is want ("" for declined).
func checkAnsweredBy(t *testing.T, e *Engine, question, want string) {
	t.Helper()
	if got := answeredBy(e.Answer(question)); got != want {
		t.Errorf("Answer(%q) by %q, want %q", question, got, want)
	}
}

// An answerCase is a question asked alone and the entry that should
// answer it ("" for declined).
type answerCase struct{ q, want string }

// checkAnswers runs checkAnsweredBy on each case, as a subtest named by
// its question.
func checkAnswers(t *testing.T, e *Engine, cases []answerCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.q, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.want)
		})
	}
}

// A sayingCase is a question asked alone, the entry that should answer it
// ("" for declined), and what its text must say.
type sayingCase struct {
	q, entry string
	says     []string
}

// checkAnswersSaying asks each case's question alone, as a subtest named
// by it, and fails it unless the entry that answers is the case's and the
// text says each of its says.
func checkAnswersSaying(t *testing.T, e *Engine, cases []sayingCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if got := answeredBy(a); got != tt.entry {
				t.Fatalf("Answer(%q) by %q (%q), want %q", tt.q, got, a.Text, tt.entry)
			}
			for _, s := range tt.says {
				if !strings.Contains(a.Text, s) {
					t.Errorf("Answer(%q) = %q, want it to say %q", tt.q, a.Text, s)
				}
			}
		})
	}
}

// checkCorrection checks that question, a claim put to check, is answered
// without a "Yes" by an answer saying has, the fact it gets wrong; or
// declined, when has is "".
func checkCorrection(t *testing.T, e *Engine, question, has string) {
	t.Helper()
	a := e.Answer(question)
	if has == "" {
		if a.Answered {
			t.Errorf("%q answered by %s (%q), want declined", question, a.EntryID, a.Text)
		}
		return
	}
	if !a.Answered || strings.HasPrefix(a.Text, "Yes") || !strings.Contains(a.Text, has) {
		t.Errorf("%q: got %s (answered %v) %q, want an answer without Yes, with %q", question, a.EntryID, a.Answered, a.Text, has)
	}
}
