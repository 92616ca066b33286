package knowledge

import "testing"

// TestReaderFixedSenses: words the pack reads by their neighbours, checked
// on questions a reader found misread: "new" troops are more only of a
// sending still to come; what CEP means is accuracy, not a figure asked.
func TestReaderFixedSenses(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"How many new soldiers were sent?", "troop-count"},
		{"Did North Korea send new troops?", "when-sent"},
		{"will north korea send new troops?", "more-troops"},
		{"when exactly will the new nk troops arrive in russia", ""},
		// what CEP means asks the word (accuracy), not its figure
		{"What does CEP mean?", "kn23"},
		{"what does cep stand for", ""},
		// "gm" opening a message is a hail, dropped
		{"gm, how many troops were sent?", "troop-count"},
	})
}
