package knowledge

import "testing"

// A roleplay action opening or closing a message is dropped; a word
// stressed with asterisks stays.
func TestWithoutEmote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"*tilts head* is it North Korea's first war?", "  is it North Korea's first war?"},
		{"which website *sniffs*", "which website  "},
		{"*curls up* does south korea still support ukraine? uwu", "  does south korea still support ukraine? uwu"},
		{"*wags tail* is kursk held by russia?", "  is kursk held by russia?"},
		{"*is* it 4000?", "*is* it 4000?"},                                       // a stressed auxiliary
		{"*thousands* of troops were sent?", "*thousands* of troops were sent?"}, // a stressed count
		{"is it *really* 4000?", "is it *really* 4000?"},                         // stress inside the question
		{"who is cho", "who is cho"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := withoutEmote(tt.in); got != tt.want {
				t.Errorf("withoutEmote(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	checkAnswers(t, testEngine(t), []answerCase{
		{"*curls up* does south korea still suppowt ukraine? uwu", "sk-support"},
		{"*tilts head* do the North Korean soldiers get to bring their families?? owo", ""},
	})
}
