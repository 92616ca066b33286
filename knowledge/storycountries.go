package knowledge

import "slices"

// asksStoryCountries reports whether a question asks for every country
// (nation, side, party) the story or report involves or speaks of, and
// names no one and no act to narrow it ("List the countries involved in
// the story", "which nations are in this article?"): it asks a list that
// runs across the report, not what one entry says of those it names.
func asksStoryCountries(ws []string, ts []term) bool {
	if !slices.ContainsFunc(ws, func(w string) bool { return storyPluralFilter.may(w) && storyPlurals[w] }) || !slices.ContainsFunc(ws, func(w string) bool { return writingWords[w] }) {
		return false
	}
	return !slices.ContainsFunc(ts, func(t term) bool {
		return t.kind == KindEntity || t.kind == KindRole || t.kind == KindAct || t.kind == KindKey || t.kind == "" && !writingWords[t.text]
	})
}

// storyPlurals ask for the parties a story has.
var storyPlurals = setOf("countries", "nations", "states", "parties", "sides", "governments")

// storyCountriesGuard: "List the countries involved in the story" is not
// answered by why North Korea sent troops, whose answer names three of
// them and leaves out South Korea: only the overview of the report
// answers a list of all the story's countries.
var storyCountriesGuard = guard{
	name:    "story-countries",
	example: "List the countries involved in the story.",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if !q.storyCountries || ie.overview {
			return ""
		}
		return "asks every country of the story; the entry names only its own"
	},
}
