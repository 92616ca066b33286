package knowledge

import "strings"

// unaccented are the accented Latin letters a Spanish, German or French
// asker types in a word English writes without them ("región", "América").
var unaccented = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "ü", "u", "ö", "o", "ä", "a", "à", "a", "è", "e", "ç", "c")

// unaccent returns w without its accents, and whether it had any.
func unaccent(w string) (string, bool) {
	plain := unaccented.Replace(w)
	return plain, plain != w
}
