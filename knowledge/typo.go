package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// typoIndex corrects misspelt words towards the pack's own vocabulary. Only
// words the pack does not know are corrected, so one known name is never
// "corrected" into another; and a correction must be unambiguous.
type typoIndex struct {
	// byFirst holds the vocabulary by first letter: typos rarely hit the
	// first letter, and the bucket keeps the scan short.
	byFirst map[rune][]typoWord
	// sense says what a word means: candidates that mean the same are no
	// ambiguity ("proposed", "propose").
	sense func(string) string
}

// typoWord is a word corrections may go to; a form the pack does not use
// carries the stem it must have to be one of its words' forms.
type typoWord struct {
	rs   []rune
	stem string
}

// typoForm is a form of a pack word, and the stem it must have.
type typoForm struct{ word, stem string }

func newTypoIndex(vocab []string, forms []typoForm, sense func(string) string) *typoIndex {
	t := &typoIndex{byFirst: map[rune][]typoWord{}, sense: sense}
	// Words of fewer than three letters, and numbers, are never corrected
	// to; the others are grouped by first letter, each group a part of one
	// array, placed by counting: appending to each would grow dozens of
	// slices.
	first := func(w string) (rune, bool) {
		if utf8.RuneCountInString(w) < 3 || allDigits(w) {
			return 0, false
		}
		r, _ := utf8.DecodeRuneInString(w)
		return r, true
	}
	count := map[rune]int{}
	n, runes := 0, 0
	for _, w := range vocab {
		if r, ok := first(w); ok {
			count[r]++
			n, runes = n+1, runes+len(w)
		}
	}
	for _, f := range forms {
		if r, ok := first(f.word); ok {
			count[r]++
			n, runes = n+1, runes+len(f.word)
		}
	}
	all := make([]rune, 0, runes) // one array for every word's runes
	grouped := make([]typoWord, n)
	from := 0
	add := func(w, stem string) {
		r, ok := first(w)
		if !ok {
			return
		}
		start := len(all)
		for _, r := range w {
			all = append(all, r)
		}
		g, ok := t.byFirst[r]
		if !ok {
			g = grouped[from : from : from+count[r]]
			from += count[r]
		}
		t.byFirst[r] = append(g, typoWord{all[start:len(all):len(all)], stem})
	}
	for _, w := range vocab {
		add(w, "")
	}
	for _, f := range forms {
		add(f.word, f.stem)
	}
	return t
}

// sameDigits reports whether a and b have the same digits in the same
// order: codes that differ in a digit name different things.
func sameDigits(a, b []rune) bool {
	i, j := 0, 0
	for {
		for i < len(a) && !unicode.IsDigit(a[i]) {
			i++
		}
		for j < len(b) && !unicode.IsDigit(b[j]) {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i, j = i+1, j+1
	}
}

// allDigits reports whether w is a number: never corrected, nor a
// correction.
func allDigits(w string) bool {
	return !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsDigit(r) })
}

// maxEdits is how far a word of n letters may be from its correction: none
// for the shortest words, where one edit turns a word into another ("war",
// "car"); in words under six letters correct only limits the kind of edit.
func maxEdits(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 10:
		// two edits turn "president" into "presented"
		return 1
	default:
		return 2
	}
}

// correct returns the known word nearest to w, if exactly one stem is
// nearest and within reach.
func (t *typoIndex) correct(w string) (string, bool) {
	n := utf8.RuneCountInString(w)
	maxd := maxEdits(n)
	if maxd == 0 {
		return "", false
	}
	if allDigits(w) {
		return "", false
	}
	rs := []rune(w)
	best, bestSense, bestD, tie := "", "", maxd+1, false
	var rows distanceRows
	for _, tw := range t.byFirst[rs[0]] {
		cand := tw.rs
		if abs(len(cand)-len(rs)) > maxd {
			continue
		}
		d := rows.distance(rs, cand, bestD)
		if d > maxd || d > bestD || d > 0 && !safeEdit(n, rs, cand) {
			continue
		}
		if !sameDigits(rs, cand) {
			continue // "hwasong18" is another missile than "hwasong11"
		}
		c := string(cand)
		if tw.stem != "" && (d > 0 && !safeInShortWord(rs, cand) || stem(c) != tw.stem) {
			// a form the pack never wrote is a guess already: only the
			// safest edits lead to it ("monitering", not "raining" for
			// "raising"), and it must be a form of its word
			continue
		}
		switch {
		case d < bestD:
			best, bestSense, bestD, tie = c, t.sense(c), d, false
		case t.sense(c) != bestSense:
			tie = true
		}
	}
	if best == "" || tie {
		return "", false
	}
	return best, true
}

// safeEdit reports whether one edit from w, a word of n letters, to cand
// is a safe guess: any edit in long words, only some in shorter ones.
func safeEdit(n int, w, cand []rune) bool {
	switch {
	case n < 6:
		return safeInShortWord(w, cand)
	case n < 8:
		return safeInShortWord(w, cand) || soundAlike(w, cand)
	}
	return true
}

// safeInShortWord reports whether cand is a safe guess for w, a word of
// under six letters one edit from it: swapped neighbours ("norht"), a
// letter left out ("acept", "wich") or typed twice ("warr"), one vowel
// for another ("dyed", "sayd"), or a final "z" for "s" ("sayz"). One
// changed consonant turns "tanks" into "talks".
func safeInShortWord(w, cand []rune) bool {
	return sameLetters(w, cand) || len(cand) == len(w)+1 || doubled(w, cand) || vowelSwapped(w, cand) || chatZ(w, cand)
}

// soundAlike reports whether w is cand with one consonant changed for one
// that sounds alike ("sourse", "budanof"): in words of six or seven
// letters another changed consonant makes another word ("raining" is not
// "raising").
func soundAlike(w, cand []rune) bool {
	i, ok := changed(w, cand)
	// an edit that changes no letter (one added, left out, swapped) is
	// judged by distance alone
	return !ok || alike[[2]rune{w[i], cand[i]}]
}

// alike are the pairs of consonants that sound alike, both ways round.
var alike = func() map[[2]rune]bool {
	m := map[[2]rune]bool{}
	for _, p := range []string{"cs", "ck", "sz", "fv", "dt", "bp", "mn", "gj", "cq", "kq"} {
		a, b := rune(p[0]), rune(p[1])
		m[[2]rune{a, b}], m[[2]rune{b, a}] = true, true
	}
	return m
}()

// chatZ reports whether w is cand with its final "s" written "z", as chat
// writes it ("sayz").
func chatZ(w, cand []rune) bool {
	i, ok := changed(w, cand)
	return ok && i == len(w)-1 && w[i] == 'z' && cand[i] == 's'
}

// changed returns the one letter at which a and b, of one length, differ.
func changed(a, b []rune) (int, bool) {
	if len(a) != len(b) {
		return 0, false
	}
	diff := -1
	for i := range a {
		if a[i] != b[i] {
			if diff >= 0 {
				return 0, false
			}
			diff = i
		}
	}
	return diff, diff >= 0
}

// doubled reports whether a is b with one letter typed twice ("warr").
func doubled(a, b []rune) bool {
	if len(a) != len(b)+1 {
		return false
	}
	for i := 1; i < len(a); i++ {
		if a[i] == a[i-1] && slices.Equal(a[:i], b[:i]) && slices.Equal(a[i+1:], b[i:]) {
			return true
		}
	}
	return false
}

// vowelSwapped reports whether a and b differ in one letter only, a vowel
// (or y) in both.
func vowelSwapped(a, b []rune) bool {
	i, ok := changed(a, b)
	return ok && isVowel(a[i]) && isVowel(b[i])
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouy", r) }

// sameLetters reports whether a and b hold the same letters, in any order.
func sameLetters(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	count := map[rune]int{}
	for i := range a {
		count[a[i]]++
		count[b[i]]--
	}
	for _, c := range count {
		if c != 0 {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// distanceRows are the three rows distance works in, kept to be reused
// across the candidates of one correction.
type distanceRows struct{ prev2, prev, cur []int }

// distance is the optimal string alignment distance (Levenshtein plus
// transpositions of neighbours: "soliders"), giving up past limit.
func (r *distanceRows) distance(a, b []rune, limit int) int {
	n := len(b) + 1
	if cap(r.cur) < n {
		r.prev2, r.prev, r.cur = make([]int, n), make([]int, n), make([]int, n)
	}
	prev2, prev, cur := r.prev2[:n], r.prev[:n], r.cur[:n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
