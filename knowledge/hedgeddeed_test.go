package knowledge

import "testing"

// TestHedgedDeed: what a doer is said, hedged, to have done is its deed,
// and a loss is suffered by whose it is.
func TestHedgedDeed(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what losses did Ukraine suffer?", ""}, // the losses are North Korea's; Ukraine reports them
		{"how badly has ukraine suffered?", ""},
		{"did ukraine suffer losses?", ""},
		{"what losses did North Korea suffer?", "losses"},
		{"did north korea suffer losses?", "losses"},
		{"how many NK soldiers did Ukraine report killed?", "losses"},
		{"losses on the north korean side?", "losses"},                      // a side's losses are its own (grammar.go, compounds)
		{"did ukraine give any casualty numbers for north korea", "losses"}, // no verb of loss: Ukraine gives the figure
	})
}
