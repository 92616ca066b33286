package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Finding the words a message puts in quotes, shared by the readings of a
// quoted claim (claimframe.go) and of quoted wording (quotedwording.go):
// a mark counts only where it opens or closes a word, so an apostrophe
// ("Kyiv's", "Budanov's") quotes nothing. A phrase is found in a sentence
// as whole words (quotedwording.go, and paragraphof.go's printedIn).

// quoteSpan returns where the first quoted words of s open and close
// (the marks included): a mark at a word's start, its match at a word's
// end ("Kyiv's" holds no mark).
func quoteSpan(s string) (from, to int, ok bool) {
	for i, r := range s {
		close, opens := quoteMarks[r]
		if !opens || i > 0 && !boundaryBefore(s, i) {
			continue
		}
		n := utf8.RuneLen(r)
		for j := i + n; j < len(s); {
			c, m := utf8.DecodeRuneInString(s[j:])
			if c == close && j > i+n && boundaryAfter(s, j+m) {
				return i, j + m, true
			}
			j += m
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// quoteMarks are the marks that open a quote, with the one that closes it.
var quoteMarks = map[rune]rune{'\'': '\'', '"': '"', '“': '”', '‘': '’'}

func boundaryBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || r == ':' || r == '(' || r == '-' || r == '—'
}

func boundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(r)
}

// quotedPhrases returns the phrases s puts in quotes, each found as
// quoteSpan finds one: "Budanov's" quotes nothing.
func quotedPhrases(s string) []string {
	var out []string
	for rest := s; ; {
		from, to, ok := quoteSpan(rest)
		if !ok {
			return out
		}
		if p := strings.TrimSpace(quoteInner(rest, from, to)); p != "" {
			out = append(out, p)
		}
		rest = rest[to:]
	}
}

// quoteInner returns what the quote s[from:to], marks and all as
// quoteSpan finds it, holds between its marks (a curly mark is more than
// one byte).
func quoteInner(s string, from, to int) string {
	_, open := utf8.DecodeRuneInString(s[from:])
	_, close := utf8.DecodeLastRuneInString(s[:to])
	return s[from+open : to-close]
}

// wholeWordsIn reports whether q is in s with no letter or digit joined
// to either end: "POW" is not printed in "POWs".
func wholeWordsIn(s, q string) bool {
	for from := 0; ; {
		at := strings.Index(s[from:], q)
		if at < 0 {
			return false
		}
		at += from
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[at+len(q):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		from = at + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
