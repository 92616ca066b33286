package knowledge

// afterEventGuard: "Did Cho travel to Kyiv after the call?" grants the
// call and asks what came after it. An entry that tells the call ("Cho
// presented the proposal on a recent phone call") tells the event the
// question starts from, not what followed, though its words match the
// question's well; the report saying nothing later, the question is
// declined. As afterGuard is for a date, this is for an event named with
// its article or owner after "after" or "following".
var afterEventGuard = guard{
	name:       "after-event",
	relational: true,
	example:    "Did Cho travel to Kyiv after the call?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.afterEvent == "" || ie.bag[q.afterEvent] == 0 || ie.about[despiteTerm] {
			// an entry that grants the event with a concessive tells what
			// holds after it: "NK is pulling out after its losses?" is
			// answered by "despite its casualties, NK may send more".
			// Holding every word asked is not enough: "Did Cho present
			// the proposal after the phone call?" is not answered by the
			// call itself.
			return ""
		}
		return "entry tells the " + q.afterEvent + " the question asks after, not what came after it"
	},
}

// despiteTerm is the pack's concessive ("despite", "in spite of").
const despiteTerm = "despite"

// afterDeterminers stand between "after" and the event it names.
var afterDeterminers = setOf("the", "that", "this", "his", "her", "their", "its")

// askedAfterEvent returns the term of the event a question asks of a time
// after ("after the call", "following his phone call"), or "" for none.
// Only a thing named with an article or an owner: "after Russia's
// request" names a name first, "after January" a date (see askedAfter),
// and "after that" a follow-up's (see laterAsked); nor "even after", which
// is "despite".
func askedAfterEvent(ws []string, ts []term) string {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] != "after" && ws[i] != "following" || !afterDeterminers[ws[i+1]] {
			continue
		}
		if i > 0 && (ws[i-1] == "even" || ws[i-1] == "still") {
			// "might they deploy more even after its heavy losses?":
			// "even after" grants the event as "despite" does, and asks
			// what holds all the same, which an entry that says so
			// ("despite its substantial casualties") answers
			continue
		}
		for _, t := range ts {
			if t.pos == i+2 && t.kind != KindQuestion && t.kind != KindEntity && t.kind != KindFrame && t.kind != KindFiller && !isDate(t) {
				return t.text
			}
		}
	}
	return ""
}
