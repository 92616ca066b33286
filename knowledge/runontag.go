package knowledge

import (
	"slices"
	"strings"
	"unicode"
)

// A question tag is written in chat with no comma before it: "north
// korea hasnt been in a scrap like this since the 80s has it", "Cho done
// this deal face tae face in Kyiv did he?". Read as one piece, the
// statement and its tag are no question a tag ends (cutNegatedTag finds
// the tag only as a piece of its own), and the claim was asked as it
// stands, its wrong detail declined. Cut off, the tag puts the statement
// to check as "..., right?" does, so that its wrong detail (the 80s for
// the 1950s) is corrected as any claim's is (factcheck.go).

// cutRunOnTag cuts a question tag run on to the statement it asks back,
// with no comma before it, as chat writes one ("north korea hasnt been in
// a scrap like this since the 80s has it", "Cho done this deal in Kyiv
// did he?"): the last two words a tag, after three or more that state
// (no question word among them, none opening them, nor a negation), so
// that "who is he?" or "which war was it?" stay questions.
func cutRunOnTag(s string) (string, bool) {
	// Every message passes here: its last words are found from its end,
	// and only a message that ends in a tag is split whole.
	var last [5]string
	got := 0
	for t := s; got < len(last); got++ {
		t = strings.TrimRightFunc(t, unicode.IsSpace)
		if t == "" {
			break
		}
		i := strings.LastIndexFunc(t, unicode.IsSpace)
		last[got] = t[i+1:]
		t = t[:max(i, 0)]
	}
	if got < len(last) {
		return s, false
	}
	tag := tagWords(s, last[1], last[0])
	if len(tag) != 2 || !tagAux[tag[0]] || !tagPronouns[tag[1]] {
		return s, false
	}
	fields := strings.Fields(s)
	n := len(fields)
	rest := strings.Join(fields[:n-2], " ")
	ws := sentenceWords(rest)
	if len(ws) < 3 || questionStarts[ws[0]] || negations[ws[0]] || slices.ContainsFunc(ws, isQuestionWord) || strings.ContainsAny(rest, "?") {
		return s, false
	}
	return rest, true
}

// lastTwo is a message's second-last and last words, a and b, joined by
// one space: the piece of s itself where one space parts them, as it
// mostly does, with no string joined.
func lastTwo(s, a, b string) string {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	if n := len(t) - len(b) - 1 - len(a); n >= 0 && t[len(t)-len(b)-1] == ' ' && t[n:n+len(a)] == a && t[len(t)-len(b):] == b {
		return t[n:]
	}
	return a + " " + b
}

// tagWords is sentenceWords of a message's last two words, a and b (see
// lastTwo). Most messages end in two words of lower-case letters, the
// last with only marks after it ("... in kursk?"): those are the words
// cut, so they are read as sentenceWords reads its words once cut, with
// no text copied to cut them.
func tagWords(s, a, b string) []string {
	bl := strings.TrimRight(b, "?!.,")
	if !lowerLetters(a) || !lowerLetters(bl) {
		return sentenceWords(lastTwo(s, a, b))
	}
	// (nothing sentenceWords reads before its cut is in them: no
	// blank, emote, markup nor "US"; they cut into a and bl alone)
	ws := []string{a, bl}
	return sentenceReadings(readBlanks(oneOf(twoOf(bounds(numbers(ws))))))
}

// lowerLetters reports whether w is one or more lower-case ASCII letters.
func lowerLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}
