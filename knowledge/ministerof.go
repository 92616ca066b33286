package knowledge

// ministerOf reports the country a question asking "which minister" names
// as the minister's own, before the word ("which Ukrainian minister made
// the offer?") or right after it behind "of", "for", "from" or "in"
// ("which minister for Ukraine dey talk about the POWs?"): only one acting
// for that country answers, as for "which Ukrainian official" (see
// officialAsked), not South Korea's minister because Ukraine is named in
// his entry. A plain "which minister" names no country and is left to the
// "who" it reads as.
func ministerOf(ws []string, ts []term) (string, bool) {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "which" && ws[i] != "what" {
			continue
		}
		j := i + 1
		country := ""
		for _, t := range ts {
			if t.kind == KindEntity && t.pos == j {
				country, j = t.text, t.end
				break
			}
		}
		if j >= len(ws) || !ministerWords[ws[j]] {
			continue
		}
		if country != "" {
			return country, true
		}
		if j+2 < len(ws) && ministerLinks[ws[j+1]] {
			for _, t := range ts {
				if t.kind == KindEntity && t.pos == j+2 {
					return t.text, true
				}
			}
		}
	}
	return "", false
}

// ministerWords are the nouns of a minister's post; ministerLinks the words
// between one and the country it is of.
var (
	ministerWords = setOf("minister", "ministers", "minster")
	ministerLinks = setOf("of", "for", "from", "in")
)
