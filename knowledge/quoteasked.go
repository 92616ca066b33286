package knowledge

import "slices"

// A request to quote the last answer ("quote it", "can you quote that?",
// "exact words?", "word for word pls") asks for the report's own words of
// what was just answered: the last answer's quotes, verbatim, as a
// question for the report's words is answered (inReportWords, wording.go).
// Read as any question, "quote" is a word the pack does not know, and the
// request is declined; asked first, with no answer before it, it is asked
// back, as "is that true?" is.

// quoteWords ask, alone or with "it", "that", for the report's words.
var quoteWords = setOf("quote", "quotes", "quoted", "quoting", "quotation", "verbatim", "cite", "citation")

// quoteFrame are the words such a request may carry besides: who is asked,
// how politely, and "exact words".
var quoteFrame = setOf(slices.Concat(passageNounList, []string{"it", "that", "this", "them", "those", "can", "could", "would", "you", "u", "pls", "plz",
	"please", "me", "give", "just", "the", "exact", "actual", "words", "wording", "word", "for", "in", "its", "their",
	"report", "s", "'s", "article", "what", "is", "are", "so", "ok", "okay", "now", "then", "a", "direct",
	// which of the answer's words (passageNouns: "quote the line", "the
	// line with that date"): a part of the answer, no topic
	"relevant", "with", "date", "dates",
	"figure", "figures", "number", "numbers",
	// what the words are called ("quote the relevant language", "the
	// text"), and a second clause that only says so again ("I want the
	// exact words, not your paraphrase"): nothing of a topic
	"language", "text", "i", "want", "need", "not", "your", "own", "paraphrase", "paraphrased", "paraphrasing",
	"summary", "rewording", "version",
	// whose words: the one the last answer says said them ("i want his
	// words verbatim")
	"his", "her"})...)

// quoteAsked reports whether ws, a short message, only asks to quote what
// was answered: a quote word ("quote it") or "exact words" / "word for
// word", and nothing but quoteFrame beside it. A quote of someone named
// ("quote Cho") or of a topic ("quote the part about the missiles") names
// what it asks of, and is no such request.
func quoteAsked(ws []string) bool {
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	asked := false
	for i, w := range ws {
		switch {
		case quoteWords[w]:
			asked = true
		case w == "words" && i > 0 && (ws[i-1] == "exact" || ws[i-1] == "actual"),
			w == "word" && i+2 < len(ws) && ws[i+1] == "for" && ws[i+2] == "word":
			asked = true
		case !quoteFrame[w]:
			return false
		}
	}
	return asked
}
