package knowledge

import "testing"

func TestTopicThenAsk(t *testing.T) {
	tests := []struct {
		topic, then string
		want        bool
	}{
		{"and the 4000 deaths?", "who came up with that estimate", true},
		{"the 4000 figure.", "is that confirmed?", true},
		{"who is Cho?", "who says that?", false},
		{"and the 4000 deaths?", "where did they die?", false},
	}
	for _, tt := range tests {
		t.Run(tt.topic+" "+tt.then, func(t *testing.T) {
			if got := topicThenAsk(sentenceWords(tt.topic), sentenceWords(tt.then)); got != tt.want {
				t.Errorf("topicThenAsk(%q, %q) = %v, want %v", tt.topic, tt.then, got, tt.want)
			}
		})
	}
	e := testEngine(t)
	checkTurn(t, e, nil, "and the 4000 deaths? who came up with that estimate", "", "")
}
