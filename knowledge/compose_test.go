package knowledge

import (
	"regexp"
	"slices"
	"testing"
)

func TestSides(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ in, want string }{
		{"is the feb number higher than the jan one?", "february january"},
		{"Budanov vs the Joint Chiefs of Staff: what did each say?", "budanov joint_chiefs_of_staff"},
		{"did losses go up between january and february?", "january february"},
		{"Compare the January and February figures", "january february"},
		{"is 4000 higher than 3000?", "4000 3000"},
		{"how does the jan casualty figure stack up against the early feb one", "january february"}, // past the words that describe
		{"is north korea's army bigger than south korea's?", ""},                                    // an army against a country
		// "or" and "and" join sides only in a question that compares
		{"How many were killed or injured?", ""},
		{"Who reported the January and February figures?", ""},
		{"Was it a phone call or a meeting?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			an := e.an.analyze(tt.in, true)
			got := ""
			if i, j, ok := sides(an); ok {
				got = an.terms[i].text + " " + an.terms[j].text
			}
			if got != tt.want {
				t.Errorf("sides(%q) = %q, want %q (terms %v)", tt.in, got, tt.want, termTexts(an))
			}
		})
	}
}

// A question that asks two things no one entry answers is answered from
// the entries of both, with the citations of both; if either is not
// answered, neither is the question.
func TestAnswerFromParts(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q     string
		entry string // the first part's, "" for declined
		paras []int  // paragraphs cited, in order
	}{
		{"Budanov vs the Joint Chiefs of Staff: what did each say about North Korea?", "combat-experience", []int{7, 5}},
		{"How many troops did North Korea send, and where are they fighting?", "troop-count", []int{4, 6, 8}},
		{"Budanov vs Zelensky: what did each say?", "", nil}, // the report never quotes Zelensky
		{"Who are Cho Tae-yul and Kyrylo Budanov?", "cho-role", []int{1, 7}},
		{"Have Cho and Budanov ever met?", "", nil}, // what they did together, which neither part says
		// two questions, though the first alone has an answer
		{"how did cho make the offer and what's the condition for the soldiers?", "how-proposed", []int{3, 3, 2}},
		{"What did Ukraine report in January, and what did South Korea's Joint Chiefs add?", "losses-january", []int{5, 8, 5}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if got := answeredBy(a); got != tt.entry {
				t.Fatalf("Answer(%q) by %q, want %q\n%s", tt.q, got, tt.entry, e.Explain(tt.q))
			}
			var paras []int
			for _, c := range a.Citations {
				paras = append(paras, c.Paragraph)
			}
			if tt.entry != "" && !slices.Equal(paras, tt.paras) {
				t.Errorf("cites paragraphs %v, want %v", paras, tt.paras)
			}
			if partAside.MatchString(a.Text) {
				t.Errorf("text %q keeps a part's aside", a.Text)
			}
		})
	}
}

// partAside is an answer's aside of a sentence of its own, pointing to a
// neighbouring fact ("(By early February, about 4,000 ...)"), not a gloss
// within a sentence ("(their desire to relocate)").
var partAside = regexp.MustCompile(`\([A-Z][^()]*\.\)`)

// The sides of a comparison are the names, not what each does: "the
// difference between what Budanov says and what the Joint Chiefs say" is
// answered by what each says; a side the report gives nothing of declines.
func TestSidesPastActs(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"What's the difference between what Budanov says and what the Joint Chiefs of Staff say?", "combat-experience"},
		{"how does what Budanov says differ from what Kim Jong Un says?", ""},
	})
}

// A comparison word before two questions ("compare please: ...") leaves
// each clause to be answered alone when the sides it suggests are not.
func TestCompareClauses(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"compare please: how many north koreans killed or injured until january and how many dead until early february?", "losses-january"},
		{"compare please: how many troops did nk send and how many chinese soldiers died?", ""},
	})
}

// A toll going past a mark is asked of the toll that reached it; a count
// the report gives no figure for stays declined.
func TestFigurePassed(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"so by feb did nk fatalities go past 3000", "fatalities-feb"},
		{"did the number of troops sent go past 3000?", ""},
	})
}
