package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The engine's own words: those it reads the same in every pack, whatever
// the report. The pack's words (names, synonyms, ways of asking) are in
// pack.toml; these are the words of English that carry no topic but decide
// how a question is read.

// setOf makes a set of words, for lookups.
// passageNounList name a passage of a text by a part of it: "the bit
// about", "quote the line", "the part that says". One list, so that the
// readings asking of a passage (partabout.go, premiseoverview.go,
// quoteasked.go) agree on which nouns those are.
var passageNounList = []string{"bit", "bits", "part", "parts", "line", "lines", "passage", "passages",
	"section", "sections", "sentence", "sentences"}

// passageNouns is passageNounList as a set.
var passageNouns = setOf(passageNounList...)

// archaicDoes are "does" as archaic English spells it ("what office doth
// Cho hold?"); archaicAux, with the other archaic auxiliaries. One list,
// so that the stop words and meaningAux (rephrase.go) agree.
var (
	archaicDoes = []string{"doth", "dost"}
	archaicAux  = slices.Concat(archaicDoes, []string{"hath", "hast", "didst", "shalt"})
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// upperFirst returns s with its first letter in upper case. It reads the
// first rune whole, so an answer opening with a letter of more than one
// byte ("élan", a curly quote before it is left as it is) is not split.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// withWords makes a set of the words of set and words: a list that is
// another and more, written once.
func withWords(set map[string]bool, words ...string) map[string]bool {
	m := make(map[string]bool, len(set)+len(words))
	for w := range set {
		m[w] = true
	}
	for _, w := range words {
		m[w] = true
	}
	return m
}

// ---------------------------------------- no meaning

// stopWords carry no meaning for matching. The Snowball library has its own
// list, but it drops who, when, why and more, which decide answers here.
var stopWords = setOf(slices.Concat(institutionWords, describingWords, archaicAux, []string{
	"a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
	"any", "anything", "are", "as", "at", "be", "been", "being", "between", "both", "but",
	"by", "can", "could", "every", "currently", "did", "do", "does", "done", "during", "each",
	"exactly", "for", "from", "get", "gets", "give", "gave", "given", "gives", "giving", "got",
	"had", "has", "have", "having",
	"he", "her", "here", "him", "his", "i", "if", "in", "into", "is", "it", "its",
	"just", "kind", "know", "let", "like", "many", "may", "me", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "might", "much", "must",
	"my", "no", "not", "now", "of", "on", "one", "ones", "or", "other", "our", "out",
	"please", "really", "regarding", "concerning", "same", "shall", "she", "should", "so", "some",
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
	// negated auxiliaries, as typed without an apostrophe: a negated
	// question asks what the plain one does ("didnt south korea offer ...?")
	"didnt", "doesnt", "dont", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt",
	"couldnt", "wouldnt", "shouldnt", "cant", "wont", "aint",
	// the rest of English's function words, which say how, not what
	"myself", "ours", "theirs", "yours", "hers", "ourselves", "yourself", "yourselves", "himself", "herself", "below",
	"few", "most", "nor", "don", "inside", "outside", "beneath", "whatever", "whenever", "wherever", "whoever",
	"whichever", "neither", "always", "never", "often", "sometimes", "usually", "quite", "somewhat", "anyhow",
	"somehow", "somewhere", "elsewhere", "anywhere", "everywhere", "nowhere", "everyone", "everybody", "everything", "nobody",
	"nothing", "none", "seem", "seems", "seemed", "seeming", "sound", "sounds", "sounded", "stuff", "nope", "only", "alone", "combined",
	"whole", "entire", "though", "although", "via",
	// auxiliaries as chat spells them
	"cud", "shud", "wud", "cld", "wld", "shld",
	// auxiliaries and pronouns as archaic English spells them, as a
	// Shakespearean hail writes its question ("what office doth Cho hold?",
	// "how hath Russia improved the KN-23?", "when didst North Korea
	// dispatch its host unto Russia?")
	// (archaicAux) and
	"thou", "thee", "thy", "thine", "ye", "unto", "tis", "twas",
	// how sure or exact one is: "who is Budanov, precisely?" asks nothing
	// of precision
	"precisely", "specifically", "definitely", "surely", "certainly", "truly", "literally", "genuinely",
	// "directly involved": how, not the director of anything
	"directly",
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
	// and "of particular significance", "especially notable"
	"particular", "particularly", "especially",
	// "before" as "after"; nouns that only frame a topic ("the humanitarian
	// angle", "what aspect")
	"before", "angle", "aspect", "aspects", "dimension", "development", "developments",
	// hedges and connectives: "maybe North Korea sends more later?"
	"maybe", "perhaps", "probably", "later", "soon", "because", "already", "else",
	"recently", "lately", "someday", "try", "trying", "tryna", "tried", "tries", "moment",
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
	// chat's words of degree, as "very" and "quite": "minor or pretty
	// severe", "lowkey scary", "confused af"
	"pretty", "kinda", "sorta", "lowkey", "highkey", "deadass", "af", "hella", "super", "totally",
	"thru", "tho", "theyd", "theyll", "theyve", "itll", "thatll", "whod", "youd", "youll", "weve", "wouldve", "couldve", "shouldve",
	// words as general as "do" and "thing": "what organization does
	// Budanov head", "how has Russia affected the KN-23",
	// "in which region", "his Ukrainian counterpart", "when did nk send ppl"
	"organization", "organisation", "affect", "affected", "affects",
	"body", "bodies", "conduct", "conducts", "conducting", "carry", "carrying", "carried",
	"fall", "falls", "bilateral", "broad", "broader", "wider", "overall",
	"official", "officials", "region", "regions", "area", "areas",
	"korean", "koreans", // alone, North or South: "which Korean minister"
	"cabinet", "fill", "fills", "word", "top", "man", "woman", "person", "persons", "wear", "wears", "put",
	// a courteous asker's "the South Korean gentleman who offered ...":
	// a man, as "man" is
	"gentleman", "gentlemen",
	// "is a new deployment possible?" asks whether, as "can" does
	"possible", "possibly",
	// "will eventually go", "eventually will send": in the end, or a
	// French asker's "éventuellement", possibly; as a potential it asked
	// what the entry that says so never words (the pack's alias of
	// "potential" stays for its other forms)
	"eventually",
	"act", "acts", "acting", "acted", // as general as "do": "is South Korea acting alone?"
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
	"involve", "involves", "entail", "entails", "include", "includes", "included", "consist", "consists",
	"type", "sort", "manner", "continued", "continuing", "permitted", "allowed", "allow",
	"allows", "allowing", "letting",
	// "does Seoul intend to continue its support?" asks whether it will
	"intend", "intends", "intended", "continue", "continues",
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
		"side", "sides", "state", "country", "nation", "govt", "govts", "gov", "gvt"}
	institutions = setOf(institutionWords...)
)

// describingWords say how someone is described; they are stop words too.
var (
	describingWords = []string{"described", "describe", "describes", "portrayed", "portray", "portrays", "characterized", "characterised", "depicted", "depict"}
	describing      = setOf(describingWords...)
)

// greetings make a message a greeting or a call for help when nothing
// else in it carries meaning.
var greetings = setOf(
	"hi", "hello", "hey", "hiya", "yo", "help", "start", "thanks", "thank", "thx",
	"commands", "command", "morning", "evening", "sup", "howdy", "greetings", "bot",
	"hai", "heya", "hallo", "ello", "afternoon", "gday", "hola", "bonjour",
)

// adverbSuffixes end the adverbs of manner and degree ("automatically",
// "seriously", "reportedly"); a bare "-ly" would take in "Italy" and
// "July", and "-ily" "family".
var adverbSuffixes = []string{"ally", "ely", "ously", "fully", "ively", "ably", "ibly", "edly", "ingly", "ently", "antly", "ately", "ctly"}

func isAdverb(w string) bool {
	return len(w) > 5 && slices.ContainsFunc(adverbSuffixes, func(s string) bool { return strings.HasSuffix(w, s) })
}

// hedges before a number say it is approximate, as "about" does (see
// bounds).
var hedges = setOf("up to", "more than", "less than", "fewer than", "at least", "at most",
	"start of", "beginning of") // "the start of 2025"

// ---------------------------------------- who does what

// doAux are the words after which a name is the subject of the verb that
// follows it ("did Pyongyang say", "has Moscow improved"); beAux are those
// after which it is when an -ing form follows ("is North Korea sending").
var (
	doAux = setOf("did", "does", "do", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might")
	beAux = setOf("is", "are", "was", "were")
	// modals after a name make it the subject of the verb after them
	modals = setOf("would", "will", "could", "can", "might", "may", "should", "must")
	// beForms between a name and a verb make the verb done to the name
	// ("is expected", "are being trained").
	beForms = setOf("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting")
)

// placeOrObject are the words after which a name is a place or an object,
// not a doer ("sent to Russia", "reports from Kyiv"); "by" is left out:
// "captured by Ukraine" names who captured.
var placeOrObject = setOf("of", "from", "in", "to", "for", "with", "against", "within", "under", "alongside", "on", "into", "at", "about", "between", "over")

// pastForms are past tenses after which a name in a reported clause is
// the subject ("Who says Russia sent troops?"); not after its soldiers,
// where they may be participles ("soldiers captured in Ukraine").
var pastForms = setOf("sent", "dispatched", "deployed", "proposed", "offered", "improved", "enhanced", "gave", "took", "made", "said", "called")

// owns are the verbs by which a name has a role before it ("how many
// troops does Ukraine have").
var owns = setOf("have", "has", "had")

// lossVerbs, after a name, say its losses: "how many soldiers did Ukraine
// lose" asks of Ukraine's soldiers.
var lossVerbs = setOf("lose", "lost", "losing", "suffer", "suffered")

// theFigure are the words before a figure that point at it: "of those
// 3,000" (see countsApart).
var theFigure = setOf("the", "those", "these", "that", "this")

// determiners after a plain word make it a verb before its object ("What
// marks the ...?"), not the thing a "what" asks for (see verbBefore).
var determiners = setOf("the", "a", "an", "this", "that", "its", "their", "his", "her")

var (
	// within are the words before the area a "where" question asks
	// within ("Where in South Korea ...?"); Patois "inna" is "in" ("weh
	// dem a go live inna south korea?"), which the pack reads as nothing.
	within = setOf("in", "inside", "within", "inna")
	// into are the words before a place a text puts someone in or sends
	// them to ("fighting in Kursk", "sent to Russia").
	into = setOf("in", "inside", "within", "into", "to", "at")
)

// owners before "own" make it the possessive of the name before them ("its
// own missiles", see ownership).
var owners = setOf("its", "their", "his", "her")

// ---------------------------------------- what is asked

// offers are the words that speak of an act as offered, wished or
// possible rather than done ("ready to accept", "proposed that ... accept",
// "if they want to relocate", "could deploy").
var offers = setOf("could", "would", "may", "might", "if", "ready", "readiness", "prepared", "willing", "willingness",
	"propose", "proposed", "proposes", "proposing", "proposal", "offer", "offered", "offers", "offering",
	"potential", "potentially", "possible", "possibly", "plan", "plans", "planned", "want", "wants", "desire",
	"desires", "interest", "expected", "likely", "suggest", "suggested", "must")

// future words ask what will or can be, not what was (with modals).
var future = setOf("cud", "gonna", "shall", "wud", "wld", "going")

// completed are the words that ask whether a thing is done already; pastAux
// ask it in the past or the perfect, as the first word of a question or
// after its question word.
var (
	completed = setOf("yet", "already", "so far", "to date", "by now", "until now", "up to now", "thus far", "as yet",
		"finally", "eventually", "ultimately", "in the end", "at last", "in the long run")
	pastAux = setOf("did", "has", "have", "had")
	// doHaveAux are the auxiliaries of "do" and "have" that open a
	// question before its subject and verb ("did Pyongyang send", "have
	// the troops said"), in any tense.
	doHaveAux = setOf("did", "do", "does", "have", "has", "had")
)

// allOf speak of all of a thing, or of what one has (see wholeCount).
var allOf = setOf("total", "overall", "whole", "entire", "altogether", "have", "has", "own", "owns")

// joinsBefore are the small words typing runs into the next one
// ("howmany", "whatdid", "the3000"): a word the pack does not know that
// starts with one is read as two.
var joinsBefore = setOf("how", "what", "who", "when", "where", "why", "which", "the", "did", "does", "is", "are", "was")

// opensNoun are the words after which a word is a thing's name ("the
// president", "which brigade", "how many generals"), not an act.
var opensNoun = setOf("the", "a", "an", "this", "that", "these", "those", "which", "what", "whose", "many", "much",
	"any", "some", "'s", "its", "their", "his", "her", "of", "no")

// chatTails are the words chat puts after the end of a question ("when's
// the war over fr", "... right now lol"): the question's last word is the
// one before them.
var chatTails = setOf("fr", "lol", "lmao", "rn", "tho", "though", "now", "already", "yet", "anyway", "ngl", "tbh",
	"idk", "right", "then", "or", "nah", "what", "yet")

// apartWords set one measure against another in a count ("killed vs
// injured", "injured, not killed", "only the dead").
// splitAsks ask measures apart alone, without a "how many".
var splitAsks = setOf("split", "breakdown", "separately")

var apartWords = setOf("vs", "versus", "not", "only", "just", "alone", "separately", "split", "breakdown",
	"respectively", "apart", "individually", "each", "distinguish", "differentiate", "excluding", "without",
	"opposed", "rather", "instead", "distinct")

// whWords are the question words: a "when" beside another only says when
// (see whenClause).
var whWords = setOf("what", "which", "who", "whom", "whose", "how", "why", "where")

// isQuestionWord reports whether w is a question word: one of whWords, or
// "when", which the pack reads as a term of its own.
func isQuestionWord(w string) bool { return whWords[w] || w == "when" }

// joins are the words after which a question word asks a second thing.
var joins = setOf("and", "or", "but", "then", "also")

// questionStarts are the words a question may start with.
var questionStarts = setOf("what", "which", "who", "whom", "whose", "where", "when", "why", "how",
	"is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "has", "have", "had", "should", "in")

// pronouns are the words resolve puts a premise's names for.
var pronouns = setOf("they", "them", "their", "each", "both", "it", "its", "he", "him", "his")

// officials are the nouns that ask for someone acting for a country.
var officials = setOf("official", "officials", "person", "politician", "politicians", "spokesman", "spokesperson")

// setAside are the words before a name a question sets aside ("besides
// North Korea", see excluded; "what else did he say beyond the offer",
// see asideFrom).
var setAside = setOf("besides", "beyond", "except", "except for", "excluding", "other than", "apart from", "aside from")

// setAsideFirsts are the first words of setAside's phrases of two words:
// a pair of words is looked up only after one.
var setAsideFirsts = firstWords(setAside)

// firstWords returns the first words of the phrases of more than one word
// in set.
func firstWords(set map[string]bool) map[string]bool {
	out := map[string]bool{}
	for p := range set {
		if first, _, ok := strings.Cut(p, " "); ok {
			out[first] = true
		}
	}
	return out
}

// ---------------------------------------- read by what is around them

// learnerVerbs are bare verbs a learner puts after "for" for "to" ("do
// what for go there?").
var learnerVerbs = setOf("go", "move", "come", "relocate", "live", "stay", "get", "be", "transfer", "leave")

// catchNouns before "catch" make it a hidden condition ("what's the
// catch?"), where elsewhere it is the verb ("the soldiers Ukraine catch").
var catchNouns = setOf("the", "a", "any", "no", "one", "big")

// getForms before "from" say gaining ("what does North Korea get from the
// war?", see sentenceReadings).
var getForms = setOf("get", "gets", "got", "getting")

// tagAux and tagPronouns make a question tag ("..., didn't it?"), which asks
// back what was said.
var (
	tagAux      = setOf("didnt", "isnt", "wasnt", "doesnt", "hasnt", "havent", "arent", "werent", "wont", "cant", "couldnt", "wouldnt", "shouldnt", "did", "is", "was", "does", "has", "have", "are", "were", "will", "can")
	tagPronouns = setOf("it", "they", "he", "she", "there", "we")
)

// negations after "since when" ask when a thing last happened; in a premise
// they narrow what its pronoun stands for (see Engine.readings).
var negations = setOf("not", "never", "dont", "doesnt", "hasnt", "hadnt", "havent", "didnt", "wasnt", "werent", "isnt", "arent")

// stopForms before whom they stop and "from" a doing say the one stopped
// stops doing it (see stopFrom).
var stopForms = setOf("stop", "stops", "stopped", "prevent", "prevents", "prevented", "deter", "deters", "deterred", "discourage", "discourages", "discouraged", "keep", "keeps", "kept")

// workForms after "where" ask for whom one works (see sentenceReadings).
var workForms = setOf("work", "works", "worked", "working")

// subjectPronouns open a clause as its subject ("and he want what").
var subjectPronouns = setOf("he", "she", "they", "it")

// wantForms last in a "what" question ask what one seeks (see sentenceReadings).
var wantForms = setOf("want", "wants", "wanted")

// fightForms before "together" make it "alongside" ("fighting together
// with the Russians").
var fightForms = setOf("fight", "fights", "fighting", "fought", "battle", "battles", "battling", "battled")

// afterBefore are the words after which "before" means "previously" ("in a
// war before, when?"); a preposition after it is never its object ("fight
// before in some war like this?").
var afterBefore = setOf("this", "now", "then", "when", "where", "who", "how", "what", "and", "or", "but", "is", "was",
	"in", "on", "at", "during", "against", "alongside")

// chatQuestionWords are question words as chat spells them, and the
// small words whose sense hangs on their place, read after them ("b4
// feb" is "before feb", a date's bound, where "b4" alone is "before").
var chatQuestionWords = map[string]string{"wat": "what", "wut": "what", "wht": "what", "whta": "what", "wot": "what", "wen": "when", "whn": "when", "hw": "how", "wher": "where", "whr": "where",
	"b4": "before",
	// Scots spellings of an auxiliary, read as it is, never as filler:
	// dropped, "did nk hae any losses?" would lose its verb
	"hae": "have"}

// includes are the words that ask what a figure counts ("does the figure
// include the wounded?"), before a word for it (figureNouns; see
// figureTested).
var includes = setOf("include", "includes", "included", "including", "count", "counts", "counted", "cover", "covers", "refer", "refers", "encompass", "encompasses", "represent", "represents", "reflect", "reflects", "mean", "means")

// changeWords say a figure changed, between two dates (see changeAsked);
// goForms go "up" with them.
var (
	changeWords = setOf("change", "changed", "changes", "changing", "rise", "rose", "risen", "rising", "increase", "increased", "increasing", "grow", "grew", "grown", "growing", "climb", "climbed", "jump", "jumped", "evolve", "evolved")
	goForms     = setOf("go", "goes", "went", "gone", "going")
)

// doerNouns are the nouns after "which" that ask who, as "who" does:
// "which country did that?".
var doerNouns = setOf("country", "countries", "nation", "nations", "side", "government", "army", "military")
