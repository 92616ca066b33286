package knowledge

import (
	"strings"
	"unicode/utf8"
)

// unaccented are the accented Latin letters a Spanish, Portuguese, German
// or French asker types in a word English writes without them ("región", "América").
var unaccented = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "ü", "u", "ö", "o", "ä", "a", "à", "a", "è", "e", "ç", "c", "ã", "a", "õ", "o", "â", "a", "ê", "e", "ô", "o")

// unaccent returns w without its accents, and whether it had any.
func unaccent(w string) (string, bool) {
	if !strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) {
		return w, false // every unknown word comes here; most are ASCII
	}
	plain := unaccented.Replace(w)
	return plain, plain != w
}
