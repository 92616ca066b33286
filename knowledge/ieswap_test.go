package knowledge

import "testing"

// A word with its "ie" and "ei" swapped is read as the pack's word, in
// full, so guards reading the spelled word see it spelt right.
func TestIESwapped(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		word, want string
	}{
		{"recieved", "received"}, // two edits from "receive": past the typo index
		{"recieving", "receiving"},
		{"recieve", "receive"},
		{"received", ""}, // spelt right: nothing to swap to
		{"weird", ""},    // "wierd" is no word of the pack's
		{"soldiers", ""},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got, _ := e.an.ieSwapped(tt.word)
			if got != tt.want {
				t.Errorf("ieSwapped(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
	checkAnswers(t, e, []answerCase{
		{"Hark! Upon what condition shall the captured soldiers of the North be recieved in the South?", "condition"},
		{"who recieved the offer?", ""}, // read as "received": Cho made the offer
	})
}
