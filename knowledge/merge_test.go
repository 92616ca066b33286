package knowledge

import (
	"strings"
	"testing"
)

// A fragment's parts replace the last question's parts of their kind; a
// figure noun after a number or a determiner names a figure, not a
// question of how many.
func TestMergeInto(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ last, frag, want string }{
		{"when did ukraine report the 3000 nk casualties", "and the 4000 figure", "when did report nk casualties the 4000"},
		{"when did north korea send soldiers to russia", "and how many", "how many did north korea send soldiers to russia"},
		{"why did north korea send soldiers to russia", "when", "when did north korea send soldiers to russia"},
		{"where are the nk guys actually fighting like what area", "since when", "since when are the nk guys actually fighting"},
		{"how many north korean soldiers were killed", "how many by february", "how many north korean soldiers were killed by february"},
		{"the korea north soldiers they are many killed", "by february how many", "how many the korea north soldiers they are many killed by february"},
	}
	for _, tt := range tests {
		t.Run(tt.frag, func(t *testing.T) {
			got, ok := e.mergeInto(splitWords(tt.last), splitWords(tt.frag), false, nil)
			if s := strings.Join(got, " "); !ok || s != tt.want {
				t.Errorf("mergeInto(%q, %q) = %q, %v, want %q", tt.last, tt.frag, s, ok, tt.want)
			}
		})
	}
}

// A question that corrects the last one is kept without the words that
// say so; words that are no question after "i mean" are kept whole.
func TestUnsaid(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sorry i meant when did ukraine report the 3000 nk casualties", "when did ukraine report the 3000 nk casualties"},
		{"no wait i mean who offered it", "who offered it"},
		{"i meant the february figure", "i meant the february figure"},
		{"what is meant by that", "what is meant by that"},
		{"did cho say what i meant when he called", "did cho say what i meant when he called"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := strings.Join(unsaid(splitWords(tt.in)), " "); got != tt.want {
				t.Errorf("unsaid(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTopicThenQuestion(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"this collaborative approach with whom", true},
		{"the kn23 missiles what are they", true},
		{"in february how many", false},
		{"russia what did they do", false}, // a name alone: a fragment's
		{"the wounded how many were there", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := topicThenQuestion(strings.Fields(tt.in)); got != tt.want {
				t.Errorf("topicThenQuestion(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
