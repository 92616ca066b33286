package knowledge

// A question may ask for the report's words with the wording noun as the
// subject that describes the thing, no report using it: "In the final
// paragraph, which two adjectives describe the effort between South
// Korea and Ukraine?", "Which word in the report best describes the
// approach South Korea proposed?". usedFor and wordedHow read the report
// as the one that uses or describes; here the words themselves describe,
// so "adjectives" and "describe" sank the question. The thing described
// is asked alone, with the paragraph pointed at before the question word
// or after the noun, as wordingAsked asks the others (wording.go).

// describesVerbs are the verbs by which a word describes a thing, in the
// forms a wording noun takes as its subject ("which word describes",
// "which two adjectives describe", "which phrase characterises").
var describesVerbs = setOf("describe", "describes", "described", "qualify", "qualifies", "qualified",
	"characterise", "characterises", "characterize", "characterizes", "portray", "portrays",
	"depict", "depicts", "label", "labels", "capture", "captures", "sum", "sums")

// describesAdverbs may stand before the verb: "which word best
// describes".
var describesAdverbs = setOf("best", "most", "also", "actually")

// wordsDescribe reads "which (two) adjectives (in the report) (best)
// describe X" as X, with the paragraph pointed at ("in the final
// paragraph, which word describes X", "which word in paragraph 9
// describes X") after it.
func wordsDescribe(ws []string) ([]string, bool) {
	k := 0
	var para []string
	if len(ws) > 3 && ws[0] == "in" {
		// "in the final paragraph, which ...": the pointer, then the
		// question word
		j, p, ok := wordingWriter(ws, 1)
		if !ok || p == nil || j >= len(ws) {
			return nil, false
		}
		k, para = j, p
	}
	i, ok := wordingNoun(ws[k:])
	if !ok {
		return nil, false
	}
	j := k + i + 1
	if j+1 < len(ws) && (ws[j] == "in" || ws[j] == "of") {
		// "which word in the report", "which word of paragraph 9"
		m, p, ok := wordingWriter(ws, j+1)
		if !ok {
			return nil, false
		}
		j = m
		if p != nil {
			para = p
		}
	}
	for j < len(ws) && describesAdverbs[ws[j]] {
		j++
	}
	if j >= len(ws) || !describesVerbs[ws[j]] {
		return nil, false
	}
	j++
	if j < len(ws) && ws[j] == "up" && (ws[j-1] == "sum" || ws[j-1] == "sums") {
		j++
	} else if ws[j-1] == "sum" || ws[j-1] == "sums" {
		return nil, false
	}
	return wordingRest(ws[j:], para)
}
