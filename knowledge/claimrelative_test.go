package knowledge

import "testing"

// TestRelativeClaim: a claim whose clause about its place has the wrong
// detail is corrected by that clause's entry, when the rest of it is
// confirmed; wrong in both, or a clause the report says nothing of, it
// is declined.
func TestRelativeClaim(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"NK troops are fighting in Kursk which is controlled by Ukraine, is that right?", "kursk-control", []string{"Russian control"}},
		{"Pinned post draft: 'NK troops fight in the Kursk region, which is under Ukrainian control.' Is that right?", "kursk-control", []string{"Russian control"}},
		{"my mate says NK troops fight in the Kursk region, which is under Ukrainian control", "kursk-control", []string{"Russian control"}},
		{"Chinese troops fight in the Kursk region, which is under Ukrainian control, right?", "", nil},
		{"NK troops fight in the Kursk region, which is full of tanks, right?", "", nil},
		// (the check for a "which" reads it in any case)
		{"NK TROOPS FIGHT IN THE KURSK REGION, WHICH IS UNDER UKRAINIAN CONTROL, RIGHT?", "kursk-control", []string{"Russian control"}},
	})
}

// TestRelativeParts: the clause is asked of the place before it.
func TestRelativeParts(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, claim, main, rel string
		ok                     bool
	}{
		{"after a comma", "NK troops fight in the Kursk region, which is under Ukrainian control", "NK troops fight in the Kursk region", "the Kursk region is under Ukrainian control", true},
		{"no comma", "NK troops are fighting in Kursk which is controlled by Ukraine", "NK troops are fighting in Kursk", "Kursk is controlled by Ukraine", true},
		{"a question in the clause", "NK troops fight in Kursk, which is where exactly", "", "", false},
		{"no place before it", "Cho made an offer which is generous", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			main, rel, ok := e.relativeParts(tt.claim)
			if main != tt.main || rel != tt.rel || ok != tt.ok {
				t.Errorf("relativeParts(%q) = %q, %q, %v; want %q, %q, %v", tt.claim, main, rel, ok, tt.main, tt.rel, tt.ok)
			}
		})
	}
}
