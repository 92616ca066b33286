package knowledge

import "slices"

// Which paragraph says a thing is asked in other words too (see
// paragraphOfAsked): "which part of the report mentions the KN-23?" ("o'"
// for "of" in Scots), "which section of the article ...", asks it as
// "which paragraph" does; and in "in which paragraph does the writer
// first mention the phone call?" the writer is who mentions, and the
// thing asked is what follows the verb, not what stands before it.

// reportParts name a part of the report when "of the report" follows.
var reportParts = []string{"part", "section", "bit", "portion", "passage"}

// reportPartNouns are reportParts, as a set.
var reportPartNouns = setOf(reportParts...)

// partMarks are the byte marks of reportParts (see paraMark). "part" and
// "bit" are in many words ("party", "department", "orbit"), so a part
// mark alone does not let a question by the prefilter: a writingMarks
// mark must stand with it, as partAsParagraph reads a part only "of the
// report".
var partMarks = marksOf(reportParts...)

// writingMarks are the byte marks of writingWords.
var writingMarks = marksOf(writingWordList...)

// partAsParagraph returns ws with a part of the report ("part of the
// report", "section o the article") read as "paragraph".
func partAsParagraph(ws []string) []string {
	for i := 0; i+3 < len(ws); i++ {
		if reportPartNouns[ws[i]] && (ws[i+1] == "of" || ws[i+1] == "o") && (ws[i+2] == "the" || ws[i+2] == "this") && writingWords[ws[i+3]] {
			out := slices.Clone(ws)
			out[i] = "paragraph"
			return slices.Delete(out, i+1, i+4)
		}
	}
	return ws
}

// writerAdverbs may stand between the writer and the verb of mentioning.
var writerAdverbs = withWords(firstAdverbs, "actually", "ever", "also", "specifically")

// writerMentions reports whether ws, the words before a verb of
// mentioning, name only the writer or the report ("the writer first",
// "the article"): its subject, so the thing mentioned follows the verb.
// "It" is the report too: "in which paragraph does it say ..." asks where
// the report says it, as nothing else in the question says anything; so
// is "they" alone.
func writerMentions(ws []string) bool {
	if len(ws) == 1 && ws[0] == "they" {
		// "in which paragraph do they speak of the phone call?": they
		// who wrote it, as no one else is named before the verb
		return true
	}
	writer := false
	for _, w := range ws {
		switch {
		case writingWords[w] || w == "it":
			writer = true
		case stopWords[w] || writerAdverbs[w]:
		default:
			return false
		}
	}
	return writer
}
