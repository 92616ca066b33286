package knowledge

import "testing"

// TestAskerRead: a paragraph the asker only read points at nothing; one
// asked of still does.
func TestAskerRead(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"I only read first and last paragraph; in which region is the fighting with North Koreans happening?", "where-fighting"},
	})
	leads := testEngine(t).an.leads
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"i only read the first paragraph where is the fighting", false},
		{"i just read the last paragraph where is the fighting", false},
		{"what does the first paragraph say about the fighting", true},
		{"i read the last paragraph where is the fighting", true},
	} {
		if p, _ := paragraphAsked(sentenceWords(c.q), leads); (p != 0) != c.want {
			t.Errorf("paragraphAsked(%q) = %d; want pointed %v", c.q, p, c.want)
		}
	}
}
