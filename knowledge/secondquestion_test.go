package knowledge

import "testing"

// The second of two questions, read alone after the first as a premise,
// answers only with an entry that speaks of the first too.
func TestSecondQuestion(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q string
		entry   string // "" for declined
	}{
		{"entry of the second alone", "What's the condition for the POWs to move to South Korea, and how would they get there?", ""},
		{"a name of the first unnamed", "What did Zelensky say about the proposal, and has any POW applied to go to South Korea?", ""},
		{"entry saying both", "On the Kursk piece, who controls that region according to the report, and are the North Korean units there operating on their own or under some sort of supervision?", "kursk-activity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := answeredBy(e.Answer(tt.q)); got != tt.entry {
				t.Errorf("Answer(%q) by %q, want %q\n%s", tt.q, got, tt.entry, e.Explain(tt.q))
			}
		})
	}
}

func TestSecondQuestionCut(t *testing.T) {
	tests := []struct {
		premise, question string
		want              bool
	}{
		{"What did Cho propose", "and what did Ukraine reply?", true},
		{"What did Cho propose", "or was it a call?", true},
		{"Kyiv and Seoul say North Korea sent soldiers", "and how many did it send?", false},
		{"What did Cho propose", "what did Ukraine reply?", false},
	}
	for _, tt := range tests {
		t.Run(tt.premise+", "+tt.question, func(t *testing.T) {
			if got := secondQuestion(tt.premise, tt.question); got != tt.want {
				t.Errorf("secondQuestion(%q, %q) = %v, want %v", tt.premise, tt.question, got, tt.want)
			}
		})
	}
}
