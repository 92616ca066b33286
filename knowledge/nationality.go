package knowledge

// A claim may give a named person a country: "Is Budanov Russian?",
// "Budanov is Russian, right?". Its two terms, the person and the
// country, may both be in an answer that relates them not at all
// ("Kyrylo Budanov, head of Ukraine's Defense Intelligence, said ... with
// Russian forces"), and every word stated was taken for a "Yes.". The
// person's country is the one the answer names with them, in the words
// that say who they are, near their name.

// nationalityNear is how many of the answer's terms after a person's name
// may stand before the country that is theirs.
const nationalityNear = 4

// nationalityClaimed returns the country a claim gives a person that the
// answer text does not give them near their name, and ok true; ok false
// when the claim is no such one, or the answer gives it.
func (e *Engine) nationalityClaimed(an analysis, text string) (string, bool) {
	person, country := "", ""
	for _, t := range an.terms {
		switch {
		case t.kind == KindEntity && e.classes[t.text] == "person" && person == "":
			person = t.text
		case t.kind == KindEntity && e.classes[t.text] == "country" && country == "":
			country = t.text
		case t.kind == KindFiller || t.kind == KindFrame:
		default:
			return "", false // more than a person and a country: a claim of something done
		}
	}
	if person == "" || country == "" {
		return "", false
	}
	ts := e.an.analyze(text, false).terms
	for i, t := range ts {
		if t.text != person {
			continue
		}
		for _, o := range ts[i+1 : min(len(ts), i+1+nationalityNear)] {
			if o.text == country {
				return "", false
			}
		}
	}
	return country, true
}
