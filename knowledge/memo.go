package knowledge

import (
	"slices"
	"sync"
)

// Many people ask the same question in the same words: /ask's autocomplete
// offers the pack's own questions, and a popular one is picked again and
// again. An answer to a message that opens a conversation depends on
// nothing but the message (and the language the conversation is in), so
// the engine remembers the last few thousand it gave.

// maxMemo is how many answers an engine remembers; when that many are
// kept, it forgets them all and starts again (the popular ones come back
// first).
const maxMemo = 4096

// memo remembers answers to messages that open a conversation.
type memo struct {
	mu sync.Mutex
	m  map[memoKey]memoized
}

type memoKey struct {
	message, locale string
	alone           bool
}

type memoized struct {
	a Answer
	c Conversation
}

// opening reports whether c is a conversation with nothing said yet, whose
// answers the memo may give.
func (c Conversation) opening() bool {
	return c.turn == 0 && len(c.refs) == 0 && c.base == nil && c.entry == 0 && c.pending == nil && len(c.others) == 0 && !c.unsettled
}

func (m *memo) get(k memoKey) (Answer, Conversation, bool) {
	m.mu.Lock()
	v, ok := m.m[k]
	m.mu.Unlock()
	if !ok {
		return Answer{}, Conversation{}, false
	}
	return v.a.clone(), v.c, true
}

func (m *memo) put(k memoKey, a Answer, c Conversation) {
	v := memoized{a.clone(), c}
	m.mu.Lock()
	if m.m == nil || len(m.m) >= maxMemo {
		m.m = make(map[memoKey]memoized, 256)
	}
	m.m[k] = v
	m.mu.Unlock()
}

// clone is a with lists of its own, so that a caller changing them changes
// no one else's answer.
func (a Answer) clone() Answer {
	a.Citations = slices.Clone(a.Citations)
	a.Related = slices.Clone(a.Related)
	a.RelatedIDs = slices.Clone(a.RelatedIDs)
	return a
}
