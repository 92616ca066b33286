package knowledge

import (
	"strings"
	"sync"
	"sync/atomic"
)

// The stems of the pack's words are cached when the pack is read (see
// analyzer.stem), but a question's other words ("recieved", "automatically",
// a name the pack does not know) were stemmed each time one was read: a
// turn reads its question several times (again, as a fragment, word by
// word in isKnown and isFillerWord), and the stemmer was a few percent of
// an answer. A stemMemo keeps those stems, for every turn after: the
// words people use are few, and come back. It is the engine's, safe for
// concurrent use, and bounded, so that a stream of made-up words costs
// no more memory than maxRunStems stems.

// stemMemo maps a word the pack does not use to its stem.
type stemMemo struct {
	stems sync.Map // string to string
	n     atomic.Int32
}

// maxRunStems bounds the words a stemMemo keeps: about 64 K words, a few
// MB at most; past that, words not kept are stemmed each time again.
const maxRunStems = 1 << 16

// stem returns the stem of w (snowball), kept for the next time.
func (m *stemMemo) stem(w string) string {
	if s, ok := m.stems.Load(w); ok {
		return s.(string)
	}
	s := snowball(w)
	if m.n.Load() < maxRunStems {
		// (a copy: w may be a piece of a long message; counted only when
		// stored, so that two turns missing the same word count it once)
		if _, loaded := m.stems.LoadOrStore(strings.Clone(w), s); !loaded {
			m.n.Add(1)
		}
	}
	return s
}
