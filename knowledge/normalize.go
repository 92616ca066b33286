package knowledge

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// splitWords splits text into lower-case words. It folds what users type in
// different ways to one form: Unicode compatibility forms, case, curly and
// straight apostrophes (a possessive 's becomes the word "'s", which marks
// whose: "Russia's soldiers"; a contracted auxiliary is dropped: "when'd"),
// hyphenated names and codes ("Tae-yul", "KN-23" become "taeyul", "kn23"),
// digit grouping ("3,000" becomes "3000") and number words ("three
// thousand" becomes "3000").
func splitWords(s string) []string {
	if plainLower(s) {
		// as most aliases are: the words are parts of s, cut without a copy
		ws := strings.Fields(s)
		if len(ws) == 0 {
			return nil
		}
		return oneOf(twoOf(bounds(numbers(ws))))
	}
	return cutWords(s)
}

// cutWords is words for any text.
func cutWords(s string) []string {
	if !isASCII(s) { // ASCII is valid and normal
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, " ")
		}
		if !norm.NFKC.IsNormalString(s) {
			s = norm.NFKC.String(s)
		}
	}
	// at decodes the rune at byte i; past the end it is 0, which is not a
	// letter or digit, so look-ahead needs no bounds checks.
	at := func(i int) (rune, int) {
		if i >= len(s) {
			return 0, 0
		}
		if c := s[i]; c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(s[i:])
	}
	isAlnum := func(r rune) bool {
		if r < utf8.RuneSelf {
			return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		}
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	// The words are cut from one string, to allocate once per text, not
	// once per word: buf holds the words run together, ends where each
	// ends, and a possessive is marked by a negative end.
	var bufArray [256]byte // on the stack, for most texts: all copies it out
	buf := bufArray[:0]
	if len(s) > len(bufArray) {
		buf = make([]byte, 0, len(s))
	}
	var endsArray [32]int // on the stack, for most texts
	ends := endsArray[:0]
	start := 0
	flush := func() {
		if len(buf) > start {
			ends = append(ends, len(buf))
			start = len(buf)
		}
	}
	for i := 0; i < len(s); {
		// most text is plain ASCII letters and spaces
		switch c := s[i]; {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			buf = append(buf, c)
			i++
			continue
		case 'A' <= c && c <= 'Z':
			buf = append(buf, c+'a'-'A')
			i++
			continue
		case c == ' ':
			flush()
			i++
			continue
		}
		r, n := at(i)
		next, n2 := at(i + n)
		var century string // "January '25": "20" (shortyear.go), read once
		if isApostrophe(r) && len(buf) == start && isDigit(next) {
			century = shortYearAt(s, i+n, cutLastWord(buf, ends))
		}
		switch {
		case isAlnum(r):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case isApostrophe(r) && len(buf) > start && isAlnum(next):
			// A possessive 's is a word of its own; an auxiliary ('d, 'll,
			// 're, 've, 'm: "when'd", "they're") is dropped; any other
			// apostrophe joins ("dont").
			if after, _ := at(i + n + n2); (next == 's' || next == 'S') && !isAlnum(after) {
				flush()
				ends = append(ends, -1)
				n += n2
			} else if k := auxiliaryAt(s, i+n); k > 0 {
				flush()
				n += k
			}
		case century != "":
			// "January '25" is January 2025 (shortyear.go)
			buf = append(buf, century...)
		case isDash(r) && len(buf) > start && isAlnum(next) && (conjunctionAt(s, i+n) || isConjunction(buf[start:])):
			// a list joined by hyphens, "killed-or-wounded", is its words
			flush()
		case isDash(r) && len(buf)-start > 1 && isLetterByte(buf[len(buf)-1]) && honorificAt(s, i+n) > 0:
			// a name's honorific, "Budanov-ssi", is dropped (honorifics.go)
			n += honorificAt(s, i+n)
		case isDash(r) && isDigit(next) && numberLeads[string(buf[start:])]:
			// "the over-3,000 figure" is over 3,000, no code name
			flush()
		case isDash(r) && len(buf) > start && isAlnum(next):
			// joined: "kn-23" and "kn23" are one word
		case r == ',' && len(buf) > start && isDigit(buf[len(buf)-1]) && groupOfThree(s, i+1):
			// digit grouping: "3,000" is "3000"
		case r == '.' && len(buf) > start && isDigit(buf[len(buf)-1]) && isDigit(next):
			buf = append(buf, '.')
		case (r == '+' || r == '&') && len(buf) == start && !isAlnum(next):
			// "when did they go + where are they": a word, "and"
			flush()
			buf = append(buf, "and"...)
			flush()
		default:
			flush()
		}
		i += n
	}
	flush()
	if len(ends) == 0 {
		return nil
	}
	all := string(buf)
	out := make([]string, len(ends))
	from := 0
	for i, end := range ends {
		if end < 0 {
			out[i] = possessive
			continue
		}
		out[i] = all[from:end]
		from = end
	}
	return oneOf(twoOf(bounds(numbers(out))))
}

// sentenceWords is words for a whole question or text, not a synonym's alias:
// it also reads the words whose sense hangs on their place in a sentence
// (see sentenceReadings), which an alias such as "authority over" lacks.
func sentenceWords(s string) []string {
	return sentenceReadings(readBlanks(splitWords(countryUS(withoutMarkup(withoutJokeAside(withoutEmote(markBlanks(s))))))))
}

// withoutMarkup drops what Discord writes for an emoji or a mention
// (":skull:", "<:pepe:123>", "<@123>", "<#123>"; "<@NewsBot>", a mention
// pasted by name in its brackets), and a mention typed as text
// ("@newsbot", "@everyone"): it asks nothing, and its name ("skull",
// "newsbot") is no word of the question.
func withoutMarkup(s string) string {
	if !strings.ContainsAny(s, ":<@") {
		return s
	}
	return discordMarkup.ReplaceAllString(s, " ")
}

var discordMarkup = regexp.MustCompile(`<a?:\w+:\d+>|<[@#][!&]?[\w.\-]+>|:[a-z0-9_+\-]{2,}:|(?:^|\s)@[\w.\-]+`)

// plainLower reports whether s holds only lower-case ASCII letters,
// digits and spaces.
func plainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == ' ') {
			return false
		}
	}
	return true
}

// countryUS reads "US" in capitals as the country, "USA", unless the
// whole text is in capitals ("TELL US"): lower case, it is "us".
func countryUS(s string) string {
	if !strings.Contains(s, "US") || strings.ToUpper(s) == s {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "US")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i+2])
		if !isLetter(s, i-1) && !isLetter(s, i+2) {
			b.WriteString("A")
		}
		s = s[i+2:]
	}
}

// isLetter reports whether the byte at i is an ASCII letter; outside s it
// is not.
func isLetter(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i] | 0x20
	return 'a' <= c && c <= 'z'
}

// bounds drops "up to", "more than" and the like before a number: they
// hedge the number, as "about" does, where elsewhere they may mean what the
// pack knows ("what are the troops up to?", "more troops").
func bounds(ws []string) []string {
	for i := 0; i+2 < len(ws); i++ {
		if isDigit(ws[i+2][0]) && hedges[ws[i]+" "+ws[i+1]] {
			ws = append(ws[:i], ws[i+2:]...)
		}
	}
	return ws
}

// twoOf reads "2" after "the", "these", "those" or "both" and before a
// word as "two": it counts the things named after it ("the gap between the
// 2 casualty counts"), as "the two counts" does, and is no figure asked of.
func twoOf(ws []string) []string {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] == "2" && pairDeterminers[ws[i-1]] && !isDigit(ws[i+1][0]) {
			ws[i] = "two"
		}
	}
	return ws
}

// pairDeterminers, before "2", say it counts what follows.
var pairDeterminers = setOf("the", "these", "those", "both")

// oneOf reads "1" after "which", "that" or "this" as "one", as chat
// writes it ("jan number vs feb number, which 1 is bigger"): it picks one
// of things named, and is no figure asked of.
func oneOf(ws []string) []string {
	for i := 1; i < len(ws); i++ {
		if ws[i] == "1" && pickDeterminers[ws[i-1]] && (i+1 == len(ws) || !isDigit(ws[i+1][0])) {
			ws[i] = "one"
		}
	}
	return ws
}

// pickDeterminers, before "1", say it picks one of things named.
var pickDeterminers = setOf("which", "that", "this")

// numberWords are the words of numbers, read as digits where they are
// plainly a number: with a ten or a scale ("three thousand" is 3000,
// "seventy" 70), not "one" or "two" alone, which are as often no number at
// all; "a" only before a scale ("a thousand").
var numberWords = map[string]numberWord{
	"a": {1, false}, "one": {1, false}, "two": {2, false}, "three": {3, false}, "four": {4, false},
	"five": {5, false}, "six": {6, false}, "seven": {7, false}, "eight": {8, false}, "nine": {9, false},
	"ten": {10, false}, "eleven": {11, false}, "twelve": {12, false}, "thirteen": {13, false},
	"fourteen": {14, false}, "fifteen": {15, false}, "sixteen": {16, false}, "seventeen": {17, false},
	"eighteen": {18, false}, "nineteen": {19, false},
	"twenty": {20, false}, "thirty": {30, false}, "forty": {40, false}, "fifty": {50, false},
	"sixty": {60, false}, "seventy": {70, false}, "eighty": {80, false}, "ninety": {90, false},
	"hundred": {100, true}, "thousand": {1000, true}, "million": {1000000, true},
}

// A numberWord is a unit (under 20), a ten, or a scale that multiplies.
type numberWord struct {
	value int
	scale bool
}

// isNumberWord reports whether w is in numberWords, with no lookup for
// most words, which its filter rules out (wordfilter.go).
func isNumberWord(w string) bool {
	if !numberWordFilter.may(w) {
		return false
	}
	_, ok := numberWords[w]
	return ok
}

// numbers replaces each run of number words in ws by its digits.
func numbers(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); {
		n, j, plain := 0, i, true
		if isNumberWord(ws[i]) { // most words are none
			n, j, plain = numberAt(ws, i)
		} else if k, ok := thousands(ws[i]); ok {
			n, j, plain = k, i+1, false
		} else if k, ok := scaled(ws, i); ok {
			n, j, plain = k, i+2, false
		} else if k, ok := numberPlus(ws[i]); ok {
			n, j, plain = k, i+1, false
		}
		if j == i || plain {
			if out != nil {
				out = append(out, ws[i])
			}
			i++
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ws)), ws[:i]...)
		}
		out = append(out, strconv.Itoa(n))
		i = j
	}
	if out == nil {
		return ws
	}
	return out
}

// thousands reads chat's shorthand for a number of thousands ("3k" is
// 3000, "3.5k" 3500).
func thousands(w string) (int, bool) {
	digits, ok := strings.CutSuffix(w, "k")
	if !ok {
		return 0, false
	}
	return times(digits, 1000)
}

// times returns the number digits writes times scale, if digits is a
// number and the product a whole one ("3.5" thousand is 3500).
func times(digits string, scale int) (int, bool) {
	if digits == "" || !isNumber(digits) {
		return 0, false
	}
	f, err := strconv.ParseFloat(digits, 64)
	n := f * float64(scale)
	if err != nil || n != float64(int(n)) {
		return 0, false
	}
	return int(n), true
}

// scaled reads digits before a scale word ("5 thousand" is 5000, "3.5
// thousand" 3500), as people mix them.
func scaled(ws []string, i int) (int, bool) {
	// (digits first: every word is asked, and few are digits)
	if i+1 >= len(ws) || !isNumber(ws[i]) || !numberWords[ws[i+1]].scale {
		return 0, false
	}
	return times(ws[i], numberWords[ws[i+1]].value)
}

// numberAt reads the number words from ws[i], returning the number, the
// index after them, and whether they are only units ("one", "a").
func numberAt(ws []string, i int) (n, j int, plain bool) {
	total, cur := 0, 0
	plain = true
loop:
	for j = i; j < len(ws); j++ {
		w := ws[j]
		nw, ok := numberWords[w]
		switch {
		case !ok, nw.scale && j == i, w == "a" && (j+1 >= len(ws) || !numberWords[ws[j+1]].scale):
			break loop
		case !nw.scale && nw.value >= 10 && cur >= 10 && cur < 100 && total == 0:
			// a year said in two pairs ("twenty twenty five" is 2025,
			// "nineteen fifty" 1950): a ten never follows a ten in a count
			lo, k := nw.value, j+1
			if nw.value >= 20 && k < len(ws) && !numberWords[ws[k]].scale && numberWords[ws[k]].value < 10 && numberWords[ws[k]].value > 0 && ws[k] != "a" {
				lo, k = lo+numberWords[ws[k]].value, k+1
			}
			return cur*100 + lo, k, false
		case nw.scale:
			if nw.value == 100 {
				cur *= nw.value
			} else {
				total += cur * nw.value
				cur = 0
			}
			plain = false
		default:
			cur += nw.value
			plain = plain && nw.value < 20
		}
	}
	return total + cur, j, plain
}

// auxiliaryAt returns the length of a contracted auxiliary ("d", "ll",
// "re", "ve", "m") that starts s[i:] and ends a word, or 0.
func auxiliaryAt(s string, i int) int {
	j := i
	for j < len(s) && j-i < 3 && ('a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z') {
		j++
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return 0
		}
	}
	switch strings.ToLower(s[i:j]) {
	case "d", "ll", "re", "ve", "m":
		return j - i
	}
	return 0
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// possessive is the word splitWords makes of a possessive 's.
const possessive = "'s"

// isDigit is the one test of a digit, for bytes and runes alike: an ASCII
// digit, as splitWords writes every number ("3,000", "three thousand":
// 3000).
func isDigit[T byte | rune](c T) bool { return '0' <= c && c <= '9' }

// atoi is strconv.Atoi(w) and whether it read w, without the error it
// allocates for the words that are no number, as most are: a word that
// does not open with a digit or a sign is not read.
func atoi(w string) (int, bool) {
	if w == "" || !isDigit(w[0]) && w[0] != '+' && w[0] != '-' {
		return 0, false
	}
	v, err := strconv.Atoi(w)
	return v, err == nil
}

// isNumber reports whether w, a word as splitWords cuts it, is a number:
// digits, and a decimal point if any ("3000", "3.5"). A number is a fact of
// its own to the guards, and never corrected as a typo, nor a correction.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && w[i] != '.' {
			return false
		}
	}
	return true
}

// groupOfThree reports whether s[i:] starts with exactly three digits.
func groupOfThree(s string, i int) bool {
	if i+3 > len(s) || !isDigit(s[i]) || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
		return false
	}
	if i+3 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i+3:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '`' || r == '\u00b4'
}

func isDash(r rune) bool {
	return r == '-' || (r >= '\u2010' && r <= '\u2015') || r == '\u2212'
}

// foldQuote is how quotes are compared: curly and straight quotes alike,
// runs of white space as one space, none at the ends.
func foldQuote(s string) string {
	folded, _ := fold(s, false)
	return folded
}

// foldWithIndex folds s as foldQuote does and maps each byte of the result
// to the byte of s it came from.
func foldWithIndex(s string) (string, []int) {
	return fold(s, true)
}

func fold(s string, index bool) (string, []int) {
	if !index && foldsToItself(s) {
		return s, nil // most quotes: plain ASCII, single spaces
	}
	var b strings.Builder
	b.Grow(len(s))
	var idx []int
	if index {
		idx = make([]int, 0, len(s))
	}
	space := false
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\u2019' || r == '\u2018':
			r = '\''
		case r == '\u201c' || r == '\u201d':
			r = '"'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			if index {
				idx = append(idx, i)
			}
		}
		space = false
		n := b.Len()
		b.WriteRune(r)
		for k := n; index && k < b.Len(); k++ {
			idx = append(idx, i)
		}
	}
	return b.String(), idx
}

// foldsToItself reports whether fold leaves s as it is: ASCII with no
// space but single ones between words.
func foldsToItself(s string) bool {
	space := true // a leading space would be dropped
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ':
			if space {
				return false
			}
			space = true
		default:
			space = false
		}
	}
	return !space || s == ""
}

// conjunctionAt reports whether s holds, at i, "or" or "and" and a dash
// after it: the middle of "killed-or-wounded".
func conjunctionAt(s string, i int) bool {
	for _, c := range [...]string{"or", "and"} {
		if len(s) > i+len(c) && strings.EqualFold(s[i:i+len(c)], c) && s[i+len(c)] == '-' {
			return true
		}
	}
	return false
}

// isConjunction reports whether a word is "or" or "and".
func isConjunction(w []byte) bool {
	return string(w) == "or" || string(w) == "and"
}

// numberLeads are the words that, joined by a hyphen to a number before
// a noun ("the over-3,000 figure"), say how near the number is.
var numberLeads = setOf("over", "under", "about", "around", "nearly", "almost", "roughly", "some", "approximately", "approx", "circa", "nigh")
