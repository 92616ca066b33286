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
// a past participle follows it.
func whereForWere(ws []string, i int) bool {
	if i+1 >= len(ws) || ws[i] != "where" {
		return false
	}
	next := ws[i+1]
	return len(next) > 4 && strings.HasSuffix(next, "ed") || participlesOfLoss[next] || pastForms[next]
}

// participlesOfLoss are the past participles not ending in "ed" that say
// what was done to soldiers: "where hurt", "where taken prisoner".
var participlesOfLoss = setOf("hurt", "taken", "held", "caught", "shot", "lost", "hit", "slain", "seen", "given", "told", "kept", "brought")
