package knowledge

// "where was that?" after an answer that names one place ("about 4,000
// fatalities in the fighting in Kursk") asks where what was just answered
// happened, which that answer says: it is answered again. Merged into the
// last question instead ("where" of "the other number"), it asks where a
// figure is, which nothing answers, and read alone its "that" names
// nothing. An answer that names no place, or several, leaves the question
// as it was: read as any question, or asked back.

// whereThatWords are the words "where was that?" may carry besides its
// "where" and its "that".
var whereThatWords = setOf("was", "is", "'s", "were", "did", "does", "happen", "happened", "happening", "exactly",
	"tho", "though", "then", "again", "at", "precisely")

// whereOfThat reports whether ws only asks where "that" (or "this", "it")
// was: "where was that?", "and where is this exactly?", "so where did
// that happen?".
func whereOfThat(ws []string) bool {
	for len(ws) > 0 && (movesOn[ws[0]] || ws[0] == "and") {
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > 5 || ws[0] != "where" {
		return false
	}
	that := false
	for _, w := range ws[1:] {
		switch {
		case w == "that" || w == "this" || w == "it":
			that = true
		case !whereThatWords[w]:
			return false
		}
	}
	return that
}
