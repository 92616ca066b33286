package knowledge

// A question's words are looked up in dozens of the engine's word lists,
// one map lookup a list, and some steps ask the same word of several
// lists in turn ("is it a word of saying, of a source, of being sure, of
// truth?"): a third of a turn was map lookups. wordClasses holds, for
// every word of those lists, the lists it is on as bits, built once from
// the lists themselves (which stay what the engine's rules name and
// edit), so that such a step looks a word up once.

// A wordClass is a set of the engine's word lists, one bit a list.
type wordClass uint32

const (
	stopClass           wordClass = 1 << iota // stopWords
	greetingClass                             // greetings
	sayClass                                  // sayWords
	saidNounClass                             // saidNouns
	sourceClass                               // sourceWords
	sureClass                                 // sureWords
	trueClass                                 // trueWords
	placeClass                                // placeWords
	offerClass                                // offers
	modalClass                                // modals
	futureClass                               // future
	askingClass                               // askingWords
	giveClass                                 // giveWords
	doClass                                   // doWords
	comparativeClass                          // comparatives
	chatClass                                 // chatQuestionWords
	reflexiveClass                            // reflexivePronouns
	getClass                                  // getForms
	wantClass                                 // wantForms
	completedClass                            // completed
	completedStartClass                       // the words before a space in one of completed ("so" of "so far")
	pastAuxClass                              // pastAux
)

// readingClasses are the lists sentenceReadings reads of each word.
const readingClasses = chatClass | reflexiveClass | getClass | wantClass

// aboutAnswerClasses are the words of a question about the last answer
// that ask about it ("who", "says", "source", "confirmed", "true"), as
// against what they ask of.
const aboutAnswerClasses = askingClass | sayClass | giveClass | saidNounClass | sourceClass | sureClass | trueClass | stopClass

// wordClasses are the classes of every word on one of the lists below.
var wordClasses = wordClassesOf(map[wordClass]map[string]bool{
	stopClass: stopWords, greetingClass: greetings, sayClass: sayWords, saidNounClass: saidNouns,
	sourceClass: sourceWords, sureClass: sureWords, trueClass: trueWords, placeClass: placeWords,
	offerClass: offers, modalClass: modals, futureClass: future,
	askingClass: askingWords, giveClass: giveWords, doClass: doWords, comparativeClass: comparatives,
	chatClass: keysOf(chatQuestionWords), reflexiveClass: reflexivePronouns, getClass: getForms, wantClass: wantForms,
	completedClass: completed, completedStartClass: startsOf(completed), pastAuxClass: pastAux,
})

// startsOf is the set of the starts of the phrases of list that end before
// a space: "up" and "up to" of "up to now". A word w and the word after it
// make a phrase of list, w+" "+next, only if w is one of them.
func startsOf(list map[string]bool) map[string]bool {
	out := map[string]bool{}
	for p := range list {
		for i := range len(p) {
			if p[i] == ' ' {
				out[p[:i]] = true
			}
		}
	}
	return out
}

// keysOf is the set of a map's keys.
func keysOf(m map[string]string) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// wordClassesOf returns, for each word of the lists, the classes of the lists
// it is on.
func wordClassesOf(lists map[wordClass]map[string]bool) map[string]wordClass {
	out := map[string]wordClass{}
	for c, list := range lists {
		for w, on := range list {
			if on {
				out[w] |= c
			}
		}
	}
	return out
}

// classOf returns the classes of the word w: 0 for a word on none.
func classOf(w string) wordClass {
	return wordClasses[w]
}

// is reports whether c holds any of the classes of k.
func (c wordClass) is(k wordClass) bool {
	return c&k != 0
}
