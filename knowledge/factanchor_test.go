package knowledge

import "testing"

// TestAnchoredCheck: a claim asked plainly, or with a number the report
// never gives, is corrected only where it keeps another detail (a date, a
// number the report gives, a place) that the correcting entry states; and
// whose a thing is, asked plainly, only by an entry that says it is
// another country's.
func TestAnchoredCheck(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		entry    string // "" for declined
		has      string
	}{
		{"Was the 4,000 figure reported in early March?", "fatalities-feb", "February"},                   // 4,000 pins it
		{"was the 3,000 figure from December?", "losses-january", "January"},                              // asked plainly
		{"Did Ukraine report more than 5,000 North Korean deaths in January?", "losses-january", "3,000"}, // 5,000 is never given; January pins it
		{"did nk lose more than 5000 dead by feb", "fatalities-feb", "4,000"},                             // the same, by a month
		{"By early February North Korea lost around 5 thousand, is it right?", "fatalities-feb", "4,000"}, // a claim put to check
		{"Is the Kursk region under Ukrainian control?", "kursk-control", "Russia"},                       // Kursk pins whose control
		{"Is this North Korea's first war since the 1980s?", "", ""},                                      // nothing else pins the decade
		{"Were 4,000 North Koreans wounded?", "", ""},                                                     // 4,000 are dead: nothing pins the January figure
		{"Did 10,000 North Korean soldiers die?", "", ""},                                                 // never given, nothing else
		{"so like 10k nk guys died right?", "", ""},                                                       // the same, put to check
		{"is it true north korea lost 10,000 soldiers in march?", "", ""},                                 // March is no date the entries state
		{"is russia's death toll higher than north korea's?", "", ""},                                     // the deaths are North Korea's, which it names
		{"Is Russia's involvement in the war growing?", "", ""},                                           // North Korea's is: but nothing pins it
		{"Did the phone call happen in March?", "", ""},                                                   // the call has no date
		{"Is Cho Tae-yul South Korea's defense minister?", "cho-role", "Foreign Minister"},                // whose post pins which
		{"Is Cho Tae-yul the defence minister?", "", ""},                                                  // no country: nothing pins the post
		{"Is Cho North Korea's defense minister?", "", ""},                                                // a country the entry does not state
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrected(t, e, tt.question, tt.entry, tt.has)
		})
	}
}

func TestPlainlyChecked(t *testing.T) {
	tests := []struct {
		name  string
		d     detail
		agent int
		want  bool
	}{
		{"a date", detail{kind: dateSlot, from: 2, to: 3}, -1, true},
		{"a number", detail{kind: countSlot, from: 0, to: 1}, -1, true},
		{"whose", detail{kind: countrySlot, from: 1, to: 2}, -1, true},
		{"a sense reversed", detail{kind: senseSlot, from: 1, to: 2}, -1, false},
		{"a role, with no post or by-role asked", detail{kind: roleSlot, from: 1, to: 3}, -1, false},
		{"the post asked", detail{kind: roleSlot, from: 1, to: 3}, 2, true},
		{"the post's qualifier alone", detail{kind: roleSlot, from: 1, to: 2}, 2, true}, // anchored by whose post it is (see unanchored)
		{"a qualifier of another role", detail{kind: roleSlot, from: 0, to: 1}, 2, false},
		{"the post with whose it is", detail{kind: roleSlot, from: 1, to: 3, whose: true}, 2, false},
		{"a doer asked plainly", detail{kind: doerSlot, from: 1, to: 2, act: "propose"}, -1, false},
		{"a doer in a cleft", detail{kind: doerSlot, from: 0, to: 1, act: "report", cleft: true}, -1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainlyChecked(analysis{}, tt.d, tt.agent); got != tt.want {
				t.Errorf("plainlyChecked(%v, %d) = %v, want %v", tt.d, tt.agent, got, tt.want)
			}
		})
	}
}
