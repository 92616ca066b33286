package knowledge

import "slices"

// Which paragraph says a thing is asked in other words too (see
// paragraphOfAsked): "which part of the report mentions the KN-23?" ("o'"
// for "of" in Scots), "which section of the article ...", asks it as
// "which paragraph" does; and in "in which paragraph does the writer
// first mention the phone call?" the writer is who mentions, and the
// thing asked is what follows the verb, not what stands before it.

// reportPartNouns name a part of the report when "of the report" follows.
var reportPartNouns = setOf("part", "section", "bit", "portion", "passage")

// partMarks are the byte marks of reportPartNouns (see paraMark).
var partMarks = [][]byte{[]byte("part"), []byte("section"), []byte("bit"), []byte("portion"), []byte("passage")}

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
var writerAdverbs = setOf("first", "initially", "actually", "ever", "also", "originally", "specifically")

// writerMentions reports whether ws, the words before a verb of
// mentioning, name only the writer or the report ("the writer first",
// "the article"): its subject, so the thing mentioned follows the verb.
func writerMentions(ws []string) bool {
	writer := false
	for _, w := range ws {
		switch {
		case writingWords[w]:
			writer = true
		case stopWords[w] || writerAdverbs[w]:
		default:
			return false
		}
	}
	return writer
}
