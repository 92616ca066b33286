package knowledge

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A copy editor checks the report's exact words, each put in quotes: "Does
// paragraph 1 say 'significant casualties' or 'heavy casualties'?", "Is it
// spelled 'Kyiv' or 'Kiev' in the piece?", "is the minister's name given
// as 'Cho Tae-yul' with a hyphen?". Read for their meaning, both phrases
// name the same thing, and the entry that answers it is given in the
// curator's words, which need not be either ("severe losses"): what is
// asked is which string of letters the report prints. So the quoted
// phrases are looked up in the report's sentences as they are written
// (case and curly quotes aside, whole words): of two offered, the one
// printed is the answer when the other is not; one put alone to a yes-or-no
// question is confirmed when printed. Anything else (neither printed, both,
// a phrase asked what it means) is left to the question read as usual.

// quotedFrame are the words that ask how the report words or spells
// something, one of which a question of quoted wording holds.
var quotedFrame = setOf("say", "says", "said", "spell", "spelled", "spelt", "spells", "spelling", "written", "write",
	"writes", "wrote", "word", "words", "wording", "phrase", "phrased", "phrasing", "term", "given", "use", "uses",
	"used", "read", "reads", "text", "hyphen", "hyphenated", "printed", "print", "render", "rendered")

// quotedYesNo are the words a yes-or-no question opens with: the
// auxiliaries.
var quotedYesNo = withWords(beAux, slices.Collect(maps.Keys(doAux))...)

// quotedPhrases returns the phrases s puts in quotes, each found as
// claimframe.go's quoteSpan finds one: "Budanov's" quotes nothing.
func quotedPhrases(s string) []string {
	var out []string
	for rest := s; ; {
		from, to, ok := quoteSpan(rest)
		if !ok {
			return out
		}
		_, open := utf8.DecodeRuneInString(rest[from:])
		_, close := utf8.DecodeLastRuneInString(rest[:to])
		if p := strings.TrimSpace(rest[from+open : to-close]); p != "" {
			out = append(out, p)
		}
		rest = rest[to:]
	}
}

// printedAt returns the first sentence of the report, in paragraph p when
// p is not 0, that prints phrase as whole words, its paragraph and its
// place in it.
func (e *Engine) printedAt(phrase string, p int) (string, int, int, bool) {
	q := strings.ToLower(foldQuote(phrase))
	for n, para := range e.pack.Paragraphs {
		if p != 0 && n+1 != p {
			continue
		}
		for j, s := range sentences(para) {
			if wholeWordsIn(strings.ToLower(foldQuote(s)), q) {
				return s, n + 1, j + 1, true
			}
		}
	}
	return "", 0, 0, false
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

// quotedWording answers a question of the report's exact words, put in
// quotes (see above); ok is false for any other.
func (e *Engine) quotedWording(a Answer, question string, tr *trace) (Answer, bool) {
	if !strings.ContainsAny(question, "'\"‘“") {
		return a, false
	}
	phrases := quotedPhrases(question)
	if len(phrases) == 0 || len(phrases) > 3 {
		return a, false
	}
	ws := sentenceWords(question)
	if !slices.ContainsFunc(sentenceWords(clauseBefore(question, phrases[0])), func(w string) bool { return quotedFrame[w] }) {
		// "The article says NK troops are in Kursk. is that confirmed or
		// just 'reports'?" asks no wording: its "says" is another sentence's
		return a, false
	}
	p, _ := paragraphAsked(ws, e.an.leads)
	if p == lastParagraph {
		p = len(e.pack.Paragraphs)
	}
	found, at, para, nth := -1, "", 0, 0
	for i, ph := range phrases {
		s, n, j, ok := e.printedAt(ph, p)
		if !ok {
			continue
		}
		if found >= 0 {
			tr.note("quoted wording: more than one of the phrases is printed")
			return a, false
		}
		found, at, para, nth = i, s, n, j
	}
	if found < 0 {
		return a, false
	}
	var b strings.Builder
	switch {
	case len(phrases) > 1 && strings.Contains(strings.ToLower(question), " or "):
		b.WriteString("It says \"" + phrases[found] + "\"")
		var not []string
		for i, ph := range phrases {
			if i != found {
				not = append(not, "\""+ph+"\"")
			}
		}
		b.WriteString(", not " + strings.Join(not, " or ") + ": ")
	case len(phrases) == 1 && yesNoBefore(question, phrases[0]):
		b.WriteString("Yes, the report prints \"" + phrases[found] + "\": ")
	default:
		return a, false
	}
	b.WriteString("\"" + at + "\" (paragraph " + strconv.Itoa(para) + ").")
	tr.note("quoted wording: the report prints " + strconv.Quote(phrases[found]))
	a.Answered, a.Outcome = true, Answered
	a.Text = b.String()
	a.Confidence = 1
	a.Citations = []Citation{{Paragraph: para, Quote: at}}
	a.EntryID, a.Topic = sentenceID(para, nth), sentenceTopic // as an answer from the sentence is
	tr.checked(a.EntryID, &candidate{score: 1, cov: 1, cos: 1}, nil, "")
	return a, true
}

// yesNoBefore reports whether the clause phrase is quoted in opens as a
// yes-or-no question: "Checking the spelling: is the name given as ...".
// A phrase offered as one of a choice ("confirmed or just 'reports'")
// is not put alone.
func yesNoBefore(question, phrase string) bool {
	before := clauseBefore(question, phrase)
	ws := sentenceWords(before)
	return len(ws) > 0 && quotedYesNo[ws[0]] && !slices.Contains(ws, "or")
}

// clauseBefore returns the words of question's clause before phrase, from
// the last mark that ends a sentence or a lead-in.
func clauseBefore(question, phrase string) string {
	before := question
	if i := strings.Index(question, phrase); i >= 0 {
		before = question[:i]
	}
	if i := strings.LastIndexAny(before, ".:;?!"); i >= 0 {
		before = before[i+1:]
	}
	return before
}
