package knowledge

import "testing"

// TestPresentFirstFloor: for "currently ...", an entry that quotes the
// present but would not answer on its own score does not displace the
// first, which tells only of the past.
func TestPresentFirstFloor(t *testing.T) {
	e := testEngine(t)
	q := e.newQuery(e.an.analyze("are they currently fighting?", true))
	past, present := -1, -1
	for i := range e.entries {
		if e.entries[i].pastOnly && past < 0 {
			past = i
		}
	}
	first := candidate{entry: past, score: 0.9, cov: 1}
	// a present entry that replaces the first at a good score
	for i := range e.entries {
		if past >= 0 && e.presentFirst(q, []candidate{{entry: i, score: 0.9, cov: 1}}, first, nil).entry == i {
			present = i
			break
		}
	}
	if past < 0 || present < 0 {
		t.Fatalf("pack has no past-only entry (%d) or present entry replacing it (%d)", past, present)
	}
	for _, c := range []struct {
		score float64
		want  int
	}{
		{e.threshold - 0.05, past},
	} {
		got := e.presentFirst(q, []candidate{{entry: present, score: c.score, cov: 1}}, first, nil)
		if got.entry != c.want {
			t.Errorf("presentFirst with a present entry at %.2f = %s, want %s", c.score, e.pack.Entries[got.entry].ID, e.pack.Entries[c.want].ID)
		}
	}
}
