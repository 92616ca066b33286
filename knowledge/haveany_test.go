package knowledge

import "testing"

// "do they have any?" after a question of a thing someone has asks
// whether they have any of it.
func TestHaveAny(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"prisoners ukraine has", []string{"how many north korean prisoners has ukraine captured?"}, "ok do they even have any?", "captured", "captured by Ukraine"},
		// review27b 2: "have" not asked before is not read away into a yes about wanting
		{"wanting is not having", []string{"does south korea want the prisoners?"}, "do they have any?", "", ""},
		{"troops sent are not had", []string{"how many troops did north korea send?"}, "do they even have any?", "", ""},
	})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"do they even have any", true},
		{"do they have any", true},
		{"do they have any numbers", false},
		{"they have any", false},
	} {
		ws := splitWords(tt.q)
		refs := findReferences(ws)
		if got := len(refs) == 1 && haveAny(ws, refs[0]); got != tt.want {
			t.Errorf("haveAny(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
