package knowledge

import (
	_ "embed"
	"maps"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
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
	// KindRole is a person or group by function whose owner matters
	// (minister, head, troops). A name right before it says whose it is
	// ("Ukraine foreign minister"); before any other word a name qualifies
	// nothing.
	KindRole Kind = "role"
	// KindAct is an act whose doer matters (saying): a name right before
	// it is its doer ("what did Moscow say"), and the question is only
	// answered by an entry about that one's.
	KindAct Kind = "act"
	// KindKey is a key word other than a name, such as a measure or a
	// date: a question using it is only answered by an entry that uses it
	// too (killed, injured, captured, January), and one using two of them
	// only by an entry citing a sentence that has both.
	KindKey Kind = "key"
	// KindWord is a plain synonym.
	KindWord Kind = "word"
	// KindFrame is a word that may only frame a question, or be what it
	// asks about ("why does this story matter?", "where is this story
	// from?"): when nothing answers the question with it, it is asked
	// again without.
	KindFrame Kind = "frame"
	// KindFiller is a phrase that only frames a question ("what does the
	// report say about", "according to the article"): it is dropped, so
	// that the words around it decide the answer.
	KindFiller Kind = "filler"
)

// kinds are the kinds a pack may give its synonyms.
var kinds = []Kind{KindEntity, KindQuestion, KindRole, KindAct, KindKey, KindWord, KindFrame, KindFiller}

// stopWords carry no meaning for matching. The Snowball library has its own
// list, but it drops who, when, why and more, which decide answers here.
var stopWords = setOf(slices.Concat(institutionWords, describingWords, []string{
	"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
	"any", "anything", "are", "as", "at", "be", "been", "being", "between", "both", "but",
	"by", "can", "could", "every", "currently", "did", "do", "does", "done", "during", "each",
	"exactly", "for", "from", "get", "gets", "give", "gave", "given", "gives", "giving", "got",
	"had", "has", "have", "having",
	"he", "her", "here", "him", "his", "i", "if", "in", "into", "is", "it", "its",
	"just", "kind", "know", "let", "like", "many", "may", "me", "two", "might", "much", "must",
	"my", "no", "not", "now", "of", "on", "one", "ones", "or", "other", "our", "out",
	"please", "really", "regarding", "same", "shall", "she", "should", "so", "some",
	"something", "such", "than", "that", "the", "their", "them", "then", "there", "these",
	"they", "thing", "things", "this", "those", "through", "to", "too", "u", "up", "very",
	"want", "wants", "was", "we", "were", "what", "whats", "which", "while", "will",
	"with", "would", "you", "your", "tell", "ok", "okay",
	"s", "'s", "t", "whether", "yet", "still", "ever", "far", "make", "made", "happen",
	"happened", "happening", "wat", "wut", "wht", "whta", "pls", "plz", "ur", "r",
	"wats", "tho", "guys", "actually", "basically", "sure", "getting", "gotten",
	"makes", "making", "happens", "wanted", "wanting", "gonna", "wanna", "gotta", "hafta", "outta",
	"occur", "occurs", "occurred", "occurring",
	"true", "truth", "able", "approximately", "approx", "roughly", "around", "anyway",
	"exist", "exists", "existed",
	// conversational filler: "I heard ...", "I keep seeing ...", "is that right?"
	"heard", "hear", "hearing", "see", "seeing", "seen", "saw", "keep", "keeps", "kept", "wonder",
	"wondering", "curious", "anyone", "anybody", "someone", "somebody", "over", "even",
	"main", "right", "correct", "idea", "thanks", "guess", "mean", "wait",
	// asking about asking: "quick question:", "sorry if this is a dumb
	// question, but", "just to check", "honestly", "these days"
	"question", "quick", "sorry", "dumb", "stupid", "silly", "check", "checking",
	"honestly", "honest", "frankly", "seriously", "days", "nowadays",
	// "how many lives were lost": the losing says it ("lives lost" is
	// an alias of killed)
	"lives",
	// degree, as "very": "valuable experience", "vital combat experience"
	"valuable", "invaluable", "vital", "precious",
	// "before" as "after"; nouns that only frame a topic ("the humanitarian
	// angle", "what aspect")
	"before", "angle", "aspect", "aspects", "dimension", "development", "developments",
	// hedges and connectives: "maybe North Korea sends more later?"
	"maybe", "perhaps", "probably", "later", "soon", "because", "already", "else",
	"recently", "lately", "someday", "try", "trying", "tried", "tries", "moment",
	"ballpark",
	"mainly", "mostly", "chiefly", "primarily", "largely", "primary", "principal", "central",
	"lot", "lots",
	// hearsay: "I read that ...", "apparently ...", "besides fighting"
	"read", "apparently", "reportedly", "besides", "friend", "friends",
	// chat: "btw who is budanov lol"
	"lol", "lmao", "rofl", "rn", "btw", "idk", "tbh", "ngl", "imo", "imho", "omg",
	"fyi", "afaik", "iirc", "ikr", "bruh", "bro", "dude", "ty", "srsly",
	"tf", "smth", "sth", "em", "abt", "bout", "n", "nah", "yeah", "yep", "ya", "guy",
	"dat", "dis", "da", "dudes", "folks", "w", "wit", // "w" for with
	// words as general as "do" and "thing": "what organization does
	// Budanov head", "how has Russia affected the KN-23",
	// "in which region", "his Ukrainian counterpart", "when did nk send ppl"
	"organization", "organisation", "affect", "affected", "affects",
	"body", "bodies", "conduct", "conducts", "conducting", "carry", "carrying", "carried",
	"fall", "falls", "bilateral", "broad", "broader", "wider", "overall",
	"official", "officials", "region", "regions", "area", "areas",
	"korean", "koreans", // alone, North or South: "which Korean minister"
	"cabinet", "fill", "fills", "word", "top", "man", "woman", "person", "persons", "wear", "wears", "put",
	// "is a new deployment possible?" asks whether, as "can" does
	"possible", "possibly",
	"perform", "performs", "performing", "performed", "become", "becomes", "becoming", "became",
	"come", "comes", "coming", "came", "incoming", "people", "ppl", "counterpart", "counterparts",
	// an institution stands for its country ("Seoul's government", see
	// institutions), a programme for its weapon ("the missile program")
	"countries", "program", "programme", "programs", "programmes",
	// "what's the deal with", "any update on", "what's new about"
	"deal", "update", "updates", "status", "situation", "new",
	// requests: "explain the JCS warning", "describe what the troops do"
	"explain", "summarize", "summarise", "elaborate", "clarify", "outline", "kindly",
	"identify", "specify", "details", "detail", "info", "information", "list",
	// formal filler: "in what capacity does Cho serve", "must be met",
	// "what type of approach", "continued support", "permitted to relocate"
	"serve", "serves", "serving", "remain", "remains", "met", "exercise", "exercises", "exercised",
	"governmental", "institution", "institutions", "approximate",
	"involve", "involves", "entail", "entails", "include", "includes", "consist", "consists",
	"type", "sort", "manner", "continued", "continuing", "permitted", "allowed", "allow",
	"allows", "allowing", "letting",
	// prepositions the list above lacked
	"among", "amongst", "within", "without", "upon", "across", "toward", "towards", "under",
	"beside", "throughout", "via", "per", "near", "onto", "beyond", "along", "behind",
	// contractions typed without their apostrophe ("thats", "im"); not the
	// negative ones: "prisoners who dont want to go" is not "who want to"
	"im", "ive", "youre", "theyre", "thats", "theres", "hes", "shes", "lets",
	// where something is, which "where" asks already: "where are they
	// stationed"
	"stationed", "positioned", "located", "situated",
	// titles before a name: "Mr Cho"
	"mr", "mrs", "ms", "mister",
})...)

// institutions after a name are the name itself: "the North Korean
// government says" is North Korea saying, not a government qualified by
// North Korea. They are stop words too.
var (
	institutionWords = []string{"government", "governments", "authorities", "administration", "regime", "leadership",
		"side", "sides", "state", "country", "nation"}
	institutions = setOf(institutionWords...)
)

// adverbSuffixes end the adverbs of manner and degree ("automatically",
// "seriously", "reportedly"); a bare "-ly" would take in "Italy" and
// "July", and "-ily" "family".
var adverbSuffixes = []string{"ally", "ely", "ously", "fully", "ively", "ably", "ibly", "edly", "ingly", "ently", "antly", "ately", "ctly"}

func isAdverb(w string) bool {
	return len(w) > 5 && slices.ContainsFunc(adverbSuffixes, func(s string) bool { return strings.HasSuffix(w, s) })
}

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
// straight apostrophes (a possessive 's becomes the word "'s", which marks
// whose: "Russia's soldiers"; a contracted auxiliary is dropped: "when'd"),
// hyphenated names and codes ("Tae-yul", "KN-23" become "taeyul", "kn23"),
// digit grouping ("3,000" becomes "3000") and number words ("three
// thousand" becomes "3000").
func words(s string) []string {
	if plainLower(s) {
		// as most aliases are: the words are parts of s, cut without a copy
		ws := strings.Fields(s)
		if len(ws) == 0 {
			return nil
		}
		return bounds(numbers(ws))
	}
	return cutWords(s)
}

// cutWords is words for any text.
func cutWords(s string) []string {
	if !isASCII(s) { // ASCII is valid and normal
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, " ")
		}
		if !norm.NFKC.IsNormalString(s) {
			s = norm.NFKC.String(s)
		}
	}
	// at decodes the rune at byte i; past the end it is 0, which is not a
	// letter or digit, so look-ahead needs no bounds checks.
	at := func(i int) (rune, int) {
		if i >= len(s) {
			return 0, 0
		}
		if c := s[i]; c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(s[i:])
	}
	isAlnum := func(r rune) bool {
		if r < utf8.RuneSelf {
			return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		}
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	// The words are cut from one string, to allocate once per text, not
	// once per word: buf holds the words run together, ends where each
	// ends, and a possessive is marked by a negative end.
	buf := make([]byte, 0, len(s))
	var endsArray [32]int // on the stack, for most texts
	ends := endsArray[:0]
	start := 0
	flush := func() {
		if len(buf) > start {
			ends = append(ends, len(buf))
			start = len(buf)
		}
	}
	for i := 0; i < len(s); {
		// most text is plain ASCII letters and spaces
		switch c := s[i]; {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			buf = append(buf, c)
			i++
			continue
		case 'A' <= c && c <= 'Z':
			buf = append(buf, c+'a'-'A')
			i++
			continue
		case c == ' ':
			flush()
			i++
			continue
		}
		r, n := at(i)
		next, n2 := at(i + n)
		switch {
		case isAlnum(r):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case isApostrophe(r) && len(buf) > start && isAlnum(next):
			// A possessive 's is a word of its own; an auxiliary ('d, 'll,
			// 're, 've, 'm: "when'd", "they're") is dropped; any other
			// apostrophe joins ("dont").
			if after, _ := at(i + n + n2); (next == 's' || next == 'S') && !isAlnum(after) {
				flush()
				ends = append(ends, -1)
				n += n2
			} else if k := auxiliaryAt(s, i+n); k > 0 {
				flush()
				n += k
			}
		case isDash(r) && len(buf) > start && isAlnum(next):
			// joined: "kn-23" and "kn23" are one word
		case r == ',' && len(buf) > start && isDigit(buf[len(buf)-1]) && groupOfThree(s, i+1):
			// digit grouping: "3,000" is "3000"
		case r == '.' && len(buf) > start && isDigit(buf[len(buf)-1]) && next >= '0' && next <= '9':
			buf = append(buf, '.')
		default:
			flush()
		}
		i += n
	}
	flush()
	if len(ends) == 0 {
		return nil
	}
	all := string(buf)
	out := make([]string, len(ends))
	from := 0
	for i, end := range ends {
		if end < 0 {
			out[i] = possessive
			continue
		}
		out[i] = all[from:end]
		from = end
	}
	return bounds(numbers(out))
}

// sentenceWords is words for a whole question or text, not a synonym's alias:
// it also reads the words whose sense hangs on their place in a sentence
// (see sentenceReadings), which an alias such as "authority over" lacks.
func sentenceWords(s string) []string {
	return sentenceReadings(words(countryUS(s)))
}

// plainLower reports whether s holds only lower-case ASCII letters,
// digits and spaces.
func plainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == ' ') {
			return false
		}
	}
	return true
}

// countryUS reads "US" in capitals as the country, "USA", unless the
// whole text is in capitals ("TELL US"): lower case, it is "us".
func countryUS(s string) string {
	if !strings.Contains(s, "US") || strings.ToUpper(s) == s {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "US")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i+2])
		if !isLetter(s, i-1) && !isLetter(s, i+2) {
			b.WriteString("A")
		}
		s = s[i+2:]
	}
}

// isLetter reports whether the byte at i is an ASCII letter; outside s it
// is not.
func isLetter(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i] | 0x20
	return 'a' <= c && c <= 'z'
}

// sentenceReadings reads "before" with nothing after it, or only "this", "now" or
// a question word, as "previously" ("Has North Korea fought a war
// before?", "in a war before, when?"); before a noun or a verb, or after
// "than", it says nothing here ("agree before going", "more involved than
// before"). "Over" last is "ended" ("when's the war over?"), where "over
// 3,000" hedges a number. A question tag ("didn't it?") is dropped. In
// "since when" a negation asks when a thing
// last happened: "previously". "Get" before "from" is "gain" ("what does
// North Korea get from the war?"); "how" asks nothing of a description
// ("How is Cho described?" asks who he is).
func sentenceReadings(ws []string) []string {
	if n := len(ws); n > 2 && tagAux[ws[n-2]] && tagPronouns[ws[n-1]] {
		// a tag asks back what was said: "..., didn't it?"
		ws = ws[:n-2]
	}
	if len(ws) > 2 && ws[0] == "how" && beAux[ws[1]] && slices.ContainsFunc(ws[2:], func(w string) bool { return describing[w] }) {
		// "How is Cho described?" asks who he is, not by what means (not
		// "How does the report describe the situation?", of a thing)
		ws[0] = "what"
	}
	sinceWhen := false
	for i, w := range ws {
		if w == "since" && i+1 < len(ws) && ws[i+1] == "when" {
			sinceWhen = true
		}
		if sinceWhen && negations[w] {
			// "Since when has North Korea not fought a war?" asks when it
			// last did
			ws[i] = "previously"
		}
	}
	for i, w := range ws {
		switch {
		case getForms[w] && gainFrom(ws[i+1:]):
			ws[i] = "gain" // "what does North Korea get from the war", "get what from fighting"
		case w == "before" && (i+1 == len(ws) || afterBefore[ws[i+1]]) && (i == 0 || ws[i-1] != "than"):
			ws[i] = "previously"
		case w == "over" && i+1 == len(ws) && i > 0:
			ws[i] = "ended"
		}
	}
	return ws
}

// describingWords say how someone is described; they are stop words too.
var (
	describingWords = []string{"described", "describe", "describes", "portrayed", "portray", "portrays", "characterized", "characterised", "depicted", "depict"}
	describing      = setOf(describingWords...)
)

var getForms = setOf("get", "gets", "got", "getting")

// gainFrom reports whether ws starts with "from" or "by" after at most
// two words that ask what ("get what from", "getting by working with").
func gainFrom(ws []string) bool {
	for i, w := range ws {
		switch {
		case w == "from" || w == "by":
			return true
		case i >= 2 || w != "what" && w != "thing" && w != "things" && w != "out" && w != "anything":
			return false
		}
	}
	return false
}

var (
	tagAux      = setOf("didnt", "isnt", "wasnt", "doesnt", "hasnt", "havent", "arent", "werent", "wont", "cant", "couldnt", "wouldnt", "shouldnt", "did", "is", "was", "does", "has", "have", "are", "were", "will", "can")
	tagPronouns = setOf("it", "they", "he", "she", "there", "we")
)

var negations = setOf("not", "never", "hasnt", "hadnt", "havent", "didnt", "wasnt", "werent", "isnt", "arent")

var afterBefore = setOf("this", "now", "then", "when", "where", "who", "how", "what", "and", "or", "but", "is", "was")

// bounds drops "up to", "more than" and the like before a number: they
// hedge the number, as "about" does, where elsewhere they may mean what the
// pack knows ("what are the troops up to?", "more troops").
func bounds(ws []string) []string {
	for i := 0; i+2 < len(ws); i++ {
		if isDigit(ws[i+2][0]) && hedges[ws[i]+" "+ws[i+1]] {
			ws = append(ws[:i], ws[i+2:]...)
		}
	}
	return ws
}

var hedges = setOf("up to", "more than", "less than", "fewer than", "at least", "at most",
	"start of", "beginning of") // "the start of 2025"

// numberWords are the words of numbers, read as digits where they are
// plainly a number: with a ten or a scale ("three thousand" is 3000,
// "seventy" 70), not "one" or "two" alone, which are as often no number at
// all; "a" only before a scale ("a thousand").
var numberWords = map[string]numberWord{
	"a": {1, false}, "one": {1, false}, "two": {2, false}, "three": {3, false}, "four": {4, false},
	"five": {5, false}, "six": {6, false}, "seven": {7, false}, "eight": {8, false}, "nine": {9, false},
	"ten": {10, false}, "eleven": {11, false}, "twelve": {12, false}, "thirteen": {13, false},
	"fourteen": {14, false}, "fifteen": {15, false}, "sixteen": {16, false}, "seventeen": {17, false},
	"eighteen": {18, false}, "nineteen": {19, false},
	"twenty": {20, false}, "thirty": {30, false}, "forty": {40, false}, "fifty": {50, false},
	"sixty": {60, false}, "seventy": {70, false}, "eighty": {80, false}, "ninety": {90, false},
	"hundred": {100, true}, "thousand": {1000, true}, "million": {1000000, true},
}

// A numberWord is a unit (under 20), a ten, or a scale that multiplies.
type numberWord struct {
	value int
	scale bool
}

// numbers replaces each run of number words in ws by its digits.
func numbers(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); {
		n, j, plain := 0, i, true
		if _, ok := numberWords[ws[i]]; ok { // most words are none
			n, j, plain = numberAt(ws, i)
		}
		if j == i || plain {
			if out != nil {
				out = append(out, ws[i])
			}
			i++
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ws)), ws[:i]...)
		}
		out = append(out, strconv.Itoa(n))
		i = j
	}
	if out == nil {
		return ws
	}
	return out
}

// numberAt reads the number words from ws[i], returning the number, the
// index after them, and whether they are only units ("one", "a").
func numberAt(ws []string, i int) (n, j int, plain bool) {
	total, cur := 0, 0
	plain = true
loop:
	for j = i; j < len(ws); j++ {
		w := ws[j]
		nw, ok := numberWords[w]
		switch {
		case !ok, nw.scale && j == i, w == "a" && (j+1 >= len(ws) || !numberWords[ws[j+1]].scale):
			break loop
		case nw.scale:
			if nw.value == 100 {
				cur *= nw.value
			} else {
				total += cur * nw.value
				cur = 0
			}
			plain = false
		default:
			cur += nw.value
			plain = plain && nw.value < 20
		}
	}
	return total + cur, j, plain
}

// auxiliaryAt returns the length of a contracted auxiliary ("d", "ll",
// "re", "ve", "m") that starts s[i:] and ends a word, or 0.
func auxiliaryAt(s string, i int) int {
	j := i
	for j < len(s) && j-i < 3 && ('a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z') {
		j++
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return 0
		}
	}
	switch strings.ToLower(s[i:j]) {
	case "d", "ll", "re", "ve", "m":
		return j - i
	}
	return 0
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// possessive is the word words makes of a possessive 's.
const possessive = "'s"

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// groupOfThree reports whether s[i:] starts with exactly three digits.
func groupOfThree(s string, i int) bool {
	if i+3 > len(s) || !isDigit(s[i]) || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
		return false
	}
	if i+3 == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i+3:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '`' || r == '\u00b4'
}

func isDash(r rune) bool {
	return r == '-' || (r >= '\u2010' && r <= '\u2015') || r == '\u2212'
}

// stem reduces a lower-case word to its Snowball (Porter2) English stem.
// The stemmer is the Go the Snowball compiler generates from the algorithm's
// own definition; it gives the same stems as github.com/kljensen/snowball
// on every word of the pack and question sets, three times as fast.
func stem(w string) string {
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	return env.Current()
}

// stemCacheFile lists the stems of the embedded pack's words, one "word
// stem" per line ("word" alone where they are the same): running the
// stemmer on them was a seventh of loading, and their stems never change.
// TestStemCache checks every line against the stemmer, and that the file
// holds exactly the embedded pack's words (-update rewrites it). Another
// pack loads as well, stemming the words the file lacks.
//
//go:embed stems.txt
var stemCacheFile string

// readStemCache reads a file in the form of stemCacheFile.
func readStemCache(s string) map[string]string {
	m := make(map[string]string, strings.Count(s, "\n"))
	for line := range strings.Lines(s) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		w, st, ok := strings.Cut(line, " ")
		if !ok {
			st = w
		}
		m[w] = st
	}
	return m
}

// A term is a unit of meaning after analysis: a stem, or a synonym group's
// concept (e.g. "north_korea" for "Pyongyang", "DPRK" or "North Korean").
type term struct {
	text string
	kind Kind // "" for a plain stem
	pos  int  // index of the first word it came from
	end  int  // index of the word after its last
	// modifies is, for an entity, the index of the word right after it
	// (after its possessive, if it has one); -1 for none. qualifier says
	// it was written as a nationality adjective or a possessive ("Russian
	// soldiers", "Ukraine's minister"), which qualifies any word after it.
	modifies  int
	qualifier bool
	// person says it is a person's name (one who acts for an entity);
	// people, that it names a people in the plural ("Ukrainians").
	person, people bool
	// forces says it spans a name and the role it qualifies, read as that
	// role's people acting for it ("Russian troops gaining").
	forces bool
	// either links terms offered as alternatives ("Russia or Ukraine", "a
	// call or a meeting"): terms with the same non-zero value are one
	// choice.
	either int
}

// phrase is a synonym alias as a sequence of stems.
type phrase struct {
	stems   []string
	words   []string
	concept string
	term    string // the synonym group's term, as written
	alias   string // the alias, as written
	// kind and person are the concept's, kept here because matching
	// reads them for every phrase it tries.
	kind   Kind
	person bool
}

// analyzer turns text into terms. It is built from a pack's synonyms and
// vocabulary, and is safe for concurrent use once built.
type analyzer struct {
	// phrases by their first stem, longest first (pointing into aliases).
	phrases map[string][]*phrase
	kinds   map[string]Kind
	// actsFor maps a person to the entity they act for.
	actsFor map[string]string
	// known holds every word and stem the pack uses, for typo correction.
	known map[string]bool
	// stems caches the stem of every word the pack uses: stemming is the
	// costliest step of reading a question, and most words are the pack's.
	stems map[string]string
	// memo holds the analysis of each pack text read while building, so
	// that validation and indexing read each text once.
	memo map[string]analysis
	// aliases are every synonym's term and aliases, read once, in the
	// pack's order (an empty one has no words).
	aliases []phrase
	// stemCache holds stems known before the pack is read (only while
	// the analyzer is built).
	stemCache map[string]string
	// built says the caches are complete: the analyzer only reads them
	// from then on, and is safe for concurrent use.
	built bool
	// parent, if set, is the analyzer this one was derived from: its
	// caches are read, never written.
	parent *analyzer
	typos  *typoIndex
}

// derive returns a new analyzer with a's synonyms, vocabulary and caches
// to read (all shared, never written).
func (a *analyzer) derive() *analyzer {
	return &analyzer{phrases: a.phrases, kinds: a.kinds, actsFor: a.actsFor, aliases: a.aliases, known: a.known,
		parent: a, stems: map[string]string{}, memo: map[string]analysis{}}
}

// newAnalyzer builds an analyzer for the synonyms, and reads texts (the
// entries) ahead, so that validation and indexing find them read. Of the
// report only the words are learnt: nothing reads it as a question.
func newAnalyzer(syns []Synonym, report, texts []string, stemCache map[string]string) *analyzer {
	n := 0
	for _, s := range syns {
		n += 1 + len(s.Aliases)
	}
	a := &analyzer{
		phrases:   make(map[string][]*phrase, n/2), // two aliases a first word
		kinds:     make(map[string]Kind, len(syns)),
		actsFor:   map[string]string{},
		memo:      make(map[string]analysis, len(texts)),
		stemCache: stemCache,
	}
	// The pack's words are about as many as those of the embedded pack.
	a.stems = make(map[string]string, len(a.stemCache))
	a.aliases = make([]phrase, 0, n) // never grown: phrases points into it
	var stems []string               // every alias's stems, cut from few arrays
	for _, s := range syns {
		concept := conceptName(s.Term)
		a.kinds[concept] = s.Kind
		if s.For != "" {
			a.actsFor[concept] = conceptName(s.For)
		}
		for _, alias := range append([]string{s.Term}, s.Aliases...) {
			p := phrase{concept: concept, term: s.Term, alias: alias, words: words(alias)}
			if len(p.words) > cap(stems)-len(stems) {
				stems = make([]string, 0, max(2*n, len(p.words)))
			}
			for _, w := range p.words {
				stems = append(stems, a.stem(w))
			}
			p.stems = stems[len(stems)-len(p.words) : len(stems) : len(stems)]
			a.aliases = append(a.aliases, p)
			if len(p.stems) > 0 {
				a.phrases[p.stems[0]] = append(a.phrases[p.stems[0]], &a.aliases[len(a.aliases)-1])
			}
		}
	}
	for i := range a.aliases {
		p := &a.aliases[i]
		p.kind, p.person = a.kinds[p.concept], a.actsFor[p.concept] != ""
	}
	for _, ps := range a.phrases {
		// longest first, so "north korean government" wins over "north korean"
		slices.SortStableFunc(ps, func(x, y *phrase) int { return len(y.stems) - len(x.stems) })
	}
	for _, t := range report {
		for _, w := range sentenceWords(t) {
			a.stem(w)
		}
	}
	a.readAhead(texts)
	// Every word of the pack has been read, and stemmed once.
	a.known = make(map[string]bool, len(a.stems)+len(a.stems)/3) // words, and stems that are no word
	for w, s := range a.stems {
		a.known[w] = true
		a.known[s] = true
	}
	a.stemCache = nil
	a.built = true
	return a
}

// readAhead analyzes the texts into the memo on up to four cores: they
// are read independently, and reading them is a third of loading. Each
// worker is derived from a, reading a's caches and stemming into its own;
// when all are done, their stems are merged into a's, and the analyses
// go to a's memo.
func (a *analyzer) readAhead(texts []string) {
	n := min(runtime.GOMAXPROCS(0), 4, 1+len(texts)/64)
	if n == 1 {
		for _, t := range texts {
			a.analyze(t, false)
		}
		return
	}
	kids := make([]*analyzer, n)
	read := make([]analysis, len(texts)) // each worker writes its own
	var wg sync.WaitGroup
	for k := range kids {
		kid := a.derive()
		kid.stemCache = a.stemCache
		kids[k] = kid
		wg.Go(func() {
			for i := k; i < len(texts); i += n {
				read[i] = kid.analyzeWords(sentenceWords(texts[i]), false)
			}
		})
	}
	wg.Wait()
	for _, kid := range kids {
		maps.Copy(a.stems, kid.stems)
	}
	for i, t := range texts {
		a.memo[t] = read[i]
	}
}

func conceptName(t string) string {
	return strings.Join(words(t), "_")
}

// finish makes the analyzer correct typos towards its vocabulary; it is
// read-only from then on.
func (a *analyzer) finish() {
	a.typos = a.typoIndex(a.stems)
}

// typoIndex indexes corrections towards the words of own and of the
// parent's stems.
func (a *analyzer) typoIndex(own map[string]string) *typoIndex {
	// Corrections are words the pack uses, not stems: "proposd" is one
	// edit from "proposed", "propose" and the stem "propos", and only the
	// words agree on what they mean.
	words := make([]string, 0, len(own)+len(a.parentStems()))
	// So are the other forms of a verb it uses in one form: the pack says
	// "monitored", a user misspells "monitoring" ("monitering"). Each is
	// stemmed only when a correction comes near it, to check it is one.
	var forms []typoForm
	add := func(w, s string) {
		words = append(words, w)
		if len(s) < 4 || !isForm(w, s, "ed") && !isForm(w, s, "ing") { // not "do", "doing"
			return
		}
		for _, end := range [...]string{"s", "ed", "ing"} {
			if f := s + end; !a.known[f] {
				forms = append(forms, typoForm{f, s})
			}
		}
	}
	for w, s := range own {
		add(w, s)
	}
	for w, s := range a.parentStems() {
		if _, dup := own[w]; !dup {
			add(w, s)
		}
	}
	return newTypoIndex(words, forms, a.sense)
}

// isForm reports whether w is stem s with the ending end.
func isForm(w, s, end string) bool {
	return len(w) == len(s)+len(end) && strings.HasPrefix(w, s) && strings.HasSuffix(w, end)
}

// sense is what a word means to the pack: the synonym it is a one-word
// alias of ("kyrylo" and "kirilo" both mean Budanov), or else its stem.
func (a *analyzer) sense(w string) string {
	s := a.stem(w)
	for _, p := range a.phrases[s] {
		if len(p.stems) == 1 {
			return p.concept
		}
	}
	return s
}

func (a *analyzer) parentStems() map[string]string {
	if a.parent == nil {
		return nil
	}
	return a.parent.stems
}

// stem returns the stem of w, cached while the analyzer is being built
// and read-only afterwards, so that it is safe for concurrent use.
func (a *analyzer) stem(w string) string {
	if s, ok := a.stems[w]; ok {
		return s
	}
	if a.parent != nil {
		if s, ok := a.parent.stems[w]; ok {
			return s
		}
	}
	s, ok := a.stemCache[w]
	if !ok {
		s = stem(w)
	}
	if a.typos == nil && !a.built {
		a.stems[w] = s
	}
	return s
}

// analysis is what a text means to the engine.
type analysis struct {
	words []string
	terms []term
	// unknown lists the stems of words the pack has never seen, after
	// typos are corrected.
	unknown []string
	// greeting is set when there is a greeting or "help" and every other
	// word is a stop word.
	greeting bool
}

// analyze returns the terms of text. With correct, words unknown to the pack
// are corrected to the nearest known word when one is near enough.
func (a *analyzer) analyze(text string, correct bool) analysis {
	if correct || a.typos != nil {
		return a.analyzeWords(sentenceWords(text), correct)
	}
	if an, ok := a.memo[text]; ok {
		return an
	}
	if a.parent != nil {
		if an, ok := a.parent.memo[text]; ok {
			return an
		}
	}
	an := a.analyzeWords(sentenceWords(text), false)
	if !a.built {
		a.memo[text] = an
	}
	return an
}

// dropRelative drops a clause that only says which place is meant, from a
// "where" after the question's own question word ("Who controls the area
// where North Korean troops are?" asks who controls the area): its names
// need not be the answer's; and the "who" or "which" of a clause that says
// which people are meant ("How many soldiers who had died ...?"). After
// "and" or "or" a question word asks a second thing ("how many, and
// where?"), and stays.
func dropRelative(ws []string, ts []term) []term {
	first := slices.IndexFunc(ts, func(t term) bool { return t.kind == KindQuestion })
	if first < 0 {
		return ts
	}
	for i := first + 1; i < len(ts); i++ {
		t := ts[i]
		if t.kind != KindQuestion || t.end != t.pos+1 || joins[ws[t.pos-1]] || i+1 == len(ts) {
			continue
		}
		switch ws[t.pos] {
		case "where":
			return ts[:i:i]
		case "who", "whom", "which":
			// "soldiers who had died" says which soldiers: the clause
			// stays, its "who" asks nothing
			return append(ts[:i:i], ts[i+1:]...)
		}
	}
	return ts
}

// whenClause drops the "when" of a clause that says when the question's
// own question word applies ("What's on the agenda when Seoul and Kyiv
// talk?", "When they talk, what do they focus on?"); joined by "and" or
// "or" to another question word, it asks a second thing and stays.
func whenClause(ws []string, ts []term) []term {
	i := slices.IndexFunc(ts, func(t term) bool { return t.kind == KindQuestion && t.end == t.pos+1 && ws[t.pos] == "when" })
	if i < 0 {
		return ts
	}
	p := ts[i].pos
	for j, w := range ws {
		if j != p && whWords[w] && !joins[before(ws, max(j, p))] && !(j+1 == p || p+1 == j) {
			return slices.Delete(slices.Clone(ts), i, i+1)
		}
	}
	return ts
}

var whWords = setOf("what", "which", "who", "whom", "whose", "how", "why", "where")

// ownership reads "its own" or "their own" as the possessive of the name
// before it: "When did Russia improve its own missiles?" asks about
// Russia's missiles, not North Korea's.
func ownership(ws []string, ts []term) []term {
	for i := 1; i < len(ws); i++ {
		if ws[i] != "own" || !owners[ws[i-1]] {
			continue
		}
		// "own" owns nothing here ("on their own")
		ts = slices.DeleteFunc(slices.Clone(ts), func(t term) bool { return t.pos == i })
		k := slices.IndexFunc(ts, func(t term) bool { return t.pos >= i-1 })
		if k < 0 {
			k = len(ts)
		}
		j := k - 1
		for j >= 0 && (ts[j].kind != KindEntity || ts[j].qualifier) {
			j--
		}
		if j < 0 || i+1 == len(ws) {
			continue
		}
		c := ts[j]
		c.pos, c.end, c.modifies, c.qualifier, c.either, c.forces = i-1, i+1, i+1, true, 0, false
		ts = slices.Insert(ts, k, c)
	}
	return ts
}

var owners = setOf("its", "their", "his", "her")

// nthIndex returns the index of the n-th (from 0) w in ws, or -1.
func nthIndex(ws []string, w string, n int) int {
	for i, x := range ws {
		if x == w {
			if n == 0 {
				return i
			}
			n--
		}
	}
	return -1
}

// joins are the words after which a question word asks a second thing.
var joins = setOf("and", "or", "but", "then", "also")

// analyzeWords is analyze for text already split by words.
func (a *analyzer) analyzeWords(ws []string, correct bool) analysis {
	hello, other := false, false
	for _, w := range ws {
		if greetings[w] {
			hello = true
		} else if !other && !stopWords[w] {
			other = true
		}
	}
	// "how" before a word the pack does not know ("how cold") asks a
	// degree; told before repair corrects the word, and found again after
	// it by its count of "how"s, as repair may split words before it
	degree, hows := -1, 0
	if correct {
		for i := 0; i+1 < len(ws); i++ {
			if ws[i] == "how" && !stopWords[ws[i+1]] && !a.isKnown(ws[i+1]) && !isDigit(ws[i+1][0]) {
				degree = hows
			}
			if ws[i] == "how" {
				hows++
			}
		}
	}
	if correct && a.typos != nil {
		ws = a.repair(ws)
	}
	if degree >= 0 {
		degree = nthIndex(ws, "how", degree)
	}
	res := analysis{words: ws}
	var stemsArray [32]string // on the stack, for most texts
	stems := stemsArray[:0]
	for _, w := range ws {
		stems = append(stems, a.stem(w))
	}
	res.greeting = hello && !other
	res.terms, res.unknown = a.terms(ws, stems, correct, true)
	res.terms = dropRelative(ws, res.terms)
	for i, t := range res.terms {
		if t.pos == degree && t.text == howTerm {
			// it asks how much of something the pack does not measure
			// ("How cold is it in Kursk?"), not by what means
			res.terms[i].text, res.terms[i].kind = measureTerm, KindQuestion
		}
	}
	res.terms = ownership(ws, res.terms)
	res.terms = whenClause(ws, res.terms)
	if len(res.terms) == 0 {
		// Framing alone ("what does the article say?") asks about the
		// report as a whole.
		res.terms, res.unknown = a.terms(ws, stems, correct, false)
	}
	return res
}

// terms reads the terms of the words, dropping filler phrases if asked.
func (a *analyzer) terms(ws, stems []string, correct, dropFiller bool) (_ []term, unknown []string) {
	// Read into a buffer on the stack and copied out at their size: about
	// half the words are stop words, which make no term.
	var buf [32]term
	terms := buf[:0]
	for i := 0; i < len(ws); {
		var p phrase
		ok := false
		if ps := a.phrases[stems[i]]; len(ps) > 0 { // most words start no alias
			p, ok = matchIn(ps, stems, i, dropFiller)
			if !ok || ws[i] == "which" || ws[i] == "what" {
				if q, e, next, ok := a.matchAroundName(ps, ws, stems, i); ok {
					terms = appendTerm(terms, q, ws)
					terms = appendTerm(terms, e, ws)
					i = next
					continue
				}
			}
		}
		if ok && !(len(p.stems) == 1 && stopWords[ws[i]] && ws[i] != p.words[0]) {
			// (a stop word is no alias that only shares its stem: "like"
			// is not "likely")
			t := a.newTerm(ws, p, i)
			if t.kind == KindFiller {
				i = t.end
				continue
			}
			terms = appendTerm(terms, t, ws)
			i = t.end
			continue
		}
		w := ws[i]
		switch {
		case stopWords[w], greetings[w]:
		case correct && isAdverb(w) && !a.isKnown(w):
			// an adverb the pack never uses qualifies, it does not ask:
			// "does he automatically go", "officially"
		default:
			terms = appendTerm(terms, term{text: stems[i], pos: i, end: i + 1, modifies: -1}, ws)
			if correct && !a.isKnown(w) {
				unknown = append(unknown, stems[i])
			}
		}
		i++
	}
	if len(terms) == 0 {
		return nil, unknown
	}
	out := make([]term, len(terms))
	copy(out, terms)
	return out, unknown
}

// newTerm is the term of the synonym phrase p read at word i. A name says
// whose the word after it is, as an adjective or possessive ("Russian
// soldiers", "Ukraine's minister") for any word, bare ("Ukraine foreign
// minister") only for a role: before a verb it is its subject, and the
// pack's passive phrasings ("is North Korea expected to") would read as
// another's. A plural people ("Russians") acts; it does not qualify.
func (a *analyzer) newTerm(ws []string, p phrase, i int) term {
	end := i + len(p.stems)
	t := term{text: p.concept, kind: p.kind, pos: i, end: end, modifies: -1, person: p.person}
	if t.kind != KindEntity {
		return t
	}
	switch last := ws[end-1]; {
	case end < len(ws) && ws[end] == possessive:
		t.modifies, t.qualifier = end+1, true
	case strings.HasSuffix(last, "an"):
		t.modifies, t.qualifier = end, true
	case strings.HasSuffix(last, "ans"):
		t.people = true
	default:
		t.modifies = end
	}
	if t.modifies >= 0 && t.modifies < len(ws) && institutions[ws[t.modifies]] {
		// "the North Korean government says": the country says
		t.end, t.modifies, t.qualifier = t.modifies+1, t.modifies+1, false
	}
	return t
}

// afterOr returns the index of the "or" that word i follows, with only stop
// words between ("a phone call or a meeting"), or -1.
func afterOr(ws []string, i int) int {
	return afterWord(ws, i, "or")
}

// afterWord returns the index of the word w (a stop word) that word i
// follows, with only stop words between, or -1.
func afterWord(ws []string, i int, w string) int {
	for j := i - 1; j > 0; j-- {
		switch {
		case ws[j] == w:
			return j
		case !stopWords[ws[j]]:
			return -1
		}
	}
	return -1
}

// appendTerm appends t, linked as an alternative to the term before it when
// an "or" joins two names ("Russia or Ukraine") or two other terms ("a phone
// call or a meeting").
func appendTerm(terms []term, t term, ws []string) []term {
	at := afterOr(ws, t.pos)
	if at < 0 || len(terms) == 0 {
		return append(terms, t)
	}
	prev := &terms[len(terms)-1]
	if (prev.kind == KindEntity) != (t.kind == KindEntity) {
		return append(terms, t)
	}
	if prev.either == 0 {
		prev.either = t.pos
	}
	t.either = prev.either
	return append(terms, t)
}

// matchAroundName reads "which Russian region" and "which South Korean
// official" as the question alias "which region" or "which official" and
// the name qualifying it: the alias's words around a nationality or a
// possessive. So are other aliases that nothing else matches where they
// start ("a new North Korean deployment" as "new deployment"): the caller
// tries those only after a direct match failed.
// ps are the phrases that start with stems[i].
func (a *analyzer) matchAroundName(ps []*phrase, ws, stems []string, i int) (q, e term, next int, ok bool) {
	asks := ws[i] == "which" || ws[i] == "what"
	if i+1 >= len(ws) {
		return q, e, 0, false
	}
	ep, ok := a.match(stems, i+1, false)
	if !ok {
		return q, e, 0, false
	}
	e = a.newTerm(ws, ep, i+1)
	if e.kind != KindEntity || !e.qualifier {
		return q, e, 0, false
	}
	rest := e.modifies // the alias goes on after the name
	e.modifies = -1    // and its noun is the alias's
	for _, p := range ps {
		n := len(p.stems) - 1
		kind := p.kind
		if (kind == KindQuestion) != asks || kind == KindFiller || n < 1 || rest+n > len(ws) || !slices.Equal(p.stems[1:], stems[rest:rest+n]) {
			continue
		}
		q = term{text: p.concept, kind: kind, pos: i, end: rest + n, modifies: -1}
		return q, e, rest + n, true
	}
	return q, e, 0, false
}

// repair reads each word the pack does not know as the word or words it
// is likely meant for, and returns ws, or a copy if any word changed.
func (a *analyzer) repair(ws []string) []string {
	var out []string
	for i, w := range ws {
		fixed := a.repairWord(w)
		if fixed == nil {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(make([]string, 0, len(ws)+1), ws[:i]...)
		}
		out = append(out, fixed...)
	}
	if out == nil {
		return ws
	}
	return out
}

// repairWord returns what an unknown word is meant for, or nil: a plural
// the stemmer leaves alone ("kn23s", "budanovs"), a dropped g ("talkin"),
// two known words run together ("seoulkyiv" from "Seoul-Kyiv",
// "northkorea"), or a typo of a known word ("missles").
func (a *analyzer) repairWord(w string) []string {
	if greetings[w] || stopWords[w] || a.isKnown(w) {
		return nil
	}
	if sing := strings.TrimSuffix(w, "s"); sing != w && a.known[sing] {
		return []string{sing}
	}
	if strings.HasSuffix(w, "in") && a.isKnown(w+"g") {
		return []string{w + "g"}
	}
	// Two-letter parts are names only ("UA-ROK talks", "nk-ru").
	part := func(p string) bool {
		return a.known[p] && !stopWords[p] && (len(p) > 2 || a.isName(p))
	}
	for k := 2; len(w) >= 4 && k <= len(w)-2; k++ {
		if part(w[:k]) && part(w[k:]) && (len(w) >= 6 || k == 2 || len(w)-k == 2) {
			return []string{w[:k], w[k:]}
		}
	}
	if fixed, ok := a.typos.correct(w); ok {
		return []string{fixed}
	}
	return nil
}

// isName reports whether the word w alone names an entity ("nk", "ua").
func (a *analyzer) isName(w string) bool {
	for _, p := range a.phrases[a.stem(w)] {
		if len(p.stems) == 1 && p.kind == KindEntity {
			return true
		}
	}
	return false
}

func (a *analyzer) isKnown(w string) bool {
	return a.known[w] || a.known[a.stem(w)]
}

// match returns the longest synonym phrase at word i, fillers too if asked.
func (a *analyzer) match(stems []string, i int, fillers bool) (phrase, bool) {
	return matchIn(a.phrases[stems[i]], stems, i, fillers)
}

// matchIn is match among ps, the phrases that start with stems[i].
func matchIn(ps []*phrase, stems []string, i int, fillers bool) (phrase, bool) {
	for _, p := range ps {
		if i+len(p.stems) > len(stems) || !fillers && p.kind == KindFiller {
			continue
		}
		ok := true
		for j, s := range p.stems[1:] { // the first is stems[i]'s, by the map
			if stems[i+1+j] != s {
				ok = false
				break
			}
		}
		if ok {
			return *p, true
		}
	}
	return phrase{}, false
}
