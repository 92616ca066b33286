package knowledge

import "strings"

// A "where" after the question's own question word is read as a clause
// that says which place is meant (dropRelative): "Who controls the area
// where North Korean troops are?". Such a clause has a subject after its
// "where". Spoken or typed by sound, "were" is written "where" ("how many
// north korean soldiers where killed or injured by january"): a past
// participle right after it says the "where" is "were", and the clause's
// words are the question's own, not a place's description to drop.

// whereForWere reports whether the "where" at i of ws stands for "were":
// a past participle follows it. A word in "-ed" is one only when no
// subject comes after it, so it is not an adjective of the clause's
// subject ("the area where armed North Korean troops are", "where united
// forces are fighting"): the clause ends with it, or a word that cannot
// open a noun follows ("where killed or injured", "where deployed to
// Kursk"). participles are the pack's past participles not in "-ed"
// ([usage] participles).
func whereForWere(ws []string, i int, participles map[string]bool) bool {
	if i+1 >= len(ws) || ws[i] != "where" {
		return false
	}
	next := ws[i+1]
	if participles[next] || pastForms[next] {
		return true
	}
	if len(next) <= 4 || !strings.HasSuffix(next, "ed") {
		return false
	}
	return i+2 >= len(ws) || prepositions[ws[i+2]] || afterParticiple[ws[i+2]]
}

// afterParticiple are, besides the prepositions, the words that may
// follow a participle but not an adjective before its noun: a
// conjunction, an adverb of time or place, the clause's end.
var afterParticiple = setOf("?", "or", "and", "near", "into", "while", "when", "until", "till", "so", "last", "this", "because", "over", "there", "here", "yet", "already")
