package knowledge

import "slices"

// A question may say which people it speaks of by what someone did to
// them: "every nk soldier ua catches", "the soldiers that Ukraine
// captured", "soldiers captured by Ukraine". The one who did it says which
// soldiers, as "North Korean" does; the question asks nothing of them
// ("will South Korea take every soldier Ukraine catches, or only the ones
// who want to come?" asks of South Korea's condition, not of Ukraine). An
// entry about those people need not name that one, when the pack itself
// says they did it: the description is the report's own, and narrows
// nothing. A description the report does not make ("soldiers captured by
// Russia") still needs an entry that names its doer; and a question where
// the name does anything else ("did Ukraine agree to the proposal?") is
// asked of it.

// describingDeeds lists the deeds in a clause that says which people a
// question speaks of: a name and a key act right after a people's word
// ("soldier ua caught", "soldiers that Ukraine has captured"), or a key
// act and "by" a name right after one ("soldiers captured by Ukraine"),
// in a question that does something else with them (a plain word or an
// act outside the clause: "were the soldiers captured by Ukraine?" asks
// whether Ukraine did).
func describingDeeds(ws []string, ts []term) []deed {
	ts = withoutRelatives(ws, ts)
	var out []deed
	for i, t := range ts {
		if t.kind != KindEntity || i == 0 {
			continue
		}
		var who, act term
		switch {
		case i+1 < len(ts) && ts[i+1].kind == KindKey && peopleWord(ts[i-1]) &&
			only(ws[ts[i-1].end:t.pos], relativeWords, 1) && only(ws[t.end:ts[i+1].pos], owns, 1):
			who, act = ts[i-1], ts[i+1] // "soldiers (that) Ukraine (has) captured"
		case i >= 2 && ts[i-1].kind == KindKey && ts[i-1].end+1 == t.pos && ws[t.pos-1] == "by" && peopleWord(ts[i-2]) &&
			only(ws[ts[i-2].end:ts[i-1].pos], passiveWords, 2):
			who, act = ts[i-2], ts[i-1] // "soldiers (who were) captured by Ukraine"
		default:
			continue
		}
		from, to := min(who.pos, act.pos), max(t.end, act.end)
		if slices.ContainsFunc(ts, func(o term) bool {
			return (o.kind == KindWord || o.kind == KindAct) && (o.end <= from || o.pos >= to)
		}) {
			out = append(out, deed{doer: t.text, act: act.text})
		}
	}
	return out
}

// withoutRelatives drops a "who" or "which" read as a question word that
// only opens a clause after people ("soldiers of North Korea who are
// captured by Ukraine"): it asks nothing, and stands between the people
// and the deed like "that" does. A "who" opening the question is kept.
// ts itself when it has none: every question is read so, and few have one.
func withoutRelatives(ws []string, ts []term) []term {
	return dropTerms(ts, func(i int, t term) bool {
		return t.kind == KindQuestion && i > 0 && t.end == t.pos+1 && relativeWords[ws[t.pos]] &&
			peopleWord(ts[i-1]) && ts[i-1].end == t.pos
	})
}

// dropTerms returns ts without the terms drop reports, given each one's
// index in ts; ts itself, not a copy, when it drops none: the callers read
// every question, and few questions have a term to drop.
func dropTerms(ts []term, drop func(i int, t term) bool) []term {
	var out []term
	for i, t := range ts {
		if drop(i, t) {
			if out == nil {
				out = append(make([]term, 0, len(ts)-1), ts[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return ts
	}
	return out
}

// peopleWord reports whether t may stand for people a clause after it
// describes: a role ("soldiers") or a name ("nork", "POWs").
func peopleWord(t term) bool { return t.kind == KindRole || t.kind == KindEntity }

// only reports whether ws are at most n words, each one of set.
func only(ws []string, set map[string]bool, n int) bool {
	return len(ws) <= n && !slices.ContainsFunc(ws, func(w string) bool { return !set[w] })
}

// relativeWords open a clause that describes the word before them;
// passiveWords stand between people and what was done to them ("who
// were captured", "that got caught").
var (
	relativeWords = setOf("that", "which", "who", "whom", "wey")
	passiveWords  = setOf("that", "which", "who", "wey", "were", "was", "are", "is", "been", "being", "got", "get", "have", "has", "had")
)

// describes reports whether the question names t only to say which people
// it speaks of, by a deed the pack states (see describingDeeds).
func (q *query) describes(t string) bool {
	if !q.related {
		q.relate()
	}
	return slices.ContainsFunc(q.described, func(d deed) bool { return d.doer == t && q.stated[d.act][t] })
}
