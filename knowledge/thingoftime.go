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
		if q.thingAsked == "" || ie.sentence != nil || !ie.about[whenTerm] || !ie.about[q.thingAsked] || ie.answersWhich(q.thingAsked) {
			return ""
		}
		return "entry says when, not which " + q.thingAsked
	},
}

// whenTerm is the question term of "when".
const whenTerm = "when"

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
var timeNouns = withWords(calendarUnits, "date", "dates", "time", "times", "period", "era", "point", "stage", "season")
