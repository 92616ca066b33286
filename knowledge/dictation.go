package knowledge

import "strings"

// A question dictated to a phone arrives with its punctuation spelt out
// when the dictation does not write it: "where are the north korean troops
// fighting comma is it in kursk question mark", "does south korea still
// support ukraine period what did cho say". The marks' names are words
// the pack does not know, which sink the question, and the sentences they
// mark run into one. undictated writes each mark for its name, before the
// message is cut into sentences.
//
// "question mark", "exclamation mark" (or point), "full stop" and "comma"
// name their mark wherever they stand: nobody asks of them in a question
// about a news report. The other names are words as well ("which period",
// "a dash of"): they name a mark only in a message that names one of the
// marks above, or, for "period", as its last word after a word that does
// not take it as a noun ("... about more troops period", not "in the same
// period").

// dictatedMarks are the names of marks that are always dictation, and
// maybeMarks those that are only beside another, each split into its
// words once, here.
var (
	dictatedMarks = marksNamed(
		"question mark", "?", "questionmark", "?", "exclamation mark", "!", "exclamation point", "!",
		"full stop", ".", "comma", ",")
	maybeMarks = marksNamed(
		"period", ".", "colon", ":", "semicolon", ";", "semi colon", ";", "dash", " —",
		"dot dot dot", "...", "ellipsis", "...", "new line", ".", "new paragraph", ".", "next line", ".",
		"open quote", "", "close quote", "", "end quote", "", "unquote", "")
)

// dictationHints are what a message must hold, lowered, to name a mark
// of dictatedMarks, or "period": a mark of maybeMarks is one only beside
// those (see undictated).
var dictationHints = []string{"question mark", "questionmark", "exclamation", "full stop", "comma", "period"}

// dictationStarts are the first letters of dictationHints: mayDictate
// compares hints only where one stands.
var dictationStarts = func() (starts [256]bool) {
	for _, h := range dictationHints {
		starts[h[0]] = true
	}
	return starts
}()

type dictatedMark struct {
	parts []string // the name's words
	mark  string
}

// marksNamed returns the marks of pairs of a name and its mark.
func marksNamed(pairs ...string) []dictatedMark {
	var ms []dictatedMark
	for i := 0; i+1 < len(pairs); i += 2 {
		ms = append(ms, dictatedMark{strings.Fields(pairs[i]), pairs[i+1]})
	}
	return ms
}

// periodNouns are the words before "period" that make it a noun: "that
// period", "the same period", "what time period".
var periodNouns = setOf("the", "that", "this", "a", "an", "what", "which", "same", "time", "whole", "each", "every", "given",
	"reporting", "short", "long", "any", "some", "its", "their", "his", "her", "our", "my", "your", "whose", "transition",
	"waiting", "trial", "grace", "war", "earlier", "later", "first", "last", "next", "previous", "following")

// undictated returns message with its dictated marks written as marks, and
// whether it had any.
func undictated(message string) (string, bool) {
	if !mayDictate(message) {
		return "", false
	}
	toks := strings.Fields(message)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = strings.ToLower(strings.TrimRight(t, ".,?!;:"))
	}
	sure := false
	for i := range words {
		if _, n := markAt(words, toks, i, dictatedMarks); n > 0 {
			sure = true
			break
		}
	}
	var out []string
	found := false
	for i := 0; i < len(toks); i++ {
		mark, n := markAt(words, toks, i, dictatedMarks)
		if n == 0 {
			mark, n = markAt(words, toks, i, maybeMarks)
			if n > 0 && !sure && !lastPeriod(words, toks, i, n) {
				n = 0
			}
		}
		if n == 0 {
			out = append(out, toks[i])
			continue
		}
		found = true
		if len(out) > 0 {
			out[len(out)-1] = strings.TrimRight(out[len(out)-1], ".,;:") + mark
		}
		i += n - 1
	}
	if !found {
		return "", false
	}
	return strings.Join(out, " "), true
}

// mayDictate is whether message may name a mark, at a glance: most do
// not, and are not cut into words here. (Each hint is compared in place,
// ignoring case, where its first letter stands: no lowered copy of the
// message.)
func mayDictate(message string) bool {
	for i := 0; i < len(message); i++ {
		c := message[i] | 0x20 // (an ASCII letter, lowered)
		if !dictationStarts[c] {
			continue // most letters start no hint: none compared
		}
		for _, h := range dictationHints {
			if c == h[0] && i+len(h) <= len(message) && strings.EqualFold(message[i:i+len(h)], h) {
				return true
			}
		}
	}
	return false
}

// markAt returns the mark whose name starts at words[i], of marks, and
// how many words the name is; 0 if none. Only the name's last word may
// be followed by a mark the asker or the dictation wrote ("question
// mark?"), and a name written with a mark after it other than a full
// stop is no mark's when it may be a word ("period?").
func markAt(words, toks []string, i int, marks []dictatedMark) (string, int) {
next:
	for _, m := range marks {
		parts := m.parts
		if i+len(parts) > len(words) {
			continue
		}
		for k, p := range parts {
			if words[i+k] != p || k < len(parts)-1 && len(words[i+k]) != len(toks[i+k]) {
				continue next // not "question. mark"
			}
		}
		return m.mark, len(parts)
	}
	return "", 0
}

// lastPeriod is whether the n words at i are "period" as the message's
// last word, after a word that does not take it as a noun, and written
// with no mark but a full stop after it.
func lastPeriod(words, toks []string, i, n int) bool {
	if n != 1 || words[i] != "period" || i != len(words)-1 || i == 0 {
		return false
	}
	if t := strings.TrimRight(toks[i], "."); len(t) != len(words[i]) {
		return false // "in the same period?"
	}
	return !periodNouns[words[i-1]]
}
