package knowledge

import (
	"strings"
	"testing"
)

func TestAsksPhrasing(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"how would you put it", true},
		{"how would you explain that to kids", true},
		{"how did he put it", false}, // a person's words, asked of him
		{"how would you put the offer", false},
		{"how did cho present the proposal", false},
		{"what should i tell them", true},
		{"what do i say to my students", true},
		{"what did he tell them", false}, // what someone said, asked of him
		{"what did they say", false},
		{"what should i tell them about kursk", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := asksPhrasing(strings.Fields(tt.in)); got != tt.want {
				t.Errorf("asksPhrasing(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestPhrasedStatement(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q, entry, says string
	}{
		// the question the statement reports, which the report does not
		// answer: not how Cho put his proposal
		{"a reported question, asked", "A student asked me who the prisoners in this article actually are. How would you put it?", "", ""},
		{"a reported question the report answers", "My son asked me who made the offer. How would you explain it?", "who-proposed", "Cho Tae-yul"},
		// "will ask" makes the report a question of its own: the one
		// after it, asking what to tell them, still asks it
		{"a question to come, asked", "Lastly, my students will ask what the war in the 1950s was called. What should I tell them?", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTurn(t, e, nil, tt.q, tt.entry, tt.says)
		})
	}
}
