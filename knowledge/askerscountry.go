package knowledge

import "slices"

// An asker who says where they are from ("As a Ukrainian I want to know:
// does South Korea say it will keep supporting us?", "I am from Ukraine,
// what did our army capture?") speaks for that country with "us", "we"
// and "our": read as they stand, "us" would be the United States, and
// "our" no one.

// askersCountry returns ws with the asker's "us", "we" and "our" put as
// the country the asker says they are from ("as a Ukrainian", "I am
// Ukrainian", "I'm from Ukraine"). ok is false when ws says no one
// country, or has none of those words.
func (e *Engine) askersCountry(ws []string) ([]string, bool) {
	country := ""
	for i := 0; i+2 < len(ws) && country == ""; i++ {
		var w string
		switch {
		case ws[i] == "as" && (ws[i+1] == "a" || ws[i+1] == "an"):
			w = ws[i+2]
		case ws[i] == "i" && ws[i+1] == "am" || ws[i] == "im":
			k := i + 1
			if ws[i] == "i" {
				k++
			}
			if k < len(ws) && (ws[k] == "from" || ws[k] == "a" || ws[k] == "an") {
				k++
			}
			if k < len(ws) {
				w = ws[k]
			}
		default:
			continue
		}
		an := e.an.analyzeWords([]string{w}, false)
		if len(an.terms) == 1 && an.terms[0].kind == KindEntity && e.referentInfo[an.terms[0].text].class == "country" {
			country = an.terms[0].text
		}
	}
	if country == "" {
		return nil, false
	}
	name := e.referentInfo[country].words
	var out []string
	changed := false
	for i, w := range ws {
		switch {
		case (w == "us" || w == "we") && (i == 0 || ws[i-1] != "the"):
			out = append(out, name...)
			changed = true
		case w == "our":
			out = append(append(out, name...), possessive)
			changed = true
		default:
			out = append(out, w)
		}
	}
	return out, changed && !slices.Equal(out, ws)
}
