package knowledge

import "slices"

// A question may point at a paragraph of the report: "according to the
// final paragraph", "the opening paragraph", "in its conclusion", "at the
// end". It asks
// what that paragraph says, so an entry that quotes none of it is no
// answer (see paragraphGuard), however well it matches the rest. The words
// that point are not read as terms: "final" and "paragraph" are no topic
// of the report, nor is the number after "paragraph" ("what means
// 'accommodate' in paragraph 3?": read as a number, 3 is one the report
// does not give, and declines the question).

// lastParagraph stands for the report's last paragraph, whose number the
// analyzer does not know.
const lastParagraph = -1

// ordinals are the words that number a paragraph before it.
var ordinals = map[string]int{
	"first": 1, "1st": 1, "opening": 1, "introductory": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
	"fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
	"eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
	"last": lastParagraph, "final": lastParagraph, "closing": lastParagraph, "concluding": lastParagraph, "ending": lastParagraph,
}

// paragraphWords name a paragraph.
var paragraphWords = setOf("paragraph", "para", "graf")

// paragraphAsked returns the paragraph the words point at (from 1, or
// lastParagraph; 0 for none) and the words without those that point.
func paragraphAsked(ws []string, leads map[[2]string]bool) (int, []string) {
	p, out := paragraphPointed(ws, leads)
	if p != 0 {
		// each word that points at it: "at the end, like the conclusion?"
		if q, rest := paragraphPointed(out, leads); q == p {
			return p, rest
		}
	}
	return p, out
}

// paragraphPointed returns the first paragraph the words point at, and the
// words without those that point at it.
func paragraphPointed(ws []string, leads map[[2]string]bool) (int, []string) {
	for i, w := range ws {
		para := paragraphFilter.may(w) && paragraphWords[w] // (looked up once, for both cases)
		switch {
		case para && i > 0 && ordinals[ws[i-1]] != 0 && !readByAsker(ws, i-1):
			return ordinals[ws[i-1]], slices.Delete(concludes(ws, i+1), pointerLeadStart(ws, i-1, leads), i+1)
		case para && i+1 < len(ws) && len(ws[i+1]) == 1 && ws[i+1] >= "1" && ws[i+1] <= "9":
			return int(ws[i+1][0] - '0'), slices.Delete(concludes(ws, i+2), pointerLeadStart(ws, i, leads), i+2)
		case w == "end" && i > 1 && ws[i-1] == "the" && ws[i-2] == "at" && (i+1 == len(ws) || ws[i+1] != "of"):
			// "how does the article sum up the talks at the end?" (not
			// "at the end of the war")
			return lastParagraph, slices.Delete(slices.Clone(ws), i-2, i+1)
		case endForms[w] && i > 0 && writingWords[ws[i-1]] && (i+1 == len(ws) || ws[i+1] != "up"):
			// "what's the takeaway the article ends on?", "with what
			// thought does the report end?": the report's own end (not
			// "where does the author end up")
			to := i + 1
			if to < len(ws) && (ws[to] == "on" || ws[to] == "with") {
				to++
			}
			return lastParagraph, slices.Delete(slices.Clone(ws), i, to)
		case w == "end":
			if from, to, ok := endPointed(ws, i); ok {
				// "at the end of the story", "at the very end", "the
				// end bit" (endpointer.go)
				return lastParagraph, slices.Delete(slices.Clone(ws), from, to)
			}
		case w == "conclusion" && i > 0 && (ws[i-1] == "its" || ws[i-1] == "the" || ws[i-1] == "article's" || ws[i-1] == "report's" || ws[i-1] == "'s"):
			return lastParagraph, slices.Delete(slices.Clone(ws), i, i+1)
		case (w == "conclude" || w == "concludes") && i > 0 && writingWords[ws[i-1]]:
			// "what does the article conclude?": where it ends
			return lastParagraph, slices.Delete(slices.Clone(ws), i, i+1)
		}
	}
	return 0, ws
}

// concludes returns a copy of ws with the word at i read as "say" if it
// says what a paragraph pointed at right before it concludes ("what the
// last paragraph concludes", "what does paragraph 9 conclude?"): it asks
// what the paragraph says, and is no end of anything the report tells.
func concludes(ws []string, i int) []string {
	ws = slices.Clone(ws)
	if i < len(ws) && concludeForms[ws[i]] {
		ws[i] = "say"
	}
	return ws
}

// endForms are the forms of "end" and "close" said of the report's writing.
var endForms = setOf("end", "ends", "ended", "ending", "close", "closes", "closed", "finish", "finishes", "finished", "wrap", "wraps")

// concludeForms are the forms of "conclude".
var concludeForms = setOf("conclude", "concludes", "concluded", "concluding")

// writingWords name the report as a piece of writing, whose end is its
// last paragraph.
var writingWords = setOf(writingWordList...)

// writingWordList are writingWords, in order (see writingMarks).
var writingWordList = []string{"article", "report", "piece", "story", "author", "writer"}

// paragraphLead returns the entry that answers a question which only
// points at a paragraph ("what does the article conclude?", "what does
// paragraph 3 say?"): the first entry, in the pack's order, whose first
// quote is of that paragraph. A question that asks anything of it ("who
// is quoted in the last paragraph?") is ranked as any other.
func (e *Engine) paragraphLead(an analysis) (int, bool) {
	if an.paragraph == 0 || len(an.unknown) > 0 || slices.ContainsFunc(an.terms, func(t term) bool {
		return t.kind != KindFrame && t.kind != KindFiller && t.text != sayTerm && !writingWords[t.text]
	}) {
		return 0, false
	}
	p := an.paragraph
	if p == lastParagraph {
		p = len(e.pack.Paragraphs)
	}
	for i, en := range e.pack.Entries {
		if len(en.Citations) > 0 && en.Citations[0].Paragraph == p {
			return i, true
		}
	}
	return 0, false
}

// pointsInQuestion reports whether the message points at a paragraph in
// the last sentence that asks: in "The opening paragraph mentions
// significant casualties. How many died?" the paragraph is what the
// premise quotes, not where the answer must be.
func pointsInQuestion(message string, leads map[[2]string]bool) bool {
	sents := splitMessage(message)
	for i := len(sents) - 1; i >= 0; i-- {
		ws := sentenceWords(sents[i])
		if len(sents) == 1 || isQuestion(sents[i], ws) {
			p, _ := paragraphAsked(ws, leads)
			return p != 0
		}
	}
	return false
}
