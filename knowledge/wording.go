package knowledge

import (
	"slices"
	"strconv"
	"strings"
)

// A reader matching a register, a translator or a teacher asks for the
// report's own words rather than for what they say: "What word does the
// report use for the soldiers who died by January 2025?", "Which verb does
// paragraph 6 use for how North Korea sent its personnel?", "What exact
// term does the article use for the agency Budanov heads?", "How does the
// report qualify the Kursk region's status? What exact phrase?". The
// frame names no topic of the report ("word", "verb", "use" sink the
// question when read with it), and the curated answer says what is meant
// in its own words ("killed or injured"), not the report's ("perished").
// So the thing the words are asked for is asked alone ("the soldiers who
// died by January 2025", with the paragraph pointed at), under every guard
// a question is, and its answer is given as the report's sentence that
// says it, verbatim: the quote of the paragraph pointed at, else the
// answer's first. A question the thing alone does not answer is read
// whole, as before.

// wordingNouns name a piece of wording a question asks for.
var wordingNouns = setOf("word", "words", "term", "terms", "verb", "verbs", "noun", "nouns", "adjective", "adjectives",
	"adverb", "adverbs", "phrase", "phrases", "phrasing", "wording", "expression", "expressions", "label", "descriptor")

// wordingCounts may stand between "what" and the wording noun: "what
// exact term", "which two adjectives".
var wordingCounts = setOf("exact", "precise", "specific", "particular", "single", "one", "two", "three", "actual", "same", "key")

// wordingWriters name the report as a piece of writing that uses words.
var wordingWriters = setOf("report", "article", "story", "piece", "text", "author", "writer", "reporter", "journalist", "it")

// wordingUses are the verbs of using a word, after the report.
var wordingUses = setOf("use", "uses", "used", "employ", "employs", "choose", "chooses", "pick", "picks", "give", "gives")

// wordingDescribes are the verbs of describing something in words, after
// "how does the report" or "in what words does the report".
var wordingDescribes = setOf("describe", "qualify", "characterise", "characterize", "put", "call", "portray", "depict",
	"word", "phrase", "label", "term", "refer")

// wordingLinks join the verb of using to the thing it is used for: "use
// for", "use to describe", "use when describing".
var wordingLinks = [][]string{
	{"to", "describe"}, {"to", "refer", "to"}, {"to", "characterise"}, {"to", "characterize"}, {"to", "qualify"},
	{"to", "call"}, {"to", "name"}, {"to", "denote"}, {"to", "label"}, {"when", "describing"}, {"when", "referring", "to"},
	{"when", "talking", "about"}, {"in", "describing"}, {"for"}, {"about"}, {"of"}, {"regarding"}, {"describing"},
}

// wordingMarks are byte strings one of which a question asking for
// wording holds (see mayAskWording).
var wordingMarks = marksOf("word", "term", "verb", "noun", "adjectiv",
	"phras", "expression", "label", "descriptor", "describ", "qualif",
	"characteri", "portray", "depict", "line that")

// mayAskWording reports whether s holds a wording noun at all, in any
// case: nearly every question does not, and is not cut into words again.
func mayAskWording(s string) bool {
	return holdsMark(s, wordingMarks)
}

// wordingAsked returns the message with its question for the report's own
// words replaced by the thing the words are asked for, and whether it
// asks for wording: "What noun does paragraph 8 use for the roughly 4,000
// losses?" is "the roughly 4000 losses in paragraph 8". A sentence that
// only asks for the words ("What exact phrase?") makes the sentence of
// how the report describes a thing ("How does the report qualify the
// Kursk region's status?") ask for them.
func wordingAsked(message string) (string, bool) {
	if !mayAskWording(message) {
		return "", false
	}
	sents := splitMessage(message)
	words := make([][]string, len(sents))
	bare := -1
	for i, s := range sents {
		words[i] = sentenceWords(withoutOffered(s))
		if bareWordingAsked(words[i]) {
			bare = i
		}
	}
	changed := false
	for i, ws := range words {
		rest, ok := usedFor(ws)
		if !ok {
			rest, ok = wordedHow(ws, bare >= 0)
		}
		if !ok {
			rest, ok = wordingOn(ws)
		}
		if !ok {
			rest, ok = lineThatSays(ws)
		}
		if !ok {
			rest, ok = wordsDescribe(ws) // wordsdescribe.go
		}
		if ok {
			// (its mark kept: "... by January 2025? I need to match
			// the register." keeps its remark after it)
			sents[i], changed = joinWords(rest)+closingMark(sents[i]), true
		}
	}
	if !changed {
		return "", false
	}
	if bare >= 0 {
		sents = slices.Delete(sents, bare, bare+1)
	}
	return strings.Join(sents, " "), true
}

// bareWordingAsked reports whether ws only asks for wording: "what exact
// phrase?", "which word?", "what term does it use?".
func bareWordingAsked(ws []string) bool {
	i, ok := wordingNoun(ws)
	if !ok {
		return false
	}
	rest := ws[i+1:]
	switch {
	case len(rest) == 0:
		return true
	case len(rest) == 3 && (rest[0] == "does" || rest[0] == "did") && rest[1] == "it" && wordingUses[rest[2]]:
		return true
	}
	return len(rest) == 2 && (rest[0] == "is" || rest[0] == "was") && rest[1] == "used"
}

// wordingNoun returns the index of the wording noun a sentence opens with
// ("what exact term", "which two adjectives"), and whether it opens so.
func wordingNoun(ws []string) (int, bool) {
	if len(ws) < 2 || ws[0] != "what" && ws[0] != "which" {
		return 0, false
	}
	i := 1
	for i < len(ws) && wordingCounts[ws[i]] {
		i++
	}
	if i < len(ws) && wordingNouns[ws[i]] {
		return i, true
	}
	return 0, false
}

// usedFor reads "what word does the report use for X" and "which term is
// used in paragraph 2 for X" as X, with the paragraph the frame points at
// after it.
func usedFor(ws []string) ([]string, bool) {
	i, ok := wordingNoun(ws)
	if !ok || i+2 >= len(ws) {
		return nil, false
	}
	j := i + 1
	var para []string
	switch ws[j] {
	case "does", "did", "do":
		k, p, ok := wordingWriter(ws, j+1)
		if !ok || k >= len(ws) || !wordingUses[ws[k]] {
			return nil, false
		}
		j, para = k+1, p
	case "is", "was", "are", "were":
		if ws[j+1] != "used" {
			return nil, false
		}
		j += 2
		if j < len(ws) && (ws[j] == "in" || ws[j] == "by") {
			k, p, ok := wordingWriter(ws, j+1)
			if ok {
				j, para = k, p
			}
		}
	default:
		return nil, false
	}
	link := false
	for _, l := range wordingLinks {
		if hasPrefix(ws[j:], l) {
			j, link = j+len(l), true
			break
		}
	}
	if !link {
		return nil, false
	}
	return wordingRest(ws[j:], para)
}

// wordingOnLinks join a wording noun to the thing it is asked for with
// no verb of using between: "the exact wording on X", "the phrasing for X".
var wordingOnLinks = setOf("on", "for", "of", "about", "regarding")

// wordingOn reads "what's the exact wording on X" and "and what is the
// precise phrasing for X" as X: the wording noun after "what is the",
// with a link and no verb of using. "What's the word on X" with no
// "exact" asks the news of X, no wording.
func wordingOn(ws []string) ([]string, bool) {
	for len(ws) > 1 && movesOn[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) < 4 || ws[0] != "what" && ws[0] != "which" {
		return nil, false
	}
	i := 1
	if ws[i] == "'s" || ws[i] == "is" || ws[i] == "was" || ws[i] == "are" {
		i++
	}
	if i < len(ws) && ws[i] == "the" {
		i++
	}
	counted := false
	for i < len(ws) && wordingCounts[ws[i]] {
		i, counted = i+1, true
	}
	if i+2 >= len(ws) || !wordingNouns[ws[i]] || !wordingOnLinks[ws[i+1]] {
		return nil, false
	}
	if ws[i] == "word" && !counted && (ws[i+1] == "on" || ws[i+1] == "about") {
		return nil, false // "what's the word on the casualties?" asks the news
	}
	return wordingRest(ws[i+2:], nil)
}

// wordedHow reads "how does the report word X" and "in what words does
// the article describe X" as X; with a sentence that only asks for
// wording beside it (bare), also "how does the report describe X".
func wordedHow(ws []string, bare bool) ([]string, bool) {
	j := 0
	switch {
	case len(ws) > 3 && ws[0] == "how" && (ws[1] == "does" || ws[1] == "did"):
		j = 2
	case len(ws) > 4 && ws[0] == "in" && (ws[1] == "what" || ws[1] == "which"):
		i, ok := wordingNoun(ws[1:])
		if !ok || i+2 >= len(ws) || ws[i+2] != "does" && ws[i+2] != "did" {
			return nil, false
		}
		j, bare = i+3, true
	default:
		return nil, false
	}
	k, para, ok := wordingWriter(ws, j)
	if !ok || k >= len(ws) || !wordingDescribes[ws[k]] {
		return nil, false
	}
	if ws[k] != "word" && ws[k] != "phrase" && !bare && para == nil {
		// ("how does paragraph 1 describe the casualties?": a paragraph
		// pointed at describes in its own words, which are asked)
		return nil, false
	}
	k++
	if k < len(ws) && ws[k] == "to" {
		k++ // "refer to"
	}
	return wordingRest(ws[k:], para)
}

// wordingWriter reads the report as the one that uses words at ws[i:]:
// "the report", "its author", "paragraph 8", "the closing paragraph". It
// returns the index after it and, for a paragraph, the words that point
// at it, to ask the thing in ("in paragraph 8").
func wordingWriter(ws []string, i int) (int, []string, bool) {
	if i < len(ws) && (ws[i] == "the" || ws[i] == "this" || ws[i] == "that" || ws[i] == "its") {
		i++
	}
	switch {
	case i >= len(ws):
		return 0, nil, false
	case wordingWriters[ws[i]]:
		return i + 1, nil, true
	case paragraphWords[ws[i]] && i+1 < len(ws):
		if _, err := strconv.Atoi(ws[i+1]); err == nil {
			return i + 2, []string{"in", "paragraph", ws[i+1]}, true
		}
	case ordinals[ws[i]] != 0 && i+1 < len(ws) && paragraphWords[ws[i+1]]:
		return i + 2, []string{"in", "the", ws[i], "paragraph"}, true
	}
	return 0, nil, false
}

// wordingRest is the thing the wording is asked for, with the paragraph
// pointed at after it; not ok when it names nothing.
func wordingRest(rest, para []string) ([]string, bool) {
	if !slices.ContainsFunc(rest, func(w string) bool { return !stopWords[w] }) {
		return nil, false
	}
	return append(slices.Clone(rest), para...), true
}

// withoutOffered returns sentence s without the words it offers to choose
// from after a comma or a colon ("... for the captured soldiers,
// 'detainees' or something else?", "... in paragraph 2: welfare,
// treatment, or rights?"): they are candidates for the report's word, not
// the thing it is the word for.
func withoutOffered(s string) string {
	i := strings.IndexAny(s, ",:")
	if i < 0 || !strings.Contains(s[i:], " or ") {
		return s
	}
	return s[:i]
}

// closingMark returns the mark that closes sentence s ("?", "."), or "".
func closingMark(s string) string {
	s = strings.TrimSpace(s)
	if s != "" && strings.IndexByte("?.!", s[len(s)-1]) >= 0 {
		return s[len(s)-1:]
	}
	return ""
}

// hasPrefix reports whether ws opens with p.
func hasPrefix(ws, p []string) bool {
	return len(ws) >= len(p) && slices.Equal(ws[:len(p)], p)
}

// inReportWords gives answer a, to a question asking for the report's
// words for the thing asked (see wordingAsked), as the report's sentences
// that say it, verbatim: the quotes of the paragraph the question points
// at, else every quote of the answer, whose words may be in any of them
// ("the captured soldiers" are the report's "prisoners of war" in one, its
// "soldiers captured by Ukraine" in another). An answer with no quote is
// given as it is.
func (e *Engine) inReportWords(a Answer, asked string) Answer {
	if len(a.Citations) == 0 {
		return a
	}
	cs := a.Citations
	if p, _ := paragraphAsked(sentenceWords(asked), e.an.leads); p != 0 {
		if p == lastParagraph {
			p = len(e.pack.Paragraphs)
		}
		if in := slices.DeleteFunc(slices.Clone(cs), func(c Citation) bool { return c.Paragraph != p }); len(in) > 0 {
			cs = in
		}
	}
	var b strings.Builder
	b.WriteString("In the report's words: ")
	for i, c := range cs {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString("\"" + c.Quote + "\" (paragraph " + strconv.Itoa(c.Paragraph) + ")")
	}
	a.Text = b.String() + "."
	a.Citations = cs
	return a
}

// wordedInSeveral reports whether the thing a question asks the report's
// words for (asked, the thing alone, see wordingAsked) is one the report
// names in several of its sentences, in several words: "What words does
// the article use to describe North Korea's losses?" is answered by no
// one entry's quotes ("perished", "fatalities", where it also says
// "substantial", "severe"), and "the soldiers who died by January 2025"
// by the one sentence that names them all. A thing pointed at in a
// paragraph, or with a word the pack does not know, is not counted.
func (e *Engine) wordedInSeveral(asked string) bool {
	s := e.sentences
	if s == nil {
		return false
	}
	ws := sentenceWords(asked)
	if len(ws) > 0 && isQuestionWord(ws[0]) {
		// "where the troops are deployed": its question word picks
		// the one sentence that says where
		return false
	}
	an := e.an.analyzeWords(ws, true)
	if an.paragraph != 0 || len(an.unknown) > 0 {
		return false
	}
	var ts []string
	for _, t := range an.terms {
		if t.kind != KindQuestion && t.kind != KindFiller && t.kind != KindFrame {
			ts = append(ts, t.text)
		}
	}
	if len(ts) == 0 {
		return false
	}
	n := 0
	for i := range s.entries {
		if !slices.ContainsFunc(ts, func(t string) bool { return !s.entries[i].names(t) }) {
			n++
		}
	}
	return n > 1
}

// lineThatSays reads "(quote) the line that says how many soldiers went
// to Russia" as what the line says: "how many soldiers went to Russia".
func lineThatSays(ws []string) ([]string, bool) {
	i := slices.Index(ws, "line")
	if i < 1 || ws[i-1] != "the" || i+2 >= len(ws) || ws[i+1] != "that" || ws[i+2] != "says" && ws[i+2] != "gives" && ws[i+2] != "mentions" {
		return nil, false
	}
	return wordingRest(ws[i+3:], nil)
}
