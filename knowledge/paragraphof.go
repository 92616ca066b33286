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
var paragraphNouns = setOf("paragraph", "paragraphs", "para", "paras", "sentence", "sentences")

// mentionVerbs are the plain verbs by which a paragraph says a thing
// that the pack's report frame does not list (it lists "say", "mention",
// "state", "describe", "name", "report", ...); mentionVerbsOf adds their
// forms. mentionForms are the forms verbForms does not make.
var (
	mentionVerbs = []string{"bring", "talk", "discuss", "cover", "contain", "frame", "spell", "speak", "deal", "refer",
		"appear", "feature", "include", "introduce", "cite", "quote", "find", "locate"}
	mentionForms = []string{"brought", "has", "have", "given", "spelt", "referred", "found"}
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
var paraMark = [][]byte{[]byte("para"), []byte("sentence")}

// sentenceNouns ask which sentence says a thing, answered with the
// sentences in the report's words; sentenceMark is their byte mark.
var (
	sentenceNouns = setOf("sentence", "sentences")
	sentenceMark  = [][]byte{[]byte("sentence")}
)

// paraOrPartMarks are paraMark and partMarks, tested at one lowering.
var paraOrPartMarks = slices.Concat(paraMark, partMarks)

// mentionParticles follow a verb of mentioning ("brings up", "spells out",
// "talks about").
var mentionParticles = setOf("up", "out", "about", "of", "with", "to")

// paragraphOfAsked returns the thing a one-sentence question asks the
// paragraph of, and whether it asks which paragraph says a thing. tr is
// the turn's trace, whose words of the message it reads (or nil).
func (e *Engine) paragraphOfAsked(message string, tr *trace) (string, bool) {
	// one lowering says no for nearly every question; a part mark then
	// counts only with a mark of the writing (see partMarks)
	if !holdsMark(message, paraOrPartMarks) || !holdsMark(message, paraMark) && !holdsMark(message, writingMarks) || len(splitMessage(message)) != 1 {
		return "", false
	}
	ws := partAsParagraph(tr.readWords(message)) // "which part of the report" (paragraphpart.go); read, not changed
	var rest []string
	for i := 0; i+1 < len(ws); i++ {
		if !paragraphNouns[ws[i+1]] {
			continue
		}
		switch {
		case ws[i] == "which" || ws[i] == "what":
			// "which paragraph mentions X", "in which paragraph is X
			// described"
			rest = ws[i+2:]
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
		return "", false
	}
	rest = slices.Clone(rest)
	if len(rest) > 3 && rest[0] == "of" && (rest[1] == "the" || rest[1] == "this") && writingWords[rest[2]] {
		// "which paragraph of the report first mentions X": of the
		// report is where every paragraph is
		rest = rest[3:]
	}
	if len(rest) > 2 && (rest[0] == "first" || rest[0] == "initially") && e.mentionVerbs[rest[1]] {
		rest = rest[1:] // the first of the paragraphs it gives says it first
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
		if e.mentionVerbs[rest[i]] && (auxed || beAux[rest[i-1]]) {
			if auxed && writerMentions(rest[:i]) {
				// "does the writer first mention the call?" (paragraphpart.go)
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
	if len(rest) == 0 || !slices.ContainsFunc(rest, func(w string) bool { return !stopWords[w] }) {
		return "", false
	}
	return strings.Join(rest, " ") + "?", true
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
	a.Text = strings.ReplaceAll(e.pack.Talk.Lines.InParagraphs, "{paragraphs}", paragraphsOf(cites))
	return a, true
}
