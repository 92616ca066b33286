package knowledge

// An asker who says "our soldiers" or "our army" without saying whose
// ("and our soldiers, how many killed in Kursk?", asked by a Ukrainian
// after the North Korean losses) asks of their own side's forces. The
// report's soldiers are North Korea's: read as it stands, the question
// would get North Korea's losses for the asker's. Unless the asker has
// said which country they speak for (askerscountry.go puts it for
// "our"), or the question names a country, the side asked of is not
// one the report can be taken to mean, and the question is declined. The
// nouns of a side's forces are the pack's ([usage] forces).

// asksOfAskersSide reports whether ws speaks of the asker's own
// forces ("our soldiers") and names no country whose they could be.
func (e *Engine) asksOfAskersSide(ws []string) bool {
	own := false
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "our" && e.an.usage.forces[ws[i+1]] {
			own = true
			break
		}
	}
	if !own {
		return false
	}
	for _, t := range e.an.analyzeWords(ws, false).terms {
		if t.kind == KindEntity && e.referentInfo[t.text].class == "country" {
			return false
		}
	}
	return true
}
