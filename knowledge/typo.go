package knowledge

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// repair reads each word the pack does not know as the word or words it
// is likely meant for, and returns ws, or a copy if any word changed.
func (a *analyzer) repair(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if name, n := a.spelledAt(ws[i:]); n > 0 {
			// a code spelled letter by letter ("k n 23")
			if out == nil {
				out = append(make([]string, 0, len(ws)), ws[:i]...)
			}
			out = append(out, name)
			i += n - 1
			continue
		}
		if a.plain[w] {
			// (splitName and repairWord leave it alone)
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if name, n := a.splitName(ws[i:]); n > 0 {
			// a name typed in pieces ("bud a nov", "tae yul")
			if out == nil {
				out = append(make([]string, 0, len(ws)), ws[:i]...)
			}
			out = append(out, name)
			i += n - 1
			continue
		}
		var fixed []string
		if _, ok := shortDecade(w); !ok || decadeLed(ws[:i]) {
			fixed = a.repairWord(w) // "in their 30s" is an age (decades.go)
		}
		if fixed == nil {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ws)+1), ws[:i]...)
		}
		out = append(out, fixed...)
	}
	if out == nil {
		return ws
	}
	return out
}

// splitName returns the name that the first two or three words of ws
// spell when run together ("bud a nov" is "budanov"), as written or one
// typo away, and how many words that is; 0 if none. The first word is
// one the pack does not know, as is one after it: known words written
// apart mean what they say, unless run together they spell a name as
// written ("budan off").
func (a *analyzer) splitName(ws []string) (string, int) {
	if len(ws) < 2 || a.isKnown(ws[0]) || a.isPiece(ws[0]) || stopWords[ws[0]] || isNumber(ws[0]) {
		return "", 0
	}
	cat := ws[0]
	for n := 2; n <= 3 && n <= len(ws); n++ {
		cat += ws[n-1]
		if isNumber(ws[n-1]) {
			continue
		}
		if !slices.ContainsFunc(ws[1:n], func(w string) bool { return !a.isKnown(w) }) {
			// known words after the unknown one mean what they say,
			// unless all run together spell a name exactly ("budan
			// off" is "budanoff", an autocorrected "Budanov")
			if a.known[cat] && a.isName(cat) {
				return cat, n
			}
			continue
		}
		name := cat
		if !a.known[cat] {
			fixed, ok := a.typos.correct(cat)
			if !ok {
				continue
			}
			name = fixed
		}
		if a.isName(name) {
			return name, n
		}
	}
	return "", 0
}

// repairWord returns what an unknown word is meant for, or nil: a plural
// the stemmer leaves alone ("kn23s", "budanovs"), a dropped g ("talkin"),
// two known words run together ("seoulkyiv" from "Seoul-Kyiv",
// "northkorea"), or a typo of a known word ("missles").
func (a *analyzer) repairWord(w string) []string {
	if d, ok := shortDecade(w); ok && !a.known[w] {
		return []string{d} // "the 70s" (decades.go)
	}
	if greetings[w] || stopWords[w] || a.isKnown(w) || a.isPiece(w) {
		return nil
	}
	if plain, ok := a.unstretched(w); ok {
		return []string{plain}
	}
	if plain, ok := unaccent(w); ok && a.isKnown(plain) {
		// an accent English does not write ("región")
		return []string{plain}
	}
	if sing := strings.TrimSuffix(w, "s"); sing != w && a.known[sing] {
		return []string{sing}
	}
	if strings.HasSuffix(w, "in") && a.isKnown(w+"g") {
		return []string{w + "g"}
	}
	// Two-letter parts are names only ("UA-ROK talks", "nk-ru").
	part := func(p string) bool {
		return a.known[p] && !stopWords[p] && (len(p) > 2 || a.isName(p))
	}
	for k := 2; len(w) >= 4 && k <= len(w)-2; k++ {
		if part(w[:k]) && part(w[k:]) && (len(w) >= 6 || k == 2 || len(w)-k == 2) {
			return []string{w[:k], w[k:]}
		}
		if len(w) >= 6 && joinsBefore[w[:k]] && (a.known[w[k:]] || isNumber(w[k:])) {
			// a question word or an article run into the next word
			// ("howmany", "the3000")
			return []string{w[:k], w[k:]}
		}
	}
	if verb, ok := a.taglishVerb(w); ok {
		// an English verb with a Tagalog affix ("nag-propose")
		return []string{verb}
	}
	if fixed, ok := a.ieSwapped(w); ok {
		// "ie" for "ei" ("recieved"; ieswap.go)
		return []string{fixed}
	}
	if fixed, ok := a.owoSpoken(w); ok {
		// r and l written w ("suppowt"; owospeak.go)
		return []string{fixed}
	}
	if fixed, ok := a.typos.correct(w); ok {
		return []string{fixed}
	}
	if fixed, ok := a.typos.sound.correct(w); ok {
		// spelt as it sounds ("soljers"; soundalike.go)
		return []string{fixed}
	}
	return nil
}

// indexTyposWhile indexes the corrections towards the words the load
// read, on another core while index runs (indexing the entries, which
// reads the same words); were index to read a word the load had not, they
// are indexed again with it.
func (a *analyzer) indexTyposWhile(index func()) {
	typos := make(chan *typoIndex, 1)
	go func() { typos <- a.indexTypos(nil) }()
	index()
	a.typos = <-typos
	if len(a.stems) > 0 {
		a.finish()
	}
	a.plain = a.plainWords()
}

// finish makes the analyzer correct typos towards its vocabulary; it is
// read-only from then on.
func (a *analyzer) finish() {
	a.typos = a.indexTypos(a.stems)
}

// indexTypos indexes corrections towards the words of own and of the
// parent's stems.
func (a *analyzer) indexTypos(own map[string]string) *typoIndex {
	// Corrections are words the pack uses, not stems: "proposd" is one
	// edit from "proposed", "propose" and the stem "propos", and only the
	// words agree on what they mean.
	words := make([]string, 0, len(own)+len(a.parentStems()))
	// So are the other forms of a verb it uses in one form: the pack says
	// "monitored", a user misspells "monitoring" ("monitering"). Each is
	// stemmed only when a correction comes near it, to check it is one.
	var forms []typoForm
	add := func(w, s string) {
		if a.pieces[w] {
			return // a word only its phrases hold (phrasewords.go)
		}
		words = append(words, w)
		if len(s) < 4 || !isForm(w, s, "ed") && !isForm(w, s, "ing") { // not "do", "doing"
			return
		}
		for _, end := range [...]string{"s", "ed", "ing"} {
			if f := s + end; !a.known[f] {
				forms = append(forms, typoForm{f, s})
			}
		}
	}
	for w, s := range own {
		add(w, s)
	}
	for w, s := range a.parentStems() {
		if _, dup := own[w]; !dup {
			add(w, s)
		}
	}
	t := newTypoIndex(words, forms, a.sense)
	t.sound = newSoundIndex(words, a.written, a.sense)
	return t
}

// isForm reports whether w is stem s with the ending end.
func isForm(w, s, end string) bool {
	return len(w) == len(s)+len(end) && strings.HasPrefix(w, s) && strings.HasSuffix(w, end)
}

// sense is what a word means to the pack: the synonym it is a one-word
// alias of ("kyrylo" and "kirilo" both mean Budanov), or else its stem.
func (a *analyzer) sense(w string) string {
	s := a.stem(w)
	for _, p := range a.phrases[s] {
		if len(p.stems) == 1 {
			return p.concept
		}
	}
	return s
}

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
	// seen remembers the corrections found, as people misspell the same
	// words: a correction scans a letter's words, a remembered one is a
	// lookup.
	seen correctionMemo
	// sound holds the same words by how they sound (soundalike.go).
	sound *soundIndex
}

// maxSeen is how many corrections a typo index remembers.
const maxSeen = 20000

// seenCorrection is a remembered answer of correct.
type seenCorrection struct {
	word string
	ok   bool
}

// correctionMemo remembers what a correction index found for a word, at
// most maxSeen words, so that random words cannot grow it without bound.
// The typo and sound indexes both keep one: the same words are misspelt
// again and again, and a scan of the vocabulary costs far more than a
// lookup.
type correctionMemo struct {
	seen  sync.Map // word → seenCorrection
	nseen atomic.Int64
}

// correct returns what find gives for w, remembered.
func (m *correctionMemo) correct(w string, find func(string) (string, bool)) (string, bool) {
	if c, ok := m.seen.Load(w); ok {
		sc := c.(seenCorrection)
		return sc.word, sc.ok
	}
	fixed, ok := find(w)
	if m.nseen.Load() < maxSeen {
		if _, loaded := m.seen.LoadOrStore(w, seenCorrection{fixed, ok}); !loaded {
			m.nseen.Add(1)
		}
	}
	return fixed, ok
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
		if utf8.RuneCountInString(w) < 3 || isNumber(w) {
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
		for i < len(a) && !isDigit(a[i]) {
			i++
		}
		for j < len(b) && !isDigit(b[j]) {
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
	return t.seen.correct(w, t.find)
}

// find is correct without the memory of what was found before.
func (t *typoIndex) find(w string) (string, bool) {
	n := utf8.RuneCountInString(w)
	maxd := maxEdits(n)
	if maxd == 0 {
		return "", false
	}
	if isNumber(w) {
		return "", false
	}
	rs := []rune(w)
	near := newNearest(maxd)
	var rows distanceRows
	for _, tw := range t.byFirst[rs[0]] {
		cand := tw.rs
		if abs(len(cand)-len(rs)) > maxd {
			continue
		}
		d := rows.distance(rs, cand, near.d)
		if d > maxd || d > near.d || d > 0 && !safeEdit(n, rs, cand) {
			continue
		}
		if !sameDigits(rs, cand) {
			continue // "hwasong18" is another missile than "hwasong11"
		}
		c := string(cand)
		if tw.stem != "" && (d > 0 && !safeInShortWord(rs, cand) || snowball(c) != tw.stem) {
			// a form the pack never wrote is a guess already: only the
			// safest edits lead to it ("monitering", not "raining" for
			// "raising"), and it must be a form of its word
			continue
		}
		// of two as near, "kyrilo" is "kirilo" or "kyrylo", the same
		// man, whose spellings may read differently after ("kyrylo
		// budanov" is one alias): see nearest
		near.offer(c, d, d == 1 && doubled(cand, rs), t.sense)
	}
	return near.word()
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
