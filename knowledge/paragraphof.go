package knowledge

import (
	"maps"
	"slices"
	"strings"
)

// A question may ask which paragraph says a thing: "Which paragraph
// mentions the KN-23?", "In which paragraph is the phone call described?",
// "Kindly identify the paragraph in which the Joint Chiefs of Staff are
// mentioned." Its "paragraph" is no word of any entry, so as it stands no
// entry answers it. The thing alone ("the KN-23", "the phone call") is
// asked instead, and the entry that answers it says where: its citations
// are the paragraphs, named as "which paragraph?" of the last answer names
// them (Lines.InParagraphs). The thing that nothing answers is declined as
// before.

// paragraphNouns are the words for a paragraph a question may ask which
// of. A sentence is asked as its paragraph is: "which sentence
// says they have to want it?" is answered with the sentences cited.
// "par" and "graf" are a newsroom's words for a paragraph ("which par
// has the Joint Chiefs line?"); asked only after "which"/"what" or in
// "the par in which", so "on par with" is not one.
var paragraphNouns = setOf("paragraph", "paragraphs", "para", "paras", "par", "pars", "graf", "grafs", "sentence", "sentences")

// mentionVerbs are the plain verbs by which a paragraph says a thing
// that the pack's report frame does not list (it lists "say", "mention",
// "state", "describe", "name", "report", ...); mentionVerbsOf adds their
// forms. mentionForms are the forms verbForms does not make.
var (
	mentionVerbs = []string{"bring", "talk", "discuss", "cover", "contain", "frame", "spell", "speak", "deal", "refer",
		"appear", "feature", "include", "introduce", "cite", "quote", "find", "locate",
		// a paragraph that "carries" or "holds" a figure prints it, as a
		// newspaper carries a story ("which paragraph carries the February
		// estimate?")
		"carry", "hold"}
	mentionForms = []string{"brought", "has", "have", "given", "spelt", "referred", "found", "held"}
)

// mentionVerbsOf returns the words by which a paragraph says a thing,
// dropped with the particle after them ("brings up", "talks about"): the
// forms of the report frame's verbs (frameForms, see frameVerbForms) and
// of mentionVerbs, and mentionForms.
func mentionVerbsOf(frameForms map[string]bool) map[string]bool {
	out := setOf(mentionForms...)
	maps.Copy(out, frameForms)
	for _, v := range mentionVerbs {
		for _, w := range verbForms(v) {
			out[w] = true
		}
	}
	return out
}

// paraMark are the byte marks the paragraph nouns hold; holdsMark tests
// for them without the allocation of a lowered copy.
var paraMark = marksOf("para", "par", "graf", "sentence")

// sentenceNouns ask which sentence says a thing, answered with the
// sentences in the report's words; sentenceMark is their byte mark.
var (
	sentenceNouns = setOf("sentence", "sentences")
	sentenceMark  = marksOf("sentence")
)

// paraOrPartMarks are paraMark and partMarks, tested at one lowering.
var paraOrPartMarks = union(paraMark, partMarks)

// mentionParticles follow a verb of mentioning ("brings up", "spells out",
// "talks about").
var mentionParticles = setOf("up", "out", "about", "of", "with", "to")

// paragraphOfAsked returns the thing a one-sentence question asks the
// paragraph of, whether it asks the first paragraph that says it ("which
// paragraph first mentions X?", see firstCited), and whether it asks which
// paragraph says a thing. tr is the turn's trace, whose words of the
// message it reads (or nil).
func (e *Engine) paragraphOfAsked(message string, tr *trace) (string, bool, bool) {
	// one lowering says no for nearly every question; a part mark then
	// counts only with a mark of the writing (see partMarks)
	if !holdsMark(message, paraOrPartMarks) || !holdsMark(message, paraMark) && !holdsMark(message, writingMarks) {
		return "", false, false
	}
	if ss := splitMessage(message); len(ss) != 1 {
		// "Hello. Which paragraph ...?": a greeting before it is no part
		// of the question
		if len(ss) != 2 || !greeting(sentenceWords(ss[0])) {
			return "", false, false
		}
		message = ss[1]
	}
	ws := partAsParagraph(tr.readWords(message)) // "which part of the report" (paragraphpart.go); read, not changed
	var rest []string
	for i := 0; i+1 < len(ws); i++ {
		if !paragraphNouns[ws[i+1]] {
			continue
		}
		switch {
		case ws[i] == "which" || ws[i] == "what" || paragraphAdjectives[ws[i]] && i > 0 && (ws[i-1] == "which" || ws[i-1] == "what"):
			// "which paragraph mentions X", "in which paragraph is X
			// described"; "which paragraph number carries X" asks the
			// paragraph too, its number no part of the thing
			rest = ws[i+2:]
			if len(rest) > 1 && paragraphRefs[rest[0]] {
				rest = rest[1:]
			}
		case ws[i] == "the" && i+3 < len(ws) && (ws[i+2] == "in" && ws[i+3] == "which" || ws[i+2] == "where" || ws[i+2] == "that"):
			// "identify the paragraph in which X are mentioned"
			if ws[i+2] == "in" {
				rest = ws[i+4:]
			} else {
				rest = ws[i+3:]
			}
		default:
			continue
		}
		break
	}
	if len(rest) == 0 {
		rest = paragraphFor(ws)
	}
	if len(rest) == 0 {
		return "", false, false
	}
	rest = slices.Clone(ofReport(rest))
	first := false
	if len(rest) > 1 && mentionAdverbs[rest[0]] && e.mentionVerbs[rest[1]] {
		// "which paragraph first mentions Kursk?": asked of the thing,
		// and "first" kept as part of the ask
		first = firstAdverbs[rest[0]]
		rest = rest[1:]
	}
	auxed := beAux[rest[0]] || doAux[rest[0]]
	if auxed {
		// "in which paragraph is the phone call described?"
		rest = rest[1:]
	} else if e.mentionVerbs[rest[0]] {
		// "which paragraph brings up the KN-23 missiles?"
		rest = rest[1:]
		if len(rest) > 0 && mentionParticles[rest[0]] {
			rest = rest[1:]
		}
	}
	// a verb of mentioning after the thing, with what follows it ("is
	// the phone call described?", "the Joint Chiefs are mentioned")
	for i := 1; i < len(rest); i++ {
		if determiners[rest[i-1]] {
			// "does the report describe ...": after "the", "report" is
			// the report, not a verb of reporting
			continue
		}
		if e.mentionVerbs[rest[i]] && (auxed || beAux[rest[i-1]]) {
			if auxed && writerMentions(rest[:i]) {
				// "does the writer first mention the call?" (paragraphpart.go)
				first = first || slices.ContainsFunc(rest[:i], func(w string) bool { return firstAdverbs[w] })
				rest = rest[i+1:]
				if len(rest) > 0 && mentionParticles[rest[0]] {
					rest = rest[1:]
				}
				break
			}
			rest = rest[:i]
			if n := len(rest); n > 0 && beAux[rest[n-1]] {
				rest = rest[:n-1]
			}
			break
		}
	}
	// "is North Korea first mentioned", "mentions North Korea first": the
	// adverb is no part of the thing either
	for n := len(rest); n > 1 && firstAdverbs[rest[n-1]]; n = len(rest) {
		first, rest = true, rest[:n-1]
	}
	// "the 'first since the 1950s' point": the noun after a phrase
	// names the passage that says it, no part of the thing
	if n := len(rest); n > 2 && pointNouns[rest[n-1]] && (rest[0] == "the" || rest[0] == "that" || rest[0] == "this") {
		rest = rest[:n-1]
	}
	if len(rest) == 0 || !slices.ContainsFunc(rest, func(w string) bool { return !stopWords[w] }) {
		return "", false, false
	}
	return joinWords(rest) + "?", first, true // "ukraine's", not "ukraine 's"
}

// pointNouns, last after a phrase, name the passage that says it.
var pointNouns = setOf("point", "bit", "detail", "remark")

// firstAdverbs are the mentionAdverbs that ask the first paragraph.
var firstAdverbs = setOf("first", "initially", "originally")

// firstCited keeps, of the citations of a, which answers the thing q,
// only those of the first paragraph that names the thing: the lowest
// paragraph of the report's sentences that name every term of q. The
// entry that answers "North Korea?" cites where the report says what
// North Korea did, not the first paragraph that names it; an answer that
// does not cite that paragraph is no answer to which paragraph names it
// first, and is not answered (false).
func (e *Engine) firstCited(a Answer, q string) (Answer, bool) {
	first, names, ok := e.firstNaming(q)
	if !ok {
		return a, false
	}
	var cites []Citation
	for _, c := range a.Citations {
		if c.Paragraph == first.Paragraph && !slices.ContainsFunc(names, func(ws []string) bool { return !e.printedIn(c.Quote, ws) }) {
			cites = append(cites, c)
		}
	}
	if len(cites) == 0 {
		// the answer cites no sentence of that paragraph that prints
		// the name ("Kyiv" of an entry quoting other words of it): the
		// first sentence that prints it is the answer
		cites = []Citation{first}
	}
	a.Citations = cites
	return a, true
}

// firstNaming returns the citation of the first sentence of the report
// that names every term of q (see wordedInSeveral) and prints each name
// as asked: "Moscow" is read as Russia, but a paragraph that says only
// "Russian forces" does not mention Moscow. names are the names as
// asked. ok is false when there is none.
func (e *Engine) firstNaming(q string) (first Citation, names [][]string, ok bool) {
	s := e.sentences
	if s == nil {
		return Citation{}, nil, false
	}
	qws := sentenceWords(q)
	an := e.an.analyzeWords(qws, true)
	var ts []string
	var printed [][]string
	for _, t := range an.terms {
		if t.kind != KindQuestion && t.kind != KindFiller && t.kind != KindFrame {
			ts = append(ts, t.text)
		}
		if t.kind == KindEntity {
			printed = append(printed, qws[t.pos:t.end])
		}
	}
	if len(ts) == 0 || len(an.unknown) > 0 {
		return Citation{}, nil, false
	}
	for i := range s.entries {
		if slices.ContainsFunc(ts, func(t string) bool { return !s.entries[i].names(t) }) {
			continue
		}
		cs := s.pack.Entries[i].Citations
		if len(cs) == 0 {
			continue
		}
		if slices.ContainsFunc(printed, func(ws []string) bool { return !e.printedIn(s.pack.Entries[i].Answer, ws) }) {
			continue
		}
		return cs[0], printed, true
	}
	return Citation{}, nil, false
}

// printedIn reports whether the sentence prints the words ws, or a form
// of them that differs only in its ending ("Russians" of "Russian").
func (e *Engine) printedIn(sentence string, ws []string) bool {
	if wholeWordsIn(strings.ToLower(sentence), strings.Join(ws, " ")) {
		return true
	}
	sws := sentenceWords(sentence)
	for i := 0; i+len(ws) <= len(sws); i++ {
		k := 0
		for k < len(ws) && e.an.stem(sws[i+k]) == e.an.stem(ws[k]) {
			k++
		}
		if k == len(ws) {
			return true
		}
	}
	return false
}

// paragraphFor returns what follows "paragraph (reference) for" ("Paragraph
// reference for the Joint Chiefs statement.", "para ref for the phone
// call pls"), or nil.
func paragraphFor(ws []string) []string {
	for i, w := range ws {
		if !paragraphNouns[w] {
			continue
		}
		k := i + 1
		if k < len(ws) && paragraphRefs[ws[k]] {
			k++
		}
		if k+1 < len(ws) && ws[k] == "for" {
			return ws[k+1:]
		}
	}
	return nil
}

// paragraphAdjectives may come between "which" and the paragraph: an
// exam's "which numbered paragraph holds X?" asks the paragraph as "which
// paragraph" does.
var paragraphAdjectives = setOf("numbered", "specific", "particular", "exact")

// mentionAdverbs may come between "which paragraph" and its verb.
var mentionAdverbs = withWords(firstAdverbs, "also", "actually", "specifically", "explicitly", "directly")

// paragraphRefs name what of a paragraph is asked for, before "for".
var paragraphRefs = setOf("reference", "references", "ref", "refs", "number", "no", "num", "cite", "citation")

// ofReport drops the report a paragraph is of ("in which paragraph of the
// article is X mentioned?"): it names the whole, not the thing.
func ofReport(rest []string) []string {
	k := 0
	if k < len(rest) && rest[k] == "of" {
		k++
		if k < len(rest) && (rest[k] == "the" || rest[k] == "this" || rest[k] == "that") {
			k++
		}
		if k < len(rest) && reportWords[rest[k]] {
			return rest[k+1:]
		}
	}
	return rest
}

// inParagraphs answers which paragraphs say what the answer a gives: its
// citations' paragraphs, with the citations after them. A answer citing
// only the report's source line says no paragraph.
func (e *Engine) inParagraphs(a Answer) (Answer, bool) {
	var cites []Citation
	for _, c := range a.Citations {
		if c.Paragraph > 0 {
			cites = append(cites, c)
		}
	}
	if !a.Answered || len(cites) == 0 {
		return a, false
	}
	a.Citations = cites
	a.Text = strings.ReplaceAll(e.pack.Talk.Lines.InParagraphs, "{paragraphs}", paragraphsOf(cites)) + quotedAfter(cites)
	return a, true
}

// quotedAfter returns the cited sentences, quoted, to follow the colon of
// a "which paragraph" answer: one who asked which paragraph speaks of the
// phone call wants to see the call there, and the answer's text, not only
// its citations, then says what the paragraph says of it.
func quotedAfter(cites []Citation) string {
	var b strings.Builder
	for _, c := range cites {
		if q := strings.TrimSpace(c.Quote); q != "" {
			b.WriteString(" \"" + q + "\"")
		}
	}
	return b.String()
}
