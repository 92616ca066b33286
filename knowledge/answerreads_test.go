package knowledge

import (
	"slices"
	"testing"
)

// TestAnswerReads: the reading of each entry's answer, made once at
// NewEngine, is what reading the answer as it comes gives; a text changed
// for the question is not taken for the entry's and is read as it comes.
func TestAnswerReads(t *testing.T) {
	e := testEngine(t)
	if len(e.answerReads) != len(e.pack.Entries) {
		t.Fatalf("%d answer reads for %d entries", len(e.answerReads), len(e.pack.Entries))
	}
	for en, entry := range e.pack.Entries {
		text := entry.Answer
		if got := e.answerWordsOf(en, text); !slices.Equal(got, sentenceWords(text)) {
			t.Errorf("entry %d: answerWordsOf = %q, want %q", en, got, sentenceWords(text))
		}
		if got := e.conditionalAnswer(en, text); got != conditional(text) {
			t.Errorf("entry %d: conditionalAnswer = %v, want %v", en, got, conditional(text))
		}
		r, ok := e.answerReadOf(en, text)
		if !ok {
			t.Errorf("entry %d: its own answer is not read", en)
		} else if r.hedge != firstHedge(e.hedgeWords, text) {
			t.Errorf("entry %d: hedge %q, want %q", en, r.hedge, firstHedge(e.hedgeWords, text))
		}
		changed := "Only if they could, " + text
		if _, ok := e.answerReadOf(en, changed); ok {
			t.Errorf("entry %d: a changed text is taken for its answer", en)
		}
		if got := e.answerWordsOf(en, changed); !slices.Equal(got, sentenceWords(changed)) {
			t.Errorf("entry %d: changed text read as %q", en, got)
		}
		if !e.conditionalAnswer(en, changed) {
			t.Errorf("entry %d: changed text's condition not read", en)
		}
	}
	if _, ok := e.answerReadOf(-1, ""); ok {
		t.Error("entry -1 read")
	}
	if _, ok := e.answerReadOf(len(e.pack.Entries), ""); ok {
		t.Error("an entry past the last read")
	}
}
