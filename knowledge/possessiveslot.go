package knowledge

import "slices"

// An idiom the pack writes with "their" holds any owner in its place:
// "under which state's authority" is "under their authority" (control)
// asked of which state. The pack cannot list every name with every idiom,
// and read word by word such a question held a word the pack does not know
// ("authority" alone, "corner"), which sank it. So the idiom is read with "their", and the name after it, as what it
// is done to: "under their authority of which state is Kursk", "who is on
// their side of Russia". After another name the idiom is left: "Is Ukraine
// in Russia's corner?" sets one party in another's, and which backs which
// no act read of Ukraine would let the guards tell.

// maxSlotPrefix is how many words of an idiom may stand before its owner
// ("in", "on the", "under").
const maxSlotPrefix = 2

// maxSlotTail is how many words of an idiom may follow its owner, more
// than any of the pack's has ("on their side", "under their control").
const maxSlotTail = 6

// possessiveSlots returns ws with each "NAME 's" inside an idiom the pack
// writes with "their" read as above; ws itself if there is none.
func (a *analyzer) possessiveSlots(ws []string) []string {
	if !slices.Contains(ws, "'s") {
		return ws // most questions have no possessive
	}
	for k := 1; k+1 < len(ws); k++ {
		if ws[k] != "'s" {
			continue
		}
		n, ok := a.ownerBefore(ws, k)
		if !ok || a.nameBefore(ws, n) {
			continue
		}
		for pre := maxSlotPrefix; pre >= 0; pre-- {
			j := n - pre
			if j < 0 {
				continue
			}
			// the idiom's words: those before the owner, "their", and
			// no more after it than an idiom has
			tail := ws[k+1 : min(len(ws), k+1+maxSlotTail)]
			var buf [maxSlotPrefix + 1 + maxSlotTail]string
			cand := append(append(append(buf[:0], ws[j:n]...), "their"), tail...)
			var sbuf [len(buf)]string
			stems := sbuf[:len(cand)]
			for i, w := range cand {
				stems[i] = a.stem(w)
			}
			p, ok := a.match(stems, 0, false)
			if !ok || len(p.words) <= pre+1 || p.words[pre] != "their" {
				continue
			}
			after := len(p.words) - pre - 1 // the idiom's words after "their"
			out := make([]string, 0, len(ws)+2)
			out = append(out, ws[:j]...)
			out = append(out, cand[:len(p.words)]...)
			out = append(out, "of")       // "in the corner of Kyiv"
			out = append(out, ws[n:k]...) // the owner, after the idiom, as its object
			out = append(out, ws[k+1+after:]...)
			return out
		}
	}
	return ws
}

// ownerBefore returns where the owner of the "'s" at k starts: a name, or a
// question of one ("which state"), of one or two words that the pack reads
// as a single term.
func (a *analyzer) ownerBefore(ws []string, k int) (int, bool) {
	for size := 2; size >= 1; size-- {
		n := k - size
		if n < 0 {
			continue
		}
		var buf [2]string
		stems := buf[:size]
		for i, w := range ws[n:k] {
			stems[i] = a.stem(w)
		}
		if p, ok := a.match(stems, 0, false); ok && len(p.stems) == size && (p.kind == KindEntity || p.kind == KindQuestion) {
			return n, true
		}
	}
	return 0, false
}

// nameBefore reports whether a name stands among ws[:end]: "Is Ukraine in
// Russia's corner?" sets one party in another's corner, and which backs
// which is what the guards could not then tell (no act is read of
// Ukraine), so such an idiom is left unread.
func (a *analyzer) nameBefore(ws []string, end int) bool {
	for i := 0; i < end; i++ {
		for size := 2; size >= 1; size-- {
			if i+size > end {
				continue
			}
			var buf [2]string
			stems := buf[:size]
			for j, w := range ws[i : i+size] {
				stems[j] = a.stem(w)
			}
			if p, ok := a.match(stems, 0, false); ok && len(p.stems) == size && p.kind == KindEntity {
				return true
			}
		}
	}
	return false
}
