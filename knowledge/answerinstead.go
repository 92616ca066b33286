package knowledge

import (
	"slices"
	"strings"
)

// A fragment of the last question that is not answered as merged may
// be asked as another question in its place (supportedfragment.go,
// morecounted.go): only after a question that was answered, and only
// when the question put in its place is answered too.

// baseAnswered reports whether the last question was asked and
// answered: a fragment read as of it is of its answer.
func baseAnswered(c Conversation) bool {
	return len(c.base) > 0 && slices.Equal(c.answered, c.base)
}

// answerInstead answers rw, the words a fragment is read as (why says
// how), in its place. ok is false when rw is not answered.
func (e *Engine) answerInstead(c Conversation, rw []string, why string, tr *trace) (Answer, Conversation, bool) {
	tr.note(why + ": " + strings.Join(rw, " "))
	a, next := e.answerWords(c, rw, tr)
	return a, next, a.Answered
}
