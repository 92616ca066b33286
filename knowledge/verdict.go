package knowledge

// judgesReport reports whether a question of words ws, read as an, only
// asks whether the report, or "this", is true or to be trusted ("is the
// story true?", "can I trust this article?", "is this accurate?"), or
// whose side the report itself takes ("is the article on Russia's
// side?"). The report cannot say either of itself: no entry answers it,
// not the one of the missiles' accuracy nor the summary. A word of
// anything the report says ("is the KN-23 accurate now?", "whose side is
// North Korea on?") makes it a question of that.
func judgesReport(ws []string, an analysis) bool {
	if len(ws) != len(an.words) {
		return false
	}
	verdict, stance, pointed, named := false, false, false, false
	for _, w := range ws {
		named = named || reportWords[w]
	}
	for i, w := range ws {
		if w != an.words[i] && !verdictWords[w] && !stanceWords[w] {
			w = an.words[i] // read as the engine corrected it, but "biased" is no typo of "based"
		}
		switch {
		case verdictWords[w]:
			verdict = true
		case stanceWords[w]:
			stance = true
		case reportWords[w] || w == "this" || w == "it" || w == "that":
			pointed = true
		case verdictFrame[w] || beAux[w] || doAux[w]:
		case named && (sideFrame[w] || entityAt(an.terms, i)):
			// "which side does the article take?", "is the report on
			// Russia's side?": with the report named
		default:
			return false
		}
	}
	return pointed && (verdict || stance && named)
}

// entityAt reports whether word i of a question is part of a name.
func entityAt(ts []term, i int) bool {
	for _, t := range ts {
		if t.kind == KindEntity && t.pos <= i && i < t.end {
			return true
		}
	}
	return false
}

var (
	// verdictWords judge whether what is told is true.
	verdictWords = setOf("true", "accurate", "reliable", "trustworthy", "credible", "legit", "legitimate", "real",
		"fake", "correct", "factual", "biased", "bias", "trust", "believe", "believable", "propaganda",
		"misinformation", "disinformation", "untrue", "false", "reliably", "accurately", "truthful", "valid")
	// stanceWords ask which side one takes.
	stanceWords = setOf("side", "sides", "stance", "neutral", "objective", "balanced", "partisan", "pro", "sided",
		"favor", "favour", "favors", "favours", "impartial", "unbiased")
	// sideFrame ask, with a stance word, which side: "whose side is the
	// article on?".
	sideFrame = setOf("take", "takes", "taking", "on", "whose", "which", "what", "one", "against", "for", "s")
	// reportWords name the report itself, or who wrote it.
	reportWords = setOf("report", "article", "story", "news", "piece", "text", "reporting", "info", "information",
		"source", "author", "writer", "journalist", "outlet", "site", "website", "newspaper", "reporter")
	// verdictFrame may stand around a verdict and carry no topic.
	verdictFrame = setOf("the", "a", "i", "we", "you", "be", "really", "actually", "even", "all", "whole", "entire",
		"so", "at", "these", "those", "how", "or", "not", "just", "thing", "stuff", "here", "in", "of", "any",
		"totally", "fully", "completely", "100", "percent", "well", "then", "still", "generally", "overall", "bit", "lol")
)
