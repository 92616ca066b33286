package knowledge

import "testing"

// TestLieTail: the tails that only ask whether the claim's teller lies.
func TestLieTail(t *testing.T) {
	tests := []struct {
		tail string
		want bool
	}{
		{"is he talkin out his backside", true},
		{"or is she making it up", true},
		{"are they capping", true},
		{"or is she talking rubbish", true},
		{"is me mate talking a load of rubbish", true},
		{"is he talking about the rubbish", false},
		{"rubbish", false},
		{"is he talking about the missiles", false},
		{"he is lying", false},
	}
	for _, tt := range tests {
		t.Run(tt.tail, func(t *testing.T) {
			if got := lieTail(sentenceWords(tt.tail)); got != tt.want {
				t.Errorf("lieTail(%q) = %v, want %v", tt.tail, got, tt.want)
			}
		})
	}
}
