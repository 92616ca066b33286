package knowledge

import (
	"slices"
	"testing"
)

func TestHowProperty(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		// how accurate the missile is, which the report does not measure
		{"property of the thing", []string{"budanov said what abt nk weapons", "ok and who made the kn23 more accurate"}, "how accurate is it now tho", "", ""},
	})
	// "how reliable is that?" of figures is how sure the report is
	ws := sentenceWords("how reliable is that")
	i := slices.IndexFunc(e.pack.Entries, func(en Entry) bool { return en.ID == "losses" })
	if i < 0 {
		t.Fatal("no entry losses in the pack")
	}
	if e.howProperty(i, ws) {
		t.Errorf("howProperty(losses, %q) = true, want false", ws)
	}
}
