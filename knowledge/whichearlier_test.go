package knowledge

import "testing"

// TestWhichEarlier: "earlier" after "which" and "is" orders two things and
// is not the 1950s' "previously"; elsewhere it still is.
func TestWhichEarlier(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"which is earlier?", ""},
		{"which war was earlier?", ""},
		{"has north korea fought a war earlier?", "first-since-1950s"},
	})
	checkAnswersSaying(t, testEngine(t), []sayingCase{
		{q: "Sequence check: 3,000 report or 4,000 estimate, which is earlier?", entry: "losses", says: []string{"January 2025", "early February"}},
	})
	for _, c := range []struct {
		ws   []string
		i    int
		want bool
	}{
		{[]string{"which", "is", "earlier"}, 2, true},
		{[]string{"which", "one", "came", "earlier"}, 3, true},
		{[]string{"which", "is", "earlier", "or", "later"}, 2, true},
		{[]string{"fought", "a", "war", "earlier"}, 3, false},
		{[]string{"earlier"}, 0, false},
		{[]string{"which", "troops", "were", "earlier", "sent", "to", "kursk"}, 3, false},
	} {
		if got := orderAsked(c.ws, c.i); got != c.want {
			t.Errorf("orderAsked(%q, %d) = %v, want %v", c.ws, c.i, got, c.want)
		}
	}
}

// TestWhoDidTheAct: "who did the estimate" asks who estimated, which a
// sentence in the passive without "by" does not say.
func TestWhoDidTheAct(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Who did the estimate of 4000 dead?", ""},
		{"who made the estimate of 4,000 fatalities?", ""},
		{"Who estimated the 4,000 deaths?", ""},
	})
	for _, c := range []struct {
		ws   []string
		i, j int
		want bool
	}{
		{[]string{"who", "estimated"}, 1, 1, true},
		{[]string{"who", "did", "the", "estimate"}, 1, 3, true},
		{[]string{"who", "made", "estimate"}, 1, 2, true},
		{[]string{"who", "is", "the", "estimate"}, 1, 3, false},
	} {
		if got := lightDoing(c.ws, c.i, c.j, e.an.usage.lightVerbs); got != c.want {
			t.Errorf("lightDoing(%q, %d, %d) = %v, want %v", c.ws, c.i, c.j, got, c.want)
		}
	}
}
