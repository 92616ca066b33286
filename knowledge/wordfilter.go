package knowledge

// A question's words are asked of many small word lists, most of which
// hold none of them, and a map lookup hashes the word each time. A
// wordFilter, built once from a list, says at two loads whether a word
// may be on it: by its first byte and its length. A word it lets through
// is looked up as before, so a list and its filter answer as one; the
// filter only spares the lookups of words that cannot be on it.
//
// Filtered lists: setAside and setAsideFirsts (asideFrom, read for every
// question analysed), stressWords and beforeIng (gapWord, read around
// every long filler's first word), paragraphWords (paragraphPointed),
// particles (joinParticles), letterNames (spelledAt, every word
// repaired): all read for every question analysed; peopleNouns
// (asksPeopleNamed and merge) and tellerVerbs (cutOneLead), read for
// every question; dateAsks (askedGrain), storyPlurals
// (asksStoryCountries), happenWords (happenedIn), comparing (sides) and
// partnerWords (asksPartner), read for every question ranked;
// numberWords (numbers, every word cut). The engine's latinWords
// (foreignWord, every message's words, and dropForeign, every question
// analysed) are sifted by a wordSieve, below, and so are the first words
// of the pack's senses (readTerms, every word of every question read).

// wordFilter has, for each first byte, a bit for each length a word of
// the list so starting has (bit 63 for any length of 63 or more).
type wordFilter [256]uint64

// filterOf returns the filter of the words of list. The list must not
// change after (the lists filtered are the engine's own, fixed at init).
func filterOf[V any](list map[string]V) *wordFilter {
	var f wordFilter
	for w := range list {
		if len(w) > 0 {
			f[w[0]] |= 1 << min(len(w), 63)
		}
	}
	return &f
}

// may reports whether w may be on the filter's list: false only for a
// word that is not.
func (f *wordFilter) may(w string) bool {
	return len(w) > 0 && f[w[0]]&(1<<min(len(w), 63)) != 0
}

var (
	setAsideFilter       = filterOf(setAside)
	setAsideFirstsFilter = filterOf(setAsideFirsts)
	stressFilter         = filterOf(stressWords)
	beforeIngFilter      = filterOf(beforeIng)
	paragraphFilter      = filterOf(paragraphWords)
	particleFilter       = filterOf(particles)
	letterNameFilter     = filterOf(letterNames)
	peopleNounFilter     = filterOf(peopleNouns)
	tellerVerbFilter     = filterOf(tellerVerbs)
	dateAskFilter        = filterOf(dateAsks)
	storyPluralFilter    = filterOf(storyPlurals)
	happenFilter         = filterOf(happenWords)
	comparingFilter      = filterOf(comparing)
	partnerFilter        = filterOf(partnerWords)
	numberWordFilter     = filterOf(numberWords)
)

// A wordSieve is a sharper filter of a list than a wordFilter, for a list
// of hundreds (the common words of other languages, read of every word of
// every message): a word's first, second and last bytes and its length,
// hashed to one bit of 8192. A wordFilter lets most English words of a
// list that long through to the map; a sieve, about one in twenty.
type wordSieve [128]uint64

// sieveOf returns the sieve of the words of list. The list must not change
// after.
func sieveOf[V any](list map[string]V) *wordSieve {
	var s wordSieve
	for w := range list {
		if len(w) > 0 {
			b := sieveBit(w)
			s[b>>6] |= 1 << (b & 63)
		}
	}
	return &s
}

// may reports whether w may be on the sieve's list: false only for a
// word that is not.
func (s *wordSieve) may(w string) bool {
	if len(w) == 0 {
		return false
	}
	b := sieveBit(w)
	return s[b>>6]&(1<<(b&63)) != 0
}

// sieveBit is the bit of a non-empty word in a sieve.
func sieveBit(w string) uint32 {
	h := uint32(w[0]) | uint32(w[len(w)-1])<<8 | uint32(min(len(w), 255))<<16
	if len(w) > 1 {
		h |= uint32(w[1]) << 24
	}
	return (h * 0x9E3779B1) >> 19 // the top 13 bits of a multiplicative hash
}
