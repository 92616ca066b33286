package knowledge

import (
	"maps"
	"slices"
)

// "Does the piece report anything from Pyongyang itself?", "anything from
// the joint chiefs?": anything from a name asks what that one says, which
// the report gives only of those it quotes. Read as any question, "from"
// is no word and the name alone would rank whatever speaks of it (why
// North Korea sent troops); asked as "what does Pyongyang say?" it is
// declined when the report quotes no one of that name.

// anythingFrom returns "what does NAME say" for a question that asks
// only for anything from a name, after words that only frame it ("does
// the report have", "is there").
func (e *Engine) anythingFrom(question string, tr *trace) (string, bool) {
	if !holdsMark(question, fromMark) || severalSentences(question) {
		return "", false // nearly every question: no "from", read without allocating
	}
	ws := tr.readWords(question) // (as the turn read it: read, not changed)
	at := -1
	for i := 0; i+1 < len(ws); i++ {
		if e.anythingWords[ws[i]] && ws[i+1] == "from" {
			at = i
			break
		}
	}
	if at < 0 || slices.ContainsFunc(ws[:at], func(w string) bool { return !e.anythingFrame[w] }) {
		return "", false
	}
	name := ws[at+2:]
	for len(name) > 0 && anythingFromTail[name[len(name)-1]] {
		name = name[:len(name)-1]
	}
	if len(name) == 0 {
		return "", false
	}
	an := e.an.analyzeWords(slices.Clone(name), true)
	if _, ok := an.bareName(); !ok || len(an.unknown) > 0 {
		return "", false // "anything from fighting next to russia": not a name alone
	}
	if slices.ContainsFunc(an.terms, func(t term) bool { return t.kind != KindEntity }) {
		return "", false // a person or group named by a name, not a role ("anything from the troops")
	}
	return "what does " + joinWords(name) + " say", true
}

// fromMark is the byte mark that every question anythingFrom reads
// holds.
var fromMark = marksOf("from")

// anythingWordsOf returns what "from" a name asks for, anythingWords:
// "anything", "a word", and each of the pack's one-word ways of saying
// ("statement", "comment", "quote"); and the words before it that only
// frame the question, anythingFrame: the report frame's nouns and the
// forms of its verbs, frameForms ("the piece", "does it mention"), with
// the particles and verbs of holding the pack does not list.
func anythingWordsOf(f ReportFrame, frameForms, sayWords map[string]bool) (words, frame map[string]bool) {
	words = setOf("anything", "something", "word", "response", "reaction")
	for w := range sayWords {
		words[w] = true
	}
	frame = setOf("does", "do", "did", "is", "are", "there", "the", "this", "it", "any", "a", "so", "and", "ok", "okay", "hmm",
		"but", "what", "about", "have", "has", "include", "includes", "carry", "carries", "quote", "quotes")
	for _, n := range f.Nouns {
		frame[n] = true
	}
	maps.Copy(frame, frameForms)
	return words, frame
}

// anythingFromTail are the words after the name that only stress it:
// "from Pyongyang itself", "from them directly".
var anythingFromTail = setOf("itself", "himself", "herself", "themselves", "directly", "too", "also", "at", "all")
