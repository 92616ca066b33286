package knowledge

// ministerOf reports the country of a minister officialAsked reads at
// ws[j], after a "which" and the country it names there, if any (country):
// "which Ukrainian minister made the offer?", or the one right after the
// word behind "of", "for", "from" or "in" ("which minister for Ukraine
// dey talk about the POWs?"). Only one acting for that country answers,
// not South Korea's minister because Ukraine is named in his entry. A
// plain "which minister" names no country and is left to the "who" it
// reads as, where "which official" is asked of any.
func ministerOf(ws []string, ts []term, j int, country string) (string, bool) {
	if j >= len(ws) || !ministerWords[ws[j]] {
		return "", false
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
	return "", false
}

// ministerWords are the nouns of a minister's post; ministerLinks the words
// between one and the country it is of.
var (
	ministerWords = setOf("minister", "ministers", "minster")
	ministerLinks = setOf("of", "for", "from", "in")
)
