package knowledge

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// minCoverage is the share of a question's meaning (weighted by how rare
// each term is in the pack) that the best entry must cover.
const minCoverage = 0.7

// maxAbsentKnown is the largest share of a question's meaning that may be
// words the pack knows but the best entry lacks. Such a word says the
// question is about something else the report covers ("how many were
// captured" is not "how many were sent").
const maxAbsentKnown = 0.3

// reject says why a candidate does not answer the question, or "".
func (e *Engine) reject(c candidate, an analysis) string {
	if c.score < e.threshold {
		return fmt.Sprintf("score below %.2f", e.threshold)
	}
	// Either the entry as a whole covers the question, or one way of asking
	// it matches the question closely (a keyword phrasing such as "summary").
	if max(c.cov, c.cos) < minCoverage {
		return fmt.Sprintf("covers under %.2f of the question", minCoverage)
	}
	if c.absent > maxAbsentKnown {
		return fmt.Sprintf("lacks %.2f of the question's known words", c.absent)
	}
	ie := e.entries[c.entry]
	content := func(t term) bool { return t.kind != KindQuestion && t.kind != KindFrame && t.kind != KindAct }
	if slices.ContainsFunc(an.terms, content) && !slices.ContainsFunc(an.terms, func(t term) bool { return content(t) && ie.about[t.text] }) {
		// "What time is it?" shares only "time" with "Is it the first
		// time North Korea joins a war?", a way of asking about the 1950s
		return "entry is about none of the question's terms"
	}
	named := func(t string) bool { return ie.bag[t] >= phrasingWeight }
	for i, t := range an.terms {
		// A question naming an entity, a role, a number or a kind of
		// answer (how many, when, who ...) is about that: a neighbour is
		// not an answer.
		// The entry must say so itself (question, answer or phrasings): its
		// quotes name bystanders ("Kyiv and its allies ... South Korea").
		if (t.kind == KindEntity || t.kind == KindKey || t.kind == KindQuestion || t.kind == KindRole || isNumber(t.text)) && !named(t.text) && !eitherNamed(an.terms, t, named) {
			if t.kind == KindQuestion && ie.answersWho(an, i, named) {
				continue
			}
			return "entry does not speak of " + t.text
		}
	}
	if w, ok := counted(an.terms); ok && !named(w) {
		// "What casualty figure was reported for Russian forces?" is not
		// answered by how many troops North Korea sent to bolster them.
		return "entry counts no " + w
	}
	for i, t := range an.terms {
		// "How many Ukrainians ...?" counts Ukrainians: an entry that
		// counts North Korean soldiers, and names Ukraine as their
		// reporter, is no answer.
		if t.people && i > 0 && an.terms[i-1].kind == KindQuestion && an.terms[i-1].end == t.pos && !ie.qualifies(t.text) {
			return "entry counts no " + t.text + " people"
		}
	}
	keys := slices.DeleteFunc(keyTerms(an.terms), func(k string) bool { return slices.Contains(ie.asOf, k) })
	if len(keys) > 1 && !slices.ContainsFunc(ie.facts, func(f []string) bool { return containsAll(f, keys) }) {
		// "How many were injured in February?": the entry gives a toll of
		// killed or injured as of January and one of deaths by February.
		return "no one sentence it cites has " + strings.Join(keys, " with ")
	}
	acts := func(t string) bool { return ie.acting[t] }
	subj := subjects(an.words, an.terms)
	for _, t := range subj {
		// "What did Pyongyang say about the proposal?" is not answered by
		// an entry where North Korea does nothing. Its soldiers may act
		// where the entry does not say who acts ("Can North Korean
		// soldiers settle in South Korea?").
		if !t.forces && !acts(t.text) && !eitherNamed(an.terms, t, acts) {
			return "entry does not speak of " + t.text + " doing anything"
		}
	}
	for _, d := range deeds(an.words, an.terms, subj) {
		// "Has South Korea sent troops?" is not answered by an entry where
		// North Korea sends them and South Korea reports it.
		doers := ie.doneBy[d.act]
		does := func(t string) bool { return doers[t] }
		if len(doers) == 0 && e.an.kinds[d.act] == KindWord && !named(d.act) && !d.forces {
			// nor by one that does not speak of sending at all ("Is North
			// Korea sending weapons?" by one where it gains experience)
			return "entry does not speak of anyone doing " + d.act
		}
		if i := slices.IndexFunc(an.terms, func(t term) bool { return t.text == d.doer }); len(doers) > 0 && !doers[d.doer] && !eitherNamed(an.terms, an.terms[i], does) &&
			!slices.ContainsFunc(listMates(an.words, an.terms, i), does) { // "do South Korea and Ukraine focus on": together
			return "entry says another does " + d.act + ", not " + d.doer
		}
	}
	if h, ok := askedFor(an.words, an.terms); ok && !named(h) {
		// "Which reports indicate North Korea's involvement?" is not
		// answered by what South Korea's readiness indicates.
		return "entry does not speak of " + h
	}
	for _, o := range objects(an.words, an.terms, true) {
		// "support for Ukraine" is not answered by North Korea's support
		// of Russia in its war against Ukraine.
		if objs := ie.doneTo[o[0]]; len(objs) > 0 && !objs[o[1]] {
			return "entry speaks of " + o[0] + " of another, not of " + o[1]
		}
	}
	if ex := excluded(an.words, an.terms); len(ex) > 0 {
		for _, t := range an.terms {
			// "Which allies of Moscow sent troops besides North Korea?"
			// is not answered by North Korea sending them.
			if doers := ie.doneBy[t.text]; len(doers) > 0 && onlyAmong(doers, ex) {
				return "entry speaks only of " + strings.Join(ex, " and ") + " doing " + t.text
			}
		}
	}
	for _, p := range parties(an.words, an.terms) {
		// "the discussions between Russia and North Korea" are not those
		// between South Korea and Ukraine.
		if b := ie.between[p[0]]; len(b) > 0 && !b[p[1]] {
			return "entry speaks of " + p[0] + " between others, not " + p[1]
		}
	}
	if len(an.unknown) > 0 && kindAsked(an.words, an.terms) {
		// "Is the KN-23 a cruise missile?": the report never says it is
		// one, and a word the pack does not know is what it is asked.
		return "the report does not say what kind " + an.terms[0].text + " is"
	}
	if c, ok := officialAsked(an.words, an.terms); ok && !ie.namesOfficial(c, e.an.actsFor) {
		// "Which Ukrainian official is quoted?" is not answered by what
		// Kyiv and its allies say, nor by South Korea's minister.
		return "entry names no official of " + cmp.Or(c, "any country")
	}
	if x, ok := identity(an.words, an.terms); ok && !ie.identities[x] {
		// "Who are the North Korean POWs?" is not answered by who
		// proposed accepting them.
		return "entry does not say who " + x + " is"
	}
	for _, ro := range roleObjects(an.words, an.terms) {
		// "Who leads Ukraine?" is not answered by the head of Ukraine's
		// Defense Intelligence.
		if of := ie.of[ro[0]]; len(of) > 0 && !of[ro[1]] {
			return "entry speaks of the " + ro[0] + " of another, not of " + ro[1]
		}
	}
	if scope := scopes(an.words, an.terms); len(scope) > 0 && !slices.ContainsFunc(ie.places, func(p string) bool { return !slices.Contains(scope, p) }) {
		// "Where in South Korea will the POWs live?" is not answered by
		// "in South Korea", but "Where in Russia?" is by "in Kursk".
		return "entry gives no place within " + strings.Join(scope, " or ")
	}
	for _, cp := range compounds(an.terms, an.words) {
		// "Russian soldiers" when the entry only speaks of North Korean
		// ones; a person's is their country's ("Budanov's agency").
		mods := ie.mods[cp[1]]
		of := func(e string) bool { return mods[e] }
		if i := slices.IndexFunc(an.terms, func(t term) bool { return t.text == cp[0] }); len(mods) > 0 && !mods[cp[0]] && !mods[e.an.actsFor[cp[0]]] && !eitherNamed(an.terms, an.terms[i], of) {
			return "entry speaks of another's " + cp[1] + ", not " + cp[0] + "'s"
		}
	}
	return ""
}

// answersWho reports whether the entry answers the "who" kind of question
// an.terms[i] without being asked it: "Who said North Korea is gaining
// experience?" by an entry that says who says so; "Whose welfare do they
// discuss?" ("the welfare of whom?") by the entry about that welfare, which
// says whose.
func (ie indexedEntry) answersWho(an analysis, i int, named func(string) bool) bool {
	t, ts, ws := an.terms[i], an.terms, an.words
	switch {
	case i+1 < len(ts) && len(ie.doneBy[ts[i+1].text]) > 0 && ts[i+1].pos <= t.end+1:
		return true
	case ws[t.pos] == "whose" && i+1 < len(ts) && ts[i+1].pos == t.end && named(ts[i+1].text):
		return true
	case ws[t.pos] == "whom" && i > 0 && before(ws, t.pos) == "of" && ts[i-1].end == t.pos-1 && named(ts[i-1].text):
		return true
	}
	return false
}

// onlyAmong reports whether every one of set is in list.
func onlyAmong(set map[string]bool, list []string) bool {
	for k := range set {
		if !slices.Contains(list, k) {
			return false
		}
	}
	return true
}

// namesOfficial reports whether the entry names one acting for the
// country c (for any country if c is "") as doing something.
func (ie indexedEntry) namesOfficial(c string, actsFor map[string]string) bool {
	for a := range ie.acting {
		if f := actsFor[a]; f != "" && (c == "" || f == c) {
			return true
		}
	}
	return false
}

// qualifies reports whether the entry writes the entity before any word
// ("North Korean soldiers").
func (ie indexedEntry) qualifies(entity string) bool {
	for _, m := range ie.mods {
		if m[entity] {
			return true
		}
	}
	return false
}

// keyTerms lists the key words (measures, dates) and numbers among ts.
func keyTerms(ts []term) []string {
	var out []string
	for _, t := range ts {
		if (t.kind == KindKey || isNumber(t.text)) && !slices.Contains(out, t.text) {
			out = append(out, t.text)
		}
	}
	return out
}

func containsAll(set, want []string) bool {
	for _, w := range want {
		if !slices.Contains(set, w) {
			return false
		}
	}
	return true
}

// eitherNamed reports whether t is one of alternatives ("Russia or
// Ukraine") another of which the entry names: one of them is enough.
func eitherNamed(ts []term, t term, named func(string) bool) bool {
	if t.either == 0 {
		return false
	}
	for _, o := range ts {
		if o.either == t.either && named(o.text) {
			return true
		}
	}
	return false
}
