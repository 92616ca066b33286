package knowledge

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
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
// question is confirmed when printed, and declined when it is asked as
// the words of one the report names and is printed only in sentences
// that do not name them (printedWithout). Anything else (neither printed,
// both, a phrase asked what it means) is left to the question read as
// usual.

// quotedFrame are the words that ask how the report words or spells
// something, one of which a question of quoted wording holds.
var quotedFrame = setOf("say", "says", "said", "spell", "spelled", "spelt", "spells", "spelling", "written", "write",
	"writes", "wrote", "word", "words", "wording", "phrase", "phrased", "phrasing", "term", "given", "use", "uses",
	"used", "read", "reads", "text", "hyphen", "hyphenated", "printed", "print", "render", "rendered")

// quotedNameWords say what the quoted words are to the report, a name
// or its letters ("is the minister's name given as 'Cho Tae-yul'?"), no
// more than the frame does.
var quotedNameWords = setOf("name", "names", "named", "title", "letters", "letter", "capital", "capitalized", "exact", "exactly",
	"verbatim", "literally", "quote", "quotes", "quoted", "like", "form", "version")

// quotedYesNo are the words a yes-or-no question opens with: the forms
// of "be" (beAux) and doAux's "do", "have" and the modals ("will",
// "can", "should", "might"...).
var quotedYesNo = withWords(beAux, slices.Collect(maps.Keys(doAux))...)

// printedAt returns the first sentence of the report, in paragraph p when
// p is not 0, that prints phrase as whole words and holds each word of
// need, its paragraph and its place in it.
func (e *Engine) printedAt(phrase string, p int, need []string) (string, int, int, bool) {
	q := strings.ToLower(foldQuote(phrase))
	for n, para := range e.pack.Paragraphs {
		if p != 0 && n+1 != p {
			continue
		}
		for j, s := range sentences(para) {
			if wholeWordsIn(strings.ToLower(foldQuote(s)), q) && holdsAll(sentenceWords(s), need) {
				return s, n + 1, j + 1, true
			}
		}
	}
	return "", 0, 0, false
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
	var need []string
	if len(phrases) == 1 && yesNoBefore(question, phrases[0]) {
		need = e.wordsBesideQuote(question, phrases[0])
	}
	found, at, para, nth := -1, "", 0, 0
	for i, ph := range phrases {
		s, n, j, ok := e.printedAt(ph, p, need)
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
		return e.printedWithout(a, question, phrases, p, need, tr)
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

// printedWithout answers a yes-or-no question of one quoted phrase put as
// the words of one the report names ("Did Cho say 'prisoners of war'?"),
// when no sentence printing the phrase names them and one prints it
// without: the phrase is the report's, but not as theirs, and the question
// read for its meaning would confirm what the report says of the phrase
// instead ("Yes. South Korea has said it is ready to accept the prisoners
// of war"). Other words beside the phrase ("the POWs have to 'express
// interest' in moving") may be the report's in other words, and are left
// to the question read as usual.
func (e *Engine) printedWithout(a Answer, question string, phrases []string, p int, need []string, tr *trace) (Answer, bool) {
	if len(need) != 1 || len(phrases) != 1 || !e.namesSpeaker(question, need[0]) {
		return a, false
	}
	if _, _, _, ok := e.printedAt(phrases[0], p, nil); !ok {
		return a, false
	}
	tr.note("quoted wording: the report prints " + strconv.Quote(phrases[0]) + ", in no sentence naming " + need[0])
	a.Answered, a.Outcome = false, Declined
	a.Text = "The report prints \"" + phrases[0] + "\", but not as " + asWritten(question, need[0]) + "'s words."
	return a, true
}

// namesSpeaker reports whether w, a word of question, is by itself the
// name of one who can say something: a person, a country, a body, a group.
func (e *Engine) namesSpeaker(question, w string) bool {
	an := e.an.analyze(question, false)
	for _, t := range an.terms {
		if t.kind == KindEntity && t.end == t.pos+1 && t.pos < len(an.words) && an.words[t.pos] == w {
			cl := e.referentInfo[t.text].class
			return cl == "person" || cl == "country" || cl == "body" || cl == "group"
		}
	}
	return false
}

// wordsBesideQuote returns the words of question outside the quoted
// phrase that say more than how the report words it: "Did Budanov say
// 'KN-23'?" asks whether Budanov said it, and "Does the report say Russia
// lost 'over 3,000' soldiers?" whom the number counts. A sentence that
// prints the phrase confirms it only when it names these too; the frame
// ("does the report say"), the report's own names and a paragraph asked
// about are no such words.
func (e *Engine) wordsBesideQuote(question, phrase string) []string {
	rest := clauseBefore(question, phrase)
	if i := strings.Index(question, phrase); i >= 0 {
		after := question[i+len(phrase):]
		if j := strings.IndexAny(after, ".;?!"); j >= 0 {
			after = after[:j]
		}
		rest += " " + after
	}
	ws := sentenceWords(rest)
	_, ws = paragraphAsked(ws, e.an.leads)
	var out []string
	for _, w := range ws {
		if quotedYesNo[w] || quotedFrame[w] || quotedNameWords[w] || sentenceFunctionWords[w] || reportWords[w] || wordingWriters[w] ||
			paragraphNouns[w] || isNumber(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// holdsAll reports whether each of need is one of ws.
func holdsAll(ws, need []string) bool {
	for _, w := range need {
		if !slices.Contains(ws, w) {
			return false
		}
	}
	return true
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

// asWritten returns word w (lower case) as question writes it ("Cho").
func asWritten(question, w string) string {
	for _, f := range strings.FieldsFunc(question, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		if strings.EqualFold(f, w) {
			return f
		}
	}
	return w
}
