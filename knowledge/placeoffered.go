package knowledge

// A place set against any other ("what region is the fighting actually
// in, kursk or somewhere else?") is the asker's guess at the answer, not a
// place the question asks within: the comma before it, which says so, is
// lost with the question's marks, and "in kursk" would read as "where in
// Kursk?" (see scopes), which no entry answers.

// elsewhereWords stand for any other place after "or".
var elsewhereWords = setOf("elsewhere", "somewhere", "anywhere", "other", "another", "someplace", "some")

// offeredPlace reports whether the name t is followed by "or" and any
// other place ("kursk or somewhere else", "kursk or some other region").
func offeredPlace(ws []string, t term) bool {
	i := t.end
	if i+1 >= len(ws) || ws[i] != "or" {
		return false
	}
	// "or in some other region", "or some other place"
	for j := i + 1; j < min(i+4, len(ws)); j++ {
		if elsewhereWords[ws[j]] {
			return true
		}
		if ws[j] != "in" && ws[j] != "a" && ws[j] != "at" {
			return false
		}
	}
	return false
}
