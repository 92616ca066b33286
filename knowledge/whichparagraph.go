package knowledge

import "strings"

// "Which paragraph brings up the KN-23 missiles?", "In which paragraph is
// the phone call described?" ask where the report tells a thing, not the
// thing: read whole, "paragraph" and the verb of mentioning are words no
// entry speaks of, and sink the question. So the thing is asked alone
// ("the KN-23 missiles"), under every guard a question is, and the answer
// says the paragraphs its quotes are of, with the quotes, as "which
// paragraph?" does of the last answer (see lastanswer.go). A thing not
// answered alone ("which paragraph names the Ukrainian official Cho spoke
// with?") is read whole, as before.

// paragraphMentions are the verbs by which a paragraph tells a thing.
var paragraphMentions = setOf("mention", "mentions", "mentioned", "say", "says", "said", "bring", "brings", "brought",
	"spell", "spells", "spelled", "spelt", "describe", "describes", "described", "discuss", "discusses", "discussed",
	"cover", "covers", "covered", "name", "names", "named", "has", "have", "contain", "contains", "contained",
	"talk", "talks", "talked", "deal", "deals", "dealt", "appear", "appears", "appeared", "frame", "frames", "framed",
	"give", "gives", "given", "state", "states", "stated", "report", "reports", "reported", "refer", "refers",
	"referred", "address", "addresses", "addressed", "explain", "explains", "explained", "include", "includes",
	"included", "raise", "raises", "raised", "cite", "cites", "cited", "quote", "quotes", "quoted", "note", "notes", "noted")

// paragraphMentionParticles follow a verb of mentioning: "brings up",
// "spells out", "talks about", "deals with", "refers to".
var paragraphMentionParticles = setOf("up", "out", "about", "with", "to", "of")

// paragraphAuxiliaries stand between "which paragraph" and the thing or
// the verb: "does", "is ... described".
var paragraphAuxiliaries = setOf("does", "do", "did", "is", "are", "was", "were", "can", "could", "would", "will")

// whichParagraphAsked returns the thing a one-sentence question asks the
// paragraph of ("the kn23 missiles"), and whether it asks so.
func whichParagraphAsked(message string) (string, bool) {
	sents := splitMessage(message)
	if len(sents) != 1 {
		return "", false
	}
	ws := sentenceWords(sents[0])
	i := 0
	if i < len(ws) && ws[i] == "in" {
		i++
	}
	if i+1 >= len(ws) || ws[i] != "which" && ws[i] != "what" || !paragraphWords[ws[i+1]] && ws[i+1] != "paragraphs" {
		return "", false
	}
	i += 2
	verb := false
	var rest []string
	for j := i; j < len(ws); j++ {
		w := ws[j]
		switch {
		case j == i && paragraphAuxiliaries[w]:
		case !verb && paragraphMentions[w]:
			verb = true
			if j+1 < len(ws) && paragraphMentionParticles[ws[j+1]] {
				j++
			}
		default:
			rest = append(rest, w)
		}
	}
	if !verb || len(rest) == 0 {
		return "", false
	}
	if rest[len(rest)-1] == "in" {
		rest = rest[:len(rest)-1] // "... is it mentioned in"
	}
	return joinWords(rest), true
}

// inParagraphs is a, answered of the thing alone, as the answer of where
// the report tells it: the paragraphs of its quotes.
func (e *Engine) inParagraphs(a Answer) Answer {
	a.Text = strings.ReplaceAll(e.pack.Talk.Lines.InParagraphs, "{paragraphs}", paragraphsOf(a.Citations))
	return a
}
