package knowledge

import "testing"

// One question followed by remarks that ask nothing is asked alone; a
// premise before it, or a remark that asks, is read with it.
func TestTrailingRemarks(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, message string
		want          bool
	}{
		{"remark after", "which side are the NK troops fighting for? some people on here insist they're just 'volunteers' lol", true},
		{"premise before", "I have heard talk of the KN-23 missile. What has Russia done to it?", false},
		{"remark that asks", "nk actually in a war?? first time since when lmao", false},
		{"one question", "which side are the NK troops fighting for?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := e.sortSentences(tt.message, &trace{quiet: true})
			if got := m.trailingRemarks(tt.message); got != tt.want {
				t.Errorf("trailingRemarks(%q) = %v, want %v", tt.message, got, tt.want)
			}
		})
	}
}
