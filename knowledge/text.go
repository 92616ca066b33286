package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// Kind says how the engine treats a term from the pack's synonyms.
type Kind string

const (
	// KindEntity is a country, person, place, body or weapon. A question
	// that names one is only answered by an entry about it.
	KindEntity Kind = "entity"
	// KindQuestion is the kind of answer asked for (how many, when, where,
	// who, why). A question of a kind is only answered by an entry of it.
	KindQuestion Kind = "question"
	// KindWord is a plain synonym.
	KindWord Kind = "word"
)

// stopWords carry no meaning for matching. The Snowball library has its own
// list, but it drops who, when, why and more, which decide answers here.
var stopWords = setOf(
	"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
	"any", "anything", "are", "as", "at", "be", "been", "being", "between", "both", "but",
	"by", "can", "could", "currently", "did", "do", "does", "done", "during", "each",
	"exactly", "for", "from", "get", "gets", "give", "got", "had", "has", "have", "having",
	"he", "her", "here", "him", "his", "i", "if", "in", "into", "is", "it", "its",
	"just", "kind", "know", "let", "like", "many", "may", "me", "might", "much", "must",
	"my", "no", "not", "now", "of", "on", "one", "ones", "or", "other", "our", "out",
	"please", "really", "regarding", "same", "shall", "she", "should", "so", "some",
	"something", "such", "than", "that", "the", "their", "them", "then", "there", "these",
	"they", "thing", "things", "this", "those", "through", "to", "too", "u", "up", "very",
	"want", "wants", "was", "we", "were", "what", "whats", "which", "while", "will",
	"with", "would", "you", "your", "tell", "ok", "okay", "any", "been", "being", "an",
	"s", "t", "whether", "yet", "still", "ever", "far", "make", "made", "happen",
	"happened", "happening", "wat", "wut", "wht", "whta", "pls", "plz", "ur", "r",
	"wats", "tho", "guys", "actually", "basically", "sure", "getting", "gotten",
	"makes", "making", "happens", "having", "wanted", "wanting", "gonna", "wanna",
)

// greetings make a message a greeting or a call for help when nothing
// else in it carries meaning.
var greetings = setOf(
	"hi", "hello", "hey", "hiya", "yo", "help", "start", "thanks", "thank", "thx",
	"commands", "command", "morning", "evening", "sup", "howdy", "greetings", "bot",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// words splits text into lower-case words. It folds what users type in
// different ways to one form: Unicode compatibility forms, case, curly and
// straight apostrophes (a possessive 's is dropped), hyphenated names and
// codes ("Tae-yul", "KN-23" become "taeyul", "kn23") and digit grouping
// ("3,000" becomes "3000").
func words(s string) []string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	s = norm.NFKC.String(s)
	rs := []rune(s)
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	isAlnum := func(i int) bool {
		return i >= 0 && i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]))
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur = append(cur, unicode.ToLower(r))
		case isApostrophe(r) && len(cur) > 0 && isAlnum(i+1):
			// A possessive 's goes; any other apostrophe joins ("dont").
			if (rs[i+1] == 's' || rs[i+1] == 'S') && !isAlnum(i+2) {
				i++
			}
		case isDash(r) && len(cur) > 0 && isAlnum(i+1):
			// joined: "kn-23" and "kn23" are one word
		case r == ',' && len(cur) > 0 && unicode.IsDigit(cur[len(cur)-1]) &&
			isDigits(rs, i+1, 3) && !isAlnum(i+4):
			// digit grouping: "3,000" is "3000"
		case r == '.' && len(cur) > 0 && unicode.IsDigit(cur[len(cur)-1]) && i+1 < len(rs) && unicode.IsDigit(rs[i+1]):
			cur = append(cur, '.')
		default:
			flush()
		}
	}
	flush()
	return out
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '`' || r == '\u00b4'
}

func isDash(r rune) bool {
	return r == '-' || (r >= '\u2010' && r <= '\u2015') || r == '\u2212'
}

func isDigits(rs []rune, from, n int) bool {
	if from+n > len(rs) {
		return false
	}
	for _, r := range rs[from : from+n] {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// stem reduces a word to its Snowball (Porter2) English stem.
func stem(w string) string {
	return english.Stem(w, true)
}

// A term is a unit of meaning after analysis: a stem, or a synonym group's
// concept (e.g. "north_korea" for "Pyongyang", "DPRK" or "North Korean").
type term struct {
	text string
	kind Kind // "" for a plain stem
	pos  int  // index of the first word it came from
}

// phrase is a synonym alias as a sequence of stems.
type phrase struct {
	stems   []string
	concept string
}

// analyzer turns text into terms. It is built from a pack's synonyms and
// vocabulary, and is safe for concurrent use once built.
type analyzer struct {
	// phrases by their first stem, longest first.
	phrases map[string][]phrase
	kinds   map[string]Kind
	// known holds every word and stem the pack uses, for typo correction.
	known map[string]bool
	typos *typoIndex
}

func newAnalyzer(syns []Synonym) *analyzer {
	a := &analyzer{
		phrases: map[string][]phrase{},
		kinds:   map[string]Kind{},
		known:   map[string]bool{},
	}
	for _, s := range syns {
		concept := conceptName(s.Term)
		a.kinds[concept] = s.Kind
		for _, alias := range append([]string{s.Term}, s.Aliases...) {
			ws := words(alias)
			if len(ws) == 0 {
				continue
			}
			p := phrase{concept: concept}
			for _, w := range ws {
				p.stems = append(p.stems, stem(w))
			}
			a.phrases[p.stems[0]] = append(a.phrases[p.stems[0]], p)
		}
	}
	for k, ps := range a.phrases {
		// longest first, so "north korean government" wins over "north korean"
		sortPhrases(ps)
		a.phrases[k] = ps
	}
	return a
}

func sortPhrases(ps []phrase) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j].stems) > len(ps[j-1].stems); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func conceptName(t string) string {
	return strings.Join(words(t), "_")
}

// learn adds the words of pack text to the vocabulary that typos are
// corrected towards. Call it for all pack text before finish.
func (a *analyzer) learn(text string) {
	for _, w := range words(text) {
		a.known[w] = true
		a.known[stem(w)] = true
	}
}

func (a *analyzer) finish() {
	a.typos = newTypoIndex(a.known)
}

// analysis is what a text means to the engine.
type analysis struct {
	terms []term
	// unknown counts the words the pack has never seen, typos corrected.
	unknown []string
	// greeting is set when every word is a greeting, "help" or a stop word.
	greeting bool
}

// analyze returns the terms of text. With correct, words unknown to the pack
// are corrected to the nearest known word when one is near enough.
func (a *analyzer) analyze(text string, correct bool) analysis {
	ws := words(text)
	var res analysis
	stems := make([]string, len(ws))
	res.greeting = len(ws) > 0
	for i, w := range ws {
		if !greetings[w] && !isStop(w) {
			res.greeting = false
		}
		if correct && a.typos != nil && !greetings[w] && !isStop(w) && !a.isKnown(w) {
			if fixed, ok := a.typos.correct(w); ok {
				w = fixed
				ws[i] = fixed
			}
		}
		stems[i] = stem(w)
	}
	for i := 0; i < len(ws); {
		if p, ok := a.match(stems, i); ok {
			res.terms = append(res.terms, term{text: p.concept, kind: a.kinds[p.concept], pos: i})
			i += len(p.stems)
			continue
		}
		w := ws[i]
		switch {
		case isStop(w), greetings[w]:
		default:
			res.terms = append(res.terms, term{text: stems[i], pos: i})
			if correct && !a.isKnown(w) {
				res.unknown = append(res.unknown, stems[i])
			}
		}
		i++
	}
	return res
}

func isStop(w string) bool { return stopWords[w] }

func (a *analyzer) isKnown(w string) bool {
	return a.known[w] || a.known[stem(w)]
}

func (a *analyzer) match(stems []string, i int) (phrase, bool) {
	for _, p := range a.phrases[stems[i]] {
		if i+len(p.stems) > len(stems) {
			continue
		}
		ok := true
		for j, s := range p.stems {
			if stems[i+j] != s {
				ok = false
				break
			}
		}
		if ok {
			return p, true
		}
	}
	return phrase{}, false
}
