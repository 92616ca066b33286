package knowledge

import "slices"

// maxGiven bounds the entries a conversation remembers having given, for
// "anything else?": the oldest go first.
const maxGiven = 8

// asksMore reports whether ws only asks for more of what was just said:
// "and?", "anything else?", "what else?", "tell me more", "go on". It
// names nothing, so it is of the last answer or of nothing.
func asksMore(ws []string) bool {
	asked := ws
	for len(ws) > 0 && movesOn[ws[0]] {
		ws = ws[1:]
	}
	for len(ws) > 0 && moreTail[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		// "and?", "so?", "and then?"; not "hmm" or "ok"
		return slices.Contains(asked, "and") || slices.Equal(asked, []string{"so"})
	}
	more := false
	for i, w := range ws {
		switch {
		case w == "else" || w == "more" || w == "continue":
			more = true
		case w == "on" && i > 0 && ws[i-1] == "go":
			more = true
		case !moreFrame[w]:
			return false
		}
	}
	return more
}

// moreTail are the words that may end a request for more ("anything
// else then?"); movesOn open one ("ok so anything else?").
var moreTail = setOf("then", "tho", "though", "please", "pls", "plz", "lol")

// moreFrame are the words that ask for more around "else" or "more":
// "is there anything else it says?", "tell me more", "what more does the
// report say".
var moreFrame = setOf("anything", "something", "what", "is", "there", "does", "do", "did", "it", "say", "says",
	"the", "report", "article", "tell", "me", "us", "any", "go", "can", "you", "could", "mention", "mentions", "else's", "of", "interest")

// nextGiven answers "anything else?" with the next entry on the last
// answer's topic that the conversation has not given: the last entry's
// related entries, those of its own topic first. With no last answer, or
// after a question turned down, ok is false and the question is read as
// any other (with nothing to ask of, it is not answered). When every
// related entry was given, the report has nothing more on it.
func (e *Engine) nextGiven(c Conversation, q string, ws []string, tr *trace) (Answer, Conversation, bool) {
	if c.entry == 0 || c.declined || !asksMore(ws) {
		return Answer{}, Conversation{}, false
	}
	last := e.pack.Entries[c.entry-1]
	var same, other []int
	for _, id := range last.Related {
		i, ok := e.byID[id]
		if !ok || i == c.entry-1 || slices.Contains(c.with, i) || slices.Contains(c.given, i) {
			continue
		}
		if e.pack.Entries[i].Topic == last.Topic {
			same = append(same, i)
		} else {
			other = append(other, i)
		}
	}
	next := slices.Concat(same, other)
	if len(next) == 0 {
		tr.note("asks for more of the last answer, and every entry related to it was given")
		return e.notOfIt(q), c, true
	}
	en := next[0]
	tr.note("asks for more of the last answer: the next related entry not given, " + e.pack.Entries[en].ID)
	a := e.answerWith(e.newAnswer(q), en, 1)
	// the last question asked stays the one a fragment is of ("and?"
	// "and the joint chiefs?" asks what they said)
	return a, e.remember(c, c.base, a), true
}

// withGiven returns given with the entries of an answer added, at most
// maxGiven of them, the latest kept: never the slice it was given, which
// an earlier conversation value may still hold.
func withGiven(given []int, entries ...int) []int {
	out := make([]int, 0, min(len(given)+len(entries), maxGiven))
	all := slices.Concat(given, entries)
	for i := max(0, len(all)-maxGiven); i < len(all); i++ {
		out = append(out, all[i])
	}
	return out
}
