package knowledge

import "slices"

// A request for a translation ("what is the word for war in Korean?",
// "what does Kursk mean in Russian", "prisoner in Korean?") asks for a
// word of another language, which the report, written in English, never
// gives. Read without its language, it would be a question about the
// thing to be translated, answered by the entry about that thing ("war",
// "Kursk"). So "in" before a language's name, where it closes the question
// or follows a word that asks for wording or meaning ("mean in Russian,
// ..."), is read as the pack's translation key, which no entry speaks of:
// the question is declined. A language named elsewhere ("in Korean news i
// see a different spelling", "the Korean war") says where or whose, and
// stays. A question written in another language is answered, or noticed,
// by the language guard before this.

// The names of languages, as an asker puts them after "in", are the
// pack's ([usage] languages). English is not among them: the report is in
// English, and its English word for a thing ("What English term does the
// article use for ...?", "what does 'perished' mean in English?") is its
// own wording.

// translationAsks are the words right before "in" and a language that ask
// a word of it: "the word in Korean", "mean in Russian".
var translationAsks = setOf("word", "words", "term", "terms", "mean", "means", "meaning", "meant", "say", "said",
	"called", "call", "name", "written", "write", "spelled", "spelt", "spell", "pronounced", "pronounce", "translated")

// translationTails may end a question after the language: "in Korean
// language", "in Russian please".
var translationTails = setOf("language", "lang", "please", "pls", "plz", "again", "then")

// translationWord is the pack's alias of the translation key.
const translationWord = "translation"

// translationAsked returns ws with "in" and a language (one of languages)
// read as the translation key, if they ask for a word of that language.
func translationAsked(ws []string, languages map[string]bool) []string {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "in" || !languages[ws[i+1]] {
			continue
		}
		last := !slices.ContainsFunc(ws[i+2:], func(w string) bool { return !translationTails[w] && !chatTails[w] })
		if last || i > 0 && translationAsks[ws[i-1]] {
			return slices.Concat(ws[:i:i], []string{translationWord}, ws[i+2:])
		}
	}
	return ws
}
