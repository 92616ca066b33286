package knowledge

import (
	"regexp"
	"slices"
	"strings"
)

// A quiz question leaves a blank where its answer goes ("Fill in: By
// early February, North Korean forces endured about ___ fatalities"). The
// blank is what it asks: read without it, the question is a statement the
// report makes, and an entry that states it answers whatever the blank
// was ("Ukraine has captured ___ North Korean soldiers" is answered with
// the soldiers captured, though the report gives no number).

// blankMark is a blank as people type one: two or more underscores.
var blankMark = regexp.MustCompile(`_{2,}`)

// blankWord stands for a blank among the words, which drop underscores.
const blankWord = "zzblankzz"

// markBlanks marks each blank in s as a word of its own, to be read in
// place by readBlanks once s is cut into words. Underscores that touch a
// letter or digit are Discord's underline ("__North Korean soldiers__"),
// no blank.
func markBlanks(s string) string {
	if !strings.Contains(s, "__") {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range blankMark.FindAllStringIndex(s, -1) {
		if wordByte(s, m[0]-1) || wordByte(s, m[1]) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(" " + blankWord + " ")
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// wordByte reports whether the byte at i of s is part of a word: a
// letter, a digit, or any byte of a character beyond ASCII.
func wordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 0x80 || isDigit(c) || isLetter(s, i)
}

// readBlanks writes a blank in the words as the number it asks, "how
// many", before what is counted or after a word of degree ("about ___"),
// and as "where" after "to". After another preposition it stays a word
// the pack does not know: "in ___" may ask a date or a place, and the
// statement around it alone would be answered with whatever it states.
// Any other blank is left out: the statement around it names what it
// asks ("focus on the ___ of the prisoners" is answered by the entry that
// says what the talks focus on), and a "what" in its place would ask
// which of a kind ("what effort") where the report names the thing.
func readBlanks(ws []string) []string {
	if !slices.Contains(ws, blankWord) {
		return ws
	}
	out := make([]string, 0, len(ws)+1)
	for i, w := range ws {
		if w != blankWord {
			out = append(out, w)
			continue
		}
		ownAsk := i+1 < len(ws) && isQuestionWord(ws[i+1]) || i > 0 && isQuestionWord(ws[i-1]) // "___ (when?)"
		noun := i > 0 && articles[ws[i-1]]                                                     // "the ___ of the prisoners"
		switch {
		case noun && i > 1 && ownerWords[ws[i-1]] && blankPrepositions[ws[i-2]]:
			// "accept them within its ___": the place it is in, which
			// the statement around it does not name
			out = append(out, "where")
		case ownAsk || noun:
		case i > 1 && ws[i-1] == "to" && infinitiveBefore[ws[i-2]]:
			// "POWs willing to ___": a verb, which the statement
			// around it names, not a place gone to
		case i > 0 && degreeWords[ws[i-1]] || countedNext(ws[i+1:]):
			out = append(out, "how", "many")
		case i > 0 && goalPrepositions[ws[i-1]]:
			out = append(out, "where") // "sent troops to ___"
		case i > 0 && prepositions[ws[i-1]]:
			// "sent troops to Russia in ___": a date or a place, or
			// another thing; kept as a word the pack does not know, it
			// asks what no statement around it answers
			out = append(out, w)
		}
	}
	return out
}

// countedNext reports whether the words after a blank say what it counts
// ("___ North Korean soldiers", "___ were killed").
func countedNext(ws []string) bool {
	if len(ws) > 0 && countVerbs[ws[0]] {
		return true
	}
	for i, w := range ws {
		if i == 3 || isQuestionWord(w) {
			return false
		}
		if countedNouns[w] {
			return true
		}
	}
	return false
}

var (
	// ownerWords say whose a blank is ("within its ___"); after one of
	// blankPrepositions, the blank is a place.
	ownerWords        = setOf("its", "their", "his", "her")
	blankPrepositions = setOf("within", "inside", "outside", "across", "beyond", "into", "onto", "throughout")
	// infinitiveBefore come before "to" and a verb ("willing to ___"),
	// where "to ___" is no place gone to.
	infinitiveBefore = setOf("willing", "ready", "prepared", "want", "wants", "wanted", "wish", "wishes", "able", "unable", "eager", "keen", "agreed", "refused", "decided", "plans", "planned", "intend", "intends", "expected", "likely", "allowed", "forced", "continue", "continues")
	// goalPrepositions before a blank make it the place gone to.
	goalPrepositions = setOf("to", "into", "towards", "toward")
	// degreeWords come before a number ("about 4,000", "over 3,000").
	degreeWords = setOf("about", "over", "approximately", "around", "nearly", "roughly", "almost", "than", "exactly", "least")
	// countVerbs after a blank make it the number of those who did it
	// ("___ were killed").
	countVerbs = setOf("were", "had", "have", "died", "perished", "fell")
	// countedNouns are what a number counts.
	countedNouns = setOf("soldiers", "troops", "fatalities", "casualties", "deaths", "dead", "prisoners", "pows", "people", "men", "personnel", "losses", "killed", "wounded", "injured", "captives", "thousand", "forces")
)
