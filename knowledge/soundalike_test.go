package knowledge

import "testing"

// A word spelt as it sounds is read as the report's word it sounds like;
// an English word the pack does not know, which sounds like none of the
// report's words from its first letter and vowel on, is left unknown.
func TestSoundAlike(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, word, want string
	}{
		{"ti spelt sh", "condishun", "condition"},
		{"soft g spelt j", "reejun", "region"},
		{"ssi spelt sh", "rusha", "russia"},
		{"di spelt j", "soljers", "soldiers"},
		{"ed spelt d", "kild", "killed"},
		{"final th spelt f", "souf", "south"},
		{"silent g left out", "foren", "foreign"},
		{"another first vowel", "book", ""},
		{"another first letter", "jets", ""},
		{"a chat spelling is no target", "react", ""},
		{"a synonym's word is no target", "president", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := e.an.typos.sound.find(tt.word)
			if got != tt.want {
				t.Errorf("sound.find(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

// A question spelt by its sound is answered as if spelt plainly.
func TestSoundAlikeQuestions(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q, entry string
	}{
		{"losses", "how many were kild or injerd in janury", "losses-january"},
		{"control", "who controls the kursk reejun", "kursk-control"},
		{"condition", "wat is the condishun for the prizoners to moov", "condition"},
		{"unknown words stay unknown", "did kim react to the offer", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.entry)
		})
	}
}
