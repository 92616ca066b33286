package knowledge

import "slices"

// ownReference answers a first message whose reference the conversation
// cannot resolve, nothing being named before it, from the question as it
// stands, when something before the reference may be what it stands for:
// its reference is then the question's own.
// "who made the proposal and what's his job?" has "his" for whoever the
// first part finds, which the engine reads in parts; in "i was arguing
// w my friend and he swears the nk soldiers are not even fighting, so
// where are they fighting?" the "he" is the asker's friend, of whom
// nothing is asked; and in "ukraine said about 3k were killed or hurt -
// when was that number from?" the number is the question's own.
// Asked back, either would be asked whom it means among the report's
// people. A question the engine does not answer as it stands ("what did
// he say?") is still asked back.
func (e *Engine) ownReference(c Conversation, q string, ws []string, refs []reference, tr *trace) (Answer, bool) {
	if len(c.refs) > 0 || c.entry > 0 || c.pending != nil || len(c.base) > 0 {
		return Answer{}, false
	}
	before := ws[:refs[0].at]
	if len(before) > 0 && (before[0] == "that" || demonstratives[before[0]]) && len(before) <= 3 {
		// "that unit he mentioned, which one was it?": what comes
		// before it refers too, to nothing named
		return Answer{}, false
	}
	if !slices.ContainsFunc(before, func(w string) bool { return w == "who" || w == "whom" }) && !namesAskersOwn(before) && !e.saysAnything(before, tr) {
		// "what did he say about the prisoners?": nothing before it that
		// it could stand for, neither a name nor a "who" whose answer
		// it is
		return Answer{}, false
	}
	if (refs[0].want == "he" || refs[0].want == "she") && !slices.ContainsFunc(before, func(w string) bool { return w == "who" || w == "whom" }) && !namesAskersOwn(before) && !e.namesSomeone(before, tr) {
		// "quote me the bit where he says ...": a request to quote
		// names no one "he" could be (saidby.go)
		return Answer{}, false
	}
	tr.note("its reference unclear, nothing named before it: asked as it stands")
	a := e.answer(q, tr)
	return a, a.Answered
}

// namesAskersOwn reports whether the words name one of the asker's own
// people ("my friend", "my roommate"), whom a "he" or "she" after them
// may be: none of the report's.
func namesAskersOwn(ws []string) bool {
	for i := 1; i < len(ws); i++ {
		if (ws[i-1] == "my" || ws[i-1] == "our") && askersPeople[ws[i]] {
			return true
		}
	}
	return false
}

// askersPeople are the people an asker speaks of as theirs.
var askersPeople = setOf("friend", "friends", "roommate", "bro", "brother", "sister", "mom", "mum", "dad", "father", "mother",
	"teacher", "buddy", "cousin", "uncle", "aunt", "grandpa", "grandma", "grandfather", "grandmother", "grandson",
	"granddaughter", "boyfriend", "girlfriend", "bf", "gf", "wife", "husband", "coworker", "colleague", "boss", "son",
	"daughter", "classmate", "neighbor", "neighbour", "partner", "prof", "professor", "roomie", "mate", "pal",
	"student", "students", "pupil", "pupils", "kids", "readers", "reader")
