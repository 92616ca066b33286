package knowledge

import "testing"

// TestObjectCountry: a claim asked plainly with the wrong country where it
// is not the doer (to, with or by whom, whose soldiers or body) is
// corrected by the entry that says which; a country as the doer, or a
// claim whose doer the entry does not state, is declined.
func TestObjectCountry(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"Was South Korea's proposal made to Russia?", "Ukraine"},
		{"Is South Korea coordinating with Russia on what happens to the NK prisoners?", "with Ukraine"},
		{"Is it the case that Seoul offered to accept North Korean soldiers captured by Russia?", "captured by Ukraine"},
		{"Did South Korea offer to take in captured Russian soldiers?", "North Korean soldiers"},
		{"Is Budanov head of Russian military intelligence?", "Defense Intelligence of Ukraine"},
		{"Did Japan's Joint Chiefs of Staff warn that North Korea may send more troops?", "South Korea's Joint Chiefs"},
		{"Did China send troops to Russia?", ""},                                      // a country as the doer
		{"Are Chinese troops fighting in Kursk?", ""},                                 // whose troops, as the doer
		{"Does Russia train Ukrainian soldiers?", ""},                                 // the entry has no one train them
		{"were budanov's claims confirmed by the us?", ""},                            // a second sayer, not another
		{"Did Cho propose accepting Russian POWs?", ""},                               // whose POWs, or who holds them
		{"Did Ukraine offer to accept North Korean prisoners?", ""},                   // the doer
		{"Did Russia capture North Korean soldiers?", ""},                             // the doer
		{"Did South Korea's Joint Chiefs of Staff say Russia would send troops?", ""}, // the doer of the sending
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}
