package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A question not in English is told, briefly and in its own language
// where the pack has that line ([[language]]), that the bot answers in
// English about a report in English, and then in English how to ask:
// never "the report doesn't say", which would be false, as the bot did not
// understand it. The language is told from the text: the script its
// letters are in, letters only one language of that script uses, and
// common words; where the text does not tell (a language the pack has no
// line for), from the user's locale.

// otherLanguage returns the notice for a message that is not in English,
// and true; or false for English.
func (e *Engine) otherLanguage(message, locale string) (Answer, bool) {
	langs := e.pack.Talk.Languages
	latin, total := 0, 0
	perScript := map[string]int{}
	for _, r := range message {
		if r < utf8.RuneSelf {
			// (an ASCII letter is a Latin one: most messages are all
			// ASCII, and need no table looked up)
			if c := r | 0x20; 'a' <= c && c <= 'z' {
				total++
				latin++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		total++
		if unicode.Is(unicode.Latin, r) {
			latin++
			continue
		}
		for _, l := range langs {
			if tab := unicode.Scripts[l.Script]; tab != nil && unicode.Is(tab, r) {
				perScript[l.Script]++
				break
			}
		}
	}
	if total == 0 || latin == total && !e.foreignWord(message) {
		return Answer{}, false // plain English letters, no foreign word
	}
	ws := strings.Fields(strings.ToLower(message))
	for i, w := range ws {
		ws[i] = strings.Trim(w, ".,!?¿¡;:\"'()«»")
	}
	best, bestScore := -1, 0
	if latin*2 >= total {
		// Latin letters: English, unless another language's common words
		// outnumber English ones two to one (an asker who mixes words of
		// their language into English still writes a good part in it)
		english := 0
		for _, w := range ws {
			if stopWords[w] || whWords[w] || e.englishWord(w) {
				english++
			}
		}
		for i, l := range langs {
			if l.Script != "Latin" {
				continue
			}
			n := 0
			for _, w := range ws {
				if contains(l.Words, w) {
					n++
				}
			}
			if n >= 2 && n > 2*english && n > bestScore {
				best, bestScore = i, n
			}
		}
		if best < 0 {
			return Answer{}, false
		}
	} else {
		for i, l := range langs {
			n := perScript[l.Script]
			if n == 0 {
				continue
			}
			for _, r := range l.Letters {
				n += 10 * strings.Count(message, string(r))
			}
			for _, w := range ws {
				if contains(l.Words, w) {
					n += 5
				}
			}
			if loc := localeLanguage(locale); loc == l.Code {
				n++ // a tie goes to the user's locale
			}
			if n > bestScore {
				best, bestScore = i, n
			}
		}
		if best < 0 {
			// a language the pack has no line for: the locale's, if any
			for i, l := range langs {
				if l.Code == localeLanguage(locale) {
					best = i
				}
			}
		}
	}
	a := e.newAnswer(message)
	a.Outcome, a.Text = OtherLanguage, e.pack.Talk.Lines.OtherLanguage
	if best >= 0 {
		a.Language = langs[best].Code
		a.Text = langs[best].Notice + "\n" + a.Text
	}
	e.relate(&a, e.starters(3))
	return a, true
}

// englishWord reports whether w is a word of the pack's English: one
// the pack knows that is no common word of its other Latin-script
// languages, nor a name, which every language writes alike. "killed",
// "injured" and "january" make "hola, cuántos soldados norcoreanos were
// killed or injured until january?" a question in English with Spanish
// words in it; "Budanov" and "Kursk" do not make "¿Qué dijo Budanov sobre
// Kursk?" one. Asked only of a message with a word of another language
// or a letter of another script, so never on an English question's path.
func (e *Engine) englishWord(w string) bool {
	if w == "" || isDigit(w[0]) || e.latinWords[w] {
		return false
	}
	s := e.an.stem(w)
	if !e.an.isKnownStem(w, s) {
		return false
	}
	for _, p := range e.an.phrases[s] {
		if p.kind == KindEntity {
			return false
		}
	}
	return true
}

// foreignWord reports whether a word of the message is a common word of a
// language other than English in the Latin script ("dónde", "wie").
// Every English message is read by it, so a word is lowered on the stack
// (most are ASCII), with nothing allocated.
func (e *Engine) foreignWord(message string) bool {
	var buf [32]byte
	for w := range strings.FieldsSeq(message) {
		w = strings.TrimFunc(w, isWordEdgeMark)
		if e.latinSieve.may(w) && e.latinWords[w] {
			return true
		}
		if lower, ok := asciiLower(buf[:0], w); ok {
			if len(lower) > 0 && e.latinSieve.may(string(lower)) && e.latinWords[string(lower)] {
				return true
			}
		} else if lw := strings.ToLower(w); lw != w && e.latinSieve.may(lw) && e.latinWords[lw] {
			return true
		}
	}
	return false
}

// isWordEdgeMark reports whether r is a mark that foreignWord trims from
// a word's ends.
func isWordEdgeMark(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiEdgeMarks[r] // (by table: every word's two ends are asked)
	}
	return strings.ContainsRune("¿¡«»", r)
}

// asciiEdgeMarks are the ASCII marks of isWordEdgeMark.
var asciiEdgeMarks = func() (t [utf8.RuneSelf]bool) {
	for _, c := range ".,!?;:\"'()" {
		t[c] = true
	}
	return t
}()

// asciiLower appends to b the lower case of w when w is ASCII, and w has
// an upper-case letter (nothing is appended when it has none: it is its
// own lower case); ok is false for a w that is not ASCII.
func asciiLower(b []byte, w string) (_ []byte, ok bool) {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return b, false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return b, true
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// latinWordsOf collects the common words of the Latin-script languages.
func latinWordsOf(langs []Language) map[string]bool {
	out := map[string]bool{}
	for _, l := range langs {
		if l.Script == "Latin" {
			for _, w := range l.Words {
				out[w] = true
			}
		}
	}
	return out
}

// localeLanguage is the language of a Discord locale: "ko" of "ko",
// "en" of "en-US".
func localeLanguage(locale string) string {
	l, _, _ := strings.Cut(strings.ToLower(locale), "-")
	return l
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// languageWords adds to each [[language]]'s common words the one-word
// aliases of the synonym blocks marked with its code: a mixed-in
// language's words ("dónde", "soldado", "oye") are written once, in the
// block that reads them as English, and the language's own list keeps
// only the words no block of it lists (its articles, its "is" and "are",
// words of its phrases, its words in blocks of several languages). A
// word is taken as a message's words are read, lowered and its marks
// trimmed ("¿verdad" is "verdad"). A mark naming no [[language]], or a
// word written in both places, is a problem of the pack.
func (v *validator) languageWords(p *Pack) {
	langs := p.Talk.Languages
	at := make(map[string]int, len(langs))
	written := make([]map[string]bool, len(langs))
	for i, l := range langs {
		at[l.Code] = i
		written[i] = make(map[string]bool, len(l.Words))
		for _, w := range l.Words {
			written[i][w] = true
		}
	}
	added := make([]map[string]bool, len(langs))
	for i, s := range p.Synonyms {
		if s.Language == "" {
			continue
		}
		li, ok := at[s.Language]
		if !ok {
			v.addAt(synonymAt(i, "language", -1), PackFile, "synonym "+s.Term, "language %q must be the code of a [[language]]", s.Language)
			continue
		}
		if added[li] == nil {
			added[li] = map[string]bool{}
		}
		for j, alias := range s.Aliases {
			w := strings.ToLower(strings.TrimFunc(alias, func(r rune) bool {
				return unicode.IsSpace(r) || isWordEdgeMark(r)
			}))
			switch {
			case w == "" || strings.ContainsFunc(w, unicode.IsSpace):
				// a phrase: its words may be any language's
			case written[li][w]:
				v.addAt(synonymAt(i, "aliases", j), PackFile, "synonym "+s.Term, "%q is a word of language %s already, as this block is marked %q: drop it from the language's words", w, s.Language, s.Language)
			case !added[li][w]:
				added[li][w] = true
				langs[li].Words = append(langs[li].Words, w)
			}
		}
	}
}
