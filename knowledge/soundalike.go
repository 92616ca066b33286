package knowledge

// Some askers spell a word as it sounds ("condishun", "soljers", "rusha",
// "injerd", "reejun", "souf"): two or three letters differ from the word,
// too far for the typo index, whose edits are few lest one word be read as
// another. A word spelt by its sound sounds like the word it means, though:
// written as its consonant sounds (its sound key), it is the word's key.
// An unknown word the typo index does not correct is read as the word of
// the report or of an entry's question or answer with its sound key, first
// letter and first vowel that is nearest to it in letters, if that word
// alone is nearest, and no further than half the word's letters. Only
// those words: the synonyms hold chat's spellings ("rekt", "prolly"), and
// English words the pack does not know sound like them ("react").

// soundIndex holds the pack's words by sound key.
type soundIndex struct {
	byKey map[string][]string
	// sense says what a word means: words of one key that mean the same
	// are no ambiguity.
	sense func(string) string
	seen  correctionMemo
}

// newSoundIndex indexes the words of vocab that written holds, of five
// letters or more, by their sound keys: the words a dictionary spells, not
// chat's spellings the pack's synonyms hold ("rekt" is not "react"), and
// none so short as to be near too many others.
func newSoundIndex(vocab []string, written map[string]bool, sense func(string) string) *soundIndex {
	s := &soundIndex{byKey: map[string][]string{}, sense: sense}
	for _, w := range vocab {
		if len(w) < 5 || !written[w] || isNumber(w) {
			continue
		}
		if k := soundKey(w); k != "" {
			s.byKey[k] = append(s.byKey[k], w)
		}
	}
	return s
}

// correct returns the pack word w is spelt for by its sound, if one is.
func (s *soundIndex) correct(w string) (string, bool) {
	if s == nil {
		return "", false
	}
	return s.seen.correct(w, s.find)
}

// find is correct without the memory of what was found before.
func (s *soundIndex) find(w string) (string, bool) {
	if len(w) < 4 {
		return "", false
	}
	cands := s.byKey[soundKey(w)]
	if len(cands) == 0 {
		return "", false
	}
	rs := []rune(w)
	limit := min(3, len(rs)/2)
	first := firstVowel(w)
	near := newNearest(limit)
	var rows distanceRows
	for _, c := range cands {
		if c[0] != w[0] || firstVowel(c) != first {
			// a word is spelt by its sound from its first letter and
			// vowel on ("back" is not "book")
			continue
		}
		near.offer(c, rows.distance(rs, []rune(c), near.d), false, s.sense)
	}
	return near.word()
}

// soundKey writes w, a lower-case ASCII word, as its consonant sounds and
// "V" for each run of vowels (y after the first letter one; the e of a
// final "-ed" none), one letter for each sound spelt in several ways
// ("ti", "si", "sh" and "ch" before a vowel are "X"; a soft c is "s", a
// soft g "j", "ph" "f", a final "th" "f" as chat writes "souf", a final
// "gn" "n"), doubled letters once; "" for a word of other letters.
func soundKey(w string) string {
	b := make([]byte, 0, len(w))
	emit := func(c byte) {
		if len(b) == 0 || b[len(b)-1] != c {
			b = append(b, c)
		}
	}
	at := func(i int) byte {
		if i < len(w) {
			return w[i]
		}
		return 0
	}
	vowel := func(c byte) bool {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
	}
	for i := 0; i < len(w); i++ {
		c, next := w[i], at(i+1)
		if c < 'a' || c > 'z' {
			return ""
		}
		if vowel(c) && (c != 'y' || i > 0) {
			if c == 'e' && i == len(w)-2 && next == 'd' && i > 0 && !vowel(w[i-1]) {
				continue // "-ed" says "d" ("killed", "kild")
			}
			emit('V')
			continue
		}
		switch c {
		case 'c':
			switch {
			case next == 'k':
				// "ck": the k says it
			case next == 'h':
				emit('X')
				i++
			case next == 'e' || next == 'i' || next == 'y':
				if next == 'i' && vowel(at(i+2)) {
					emit('X') // "cia", "cio"
					i++
				} else {
					emit('s')
				}
			default:
				emit('k')
			}
		case 's', 't':
			switch {
			case c == 's' && next == 's' && at(i+2) == 'i' && vowel(at(i+3)):
				// "ssi" before a vowel ("russia"): the "si" says it
			case next == 'h':
				if c == 't' && i+2 == len(w) {
					emit('f') // a final "th", as "souf", "norf"
				} else if c == 't' {
					emit('T')
				} else {
					emit('X')
				}
				i++
			case next == 'i' && vowel(at(i+2)) && i > 0:
				emit('X') // "tion", "sion", "sia"
				i++
			default:
				emit(c)
			}
		case 'd':
			if next == 'i' && vowel(at(i+2)) && i > 0 || next == 'g' && (at(i+2) == 'e' || at(i+2) == 'i') {
				emit('j') // "soldier", "edge"
				i++
			} else {
				emit('d')
			}
		case 'g':
			switch {
			case next == 'h':
				i++ // "gh" says nothing, or "f"
			case next == 'n' && i+2 == len(w):
				// a final "gn" says "n" ("foreign", "foren")
			case next == 'e' || next == 'i' || next == 'y':
				emit('j')
			default:
				emit('g')
			}
		case 'p':
			if next == 'h' {
				emit('f')
				i++
			} else {
				emit('p')
			}
		case 'q', 'k':
			if c == 'k' && i == 0 && next == 'n' {
				continue // "know"
			}
			emit('k')
		case 'x':
			emit('k')
			emit('s')
		case 'z':
			emit('s')
		case 'w':
			if next == 'h' {
				i++
			}
			if vowel(at(i + 1)) {
				emit('w')
			}
		case 'h':
			if i == 0 && vowel(next) {
				emit('h')
			}
		default:
			emit(c)
		}
	}
	return string(b)
}

// firstVowel is the first vowel of w, y after its first letter counting as
// one; 0 if none.
func firstVowel(w string) byte {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; c {
		case 'a', 'e', 'i', 'o', 'u':
			return c
		case 'y':
			if i > 0 {
				return c
			}
		}
	}
	return 0
}
