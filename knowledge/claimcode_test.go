package knowledge

import "testing"

// TestWrongCode: a claim put to check naming a weapon by a code or a name
// the report does not give is answered by the entry naming the report's
// code, without a "Yes."; asked plainly, or with no entry naming a code,
// it is declined.
func TestWrongCode(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"Well actually, it's the KN-25 that Russia made more accurate, right?", "KN-23"},
		{"The report states that Russia enhanced the accuracy of North Korea's Hwasong missiles; is that correct?", "KN-23"},
		{"russia upgraded the hwasong-18, right?", "KN-23"},
		{"Russia improved the accuracy of the KN-25 missiles, right?", "KN-23"},
		{"was it the KN-25 that russia upgraded?", "KN-23"},                                            // a cleft's focus asks which
		{"Russia has made North Korea's Hwasong-17 missiles more accurate, fact or fiction?", "KN-23"}, // "fact or fiction" asks whether it is true
		{"was it the KN-25 that NK sent to Russia?", ""},                                               // no entry names a code of what was sent
		{"Did Russia improve the KN-25?", ""},                                                          // asked plainly
		{"NK sent Russia Scud missiles, right?", ""},                                                   // no entry names a code of what was sent
		{"NK is giving Russia Hwasong missiles, right?", ""},                                           // nor of what is given
		{"Russia upgraded the T90 tanks for North Korea, right?", ""},                                  // a code of tanks, not of the missile
		{"Russia improved the accuracy of the F16 jets, right?", ""},                                   // nor of jets
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}

func TestCodeLike(t *testing.T) {
	for w, want := range map[string]bool{"kn25": true, "hwasong18": true, "kn23": true, "1950s": false, "2025": false, "kn": false, "23s": false} {
		if got := codeLike(w); got != want {
			t.Errorf("codeLike(%q) = %v, want %v", w, got, want)
		}
	}
}
