package knowledge

// thingOfTimeGuard: "Which war did North Korea fight in the 1950s?" is not
// answered by when it last fought one: a "which" or "what" that asks for a
// thing ("which war", "what war is that?") asks its name, and an entry that
// answers when a thing it speaks of happened ("In the 1950s", of a war)
// says only when, unless one of its ways of asking asks which of that
// thing, or its answer names one (see answersWhich). A "which year" or
// "what month" asks when, and stays; so does a thing the entry does not
// speak of ("what historical precedent ...?", which its date is).
var thingOfTimeGuard = guard{
	name:       "thing-of-time",
	relational: true,
	example:    "Which war did North Korea fight in the 1950s?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if x := happenedDuring(q.words, q.terms); x != "" && ie.sentence == nil && ie.about[whenTerm] && ie.about[x] {
			return "entry says when, not what happened during " + x
		}
		if q.thingAsked == "" || ie.sentence != nil || !ie.about[whenTerm] || !ie.about[q.thingAsked] || ie.answersWhich(q.thingAsked) {
			return ""
		}
		return "entry says when, not which " + q.thingAsked
	},
}

// happenedDuring returns the thing a "what happened during the X?" asks
// the events of ("What happened during the war North Korea fought in the
// 1950s?"), read with the synonyms, if it is a word of meaning: an entry
// that says when the war was says nothing of what happened in it. A date
// ("what happened in January 2025?") asks what the report has of it.
func happenedDuring(ws []string, ts []term) string {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "happened" || !whWords[ws[i-1]] || ws[i+1] != "during" {
			continue
		}
		j := i + 2
		if j < len(ws) && ws[j] == "the" {
			j++
		}
		for _, t := range ts {
			if t.pos == j && t.kind == KindWord {
				return t.text
			}
		}
	}
	return ""
}

// thingAsked returns the word, read with the pack's synonyms, a "which" or
// "what" asks for, if it names no time ("which war", not "which year").
func thingAsked(ws []string, ts []term) string {
	x, ok := askedWhich(ws, ts, true)
	if !ok || timeNouns[x] || x == previouslyWord {
		return ""
	}
	return x
}

// timeNouns after "which" or "what" ask when: the units of the calendar
// ("which year") and other nouns of a time ("what date", "which stage").
var timeNouns = withWords(calendarUnits, timeNounsOwn...)

// timeNounsOwn are the time nouns that are no calendar unit.
var timeNounsOwn = []string{"date", "dates", "time", "times", "period", "era", "point", "stage", "season"}
