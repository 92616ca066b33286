package knowledge

import "slices"

// A follow-up that is a fragment of the last question ("and in
// February?", "how many got captured?") is read with that question
// (readFragment), whose words the turn before read already, as it
// answered them: read again, it was a sixth of the readings of a
// conversation's turns. The conversation keeps that reading (lastRead),
// and the next turn finds it among its own reads (seedReads).
//
// What is kept is a reading keyed by its own words, as the turn's reads
// are: whatever the conversation's base is later set to, the reading is
// found only for the words it is of. It is the trace's own copy (see
// reads.go), never changed after, so conversations that share it (a
// conversation is a value, copied freely) only read it.

// keepsAsked reports whether answer's reading of its question is kept
// among the turn's reads: answerText sets it for a conversation kept, so
// that lastRead finds it.
func (t *trace) keepsAsked() bool {
	return t != nil && t.keepAsked
}

// lastRead returns the turn's reading of ws (correct), if it kept one,
// for the conversation after it.
func (t *trace) lastRead(ws []string) *wordsRead {
	if t == nil || len(ws) == 0 {
		return nil
	}
	for _, r := range t.reads.analyses {
		if r.correct && slices.Equal(r.words, ws) {
			return &r // (a copy of the entry: the trace's list is reused)
		}
	}
	return nil
}

// seedReads puts the conversation's last reading among the turn's reads,
// as read in this turn.
func (t *trace) seedReads(c Conversation) {
	if t == nil || c.lastRead == nil || len(t.reads.analyses) >= maxTurnReads {
		return
	}
	t.reads.analyses = append(t.reads.analyses, *c.lastRead)
}
