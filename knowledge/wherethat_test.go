package knowledge

import "testing"

// "where was that?" of an answer naming one place is that answer again;
// of one naming none, it is read as before.
func TestWhereOfThat(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"the other number, then where", []string{"how many NK soldiers did ukraine say were killed or hurt?", "no the other number"}, "where was that", "fatalities-feb", "Kursk"},
		{"and where is this exactly", []string{"how many fatalities by early february?"}, "and where is this exactly?", "fatalities-feb", "Kursk"},
		{"an answer of no place", []string{"what did cho propose?"}, "where was that?", "", ""},
	})
	for _, ws := range [][]string{{"where"}, {"where", "are", "they"}, {"where", "did", "that", "come", "from"}} {
		if whereOfThat(ws) {
			t.Errorf("whereOfThat(%q) = true, want false", ws)
		}
	}
}
