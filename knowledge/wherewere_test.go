package knowledge

import "testing"

// TestWhereForWere: a "where" before a past participle is "were" spelt by
// its sound, and its words are asked; a "where" before a subject is a
// clause of place, and dropped.
func TestWhereForWere(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"how many north korean soldiers where killed or injured buy january twenty twenty five", "losses-january"},
		{"how many north korean soldiers where killed or injured by january 2025", "losses-january"},
		{"Who controls the area where North Korean troops are?", "kursk-control"},
		{"Who controls the area where armed North Korean troops are?", "kursk-control"},
	})
	for _, c := range []struct {
		ws   []string
		i    int
		want bool
	}{
		{[]string{"soldiers", "where", "killed"}, 1, true},
		{[]string{"soldiers", "where", "hurt"}, 1, true},
		{[]string{"area", "where", "troops", "are"}, 1, false},
		{[]string{"soldiers", "where"}, 1, false},
		{[]string{"soldiers", "where", "deployed", "to", "kursk"}, 1, true},
		{[]string{"area", "where", "armed", "north", "korean", "troops", "are"}, 1, false},
		{[]string{"area", "where", "united", "forces", "are", "fighting"}, 1, false},
	} {
		if got := whereForWere(c.ws, c.i, e.an.usage.participles); got != c.want {
			t.Errorf("whereForWere(%q, %d) = %v, want %v", c.ws, c.i, got, c.want)
		}
	}
}

// TestPossiblyAsksAsker: the "possibly" of "could you possibly tell me"
// is the request's politeness, not an act offered, so a question whether
// a thing was done is still asked so.
func TestPossiblyAsksAsker(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Could you possibly tell me whether any of the prisoners have actually arrived in South Korea yet?", ""},
		{"could you possibly tell me whether any POWs have moved to South Korea already?", ""},
	})
}
