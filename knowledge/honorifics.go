package knowledge

import "strings"

// A Korean or Japanese asker may write an honorific after a name with a
// hyphen: "Budanov-ssi", "Cho-nim", "Kim-san". Joined to the name as a
// hyphenated word is ("Tae-yul" is "taeyul"), it hides the name: the
// question no longer names Budanov, and a later "he" has no one to mean.
// The honorific says only how the asker regards the person, so it is
// dropped and the name is read alone; a Korean particle after it stays
// on the name ("Budanov-ssi는" reads as "Budanov는" does).

// honorifics are the suffixes written after a name with a hyphen.
var honorifics = [...]string{"sshi", "ssi", "nim", "sama", "san"}

// honorificAt returns the length of the honorific that starts at byte i
// of s and ends a word (what follows is no ASCII letter or digit: the end,
// a space, a mark, or a particle in another script), or 0 if there is
// none.
func honorificAt(s string, i int) int {
	for _, h := range honorifics {
		if len(s) >= i+len(h) && strings.EqualFold(s[i:i+len(h)], h) {
			if j := i + len(h); j == len(s) || !isASCIIAlnum(s[j]) {
				return len(h)
			}
		}
	}
	return 0
}

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	c2 := c | 0x20
	return 'a' <= c2 && c2 <= 'z' || '0' <= c && c <= '9'
}

// isLetterByte reports whether c, a byte of a word already lower-cased, is
// an ASCII letter: an honorific follows a name, not a code ("kn-23").
func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' }
