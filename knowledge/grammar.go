package knowledge

import (
	"cmp"
	"slices"
	"strings"
)

// Who did what to whom, as far as word order tells: enough to decline
// "What did Pyongyang say about the proposal?" with an entry where North
// Korea does nothing, or "Has South Korea sent troops?" with one where
// South Korea only reports that North Korea did, without a parser. The
// same readings serve questions (what they ask about) and entries (what
// their answers state). What only a question asks (who X is, what it
// counts, where within ...) is read with them into its query once, in
// asked.go.

// modifier reports whether ts[i], a name, only qualifies the role or name
// right after it ("NK soldiers", "ROK Joint Chiefs of Staff").
func modifier(ts []term, i int) bool {
	t := ts[i]
	if t.qualifier {
		return true
	}
	// a person's name before a role says who they are ("Kyrylo Budanov,
	// head of ..."), not whose the role is
	return !t.person && i+1 < len(ts) && ts[i+1].pos == t.end && (ts[i+1].kind == KindRole || ts[i+1].kind == KindEntity)
}

// forcesOf reads ts[i], a name qualifying the role right after it, as that
// role's people acting for it ("the North Korean military is acquiring",
// "are Russian troops gaining"): the name, spanning both.
func forcesOf(ts []term, i int) (term, bool) {
	t := ts[i]
	if t.kind != KindEntity || t.person || i+1 >= len(ts) || ts[i+1].kind != KindRole || ts[i+1].pos != t.modifies {
		return t, false
	}
	t.end, t.forces = ts[i+1].end, true
	return t, true
}

// before returns the word before position i, passing over "the".
func before(ws []string, i int) string {
	if i > 0 && ws[i-1] == "the" {
		i--
	}
	if i == 0 {
		return ""
	}
	return ws[i-1]
}

// subjects lists the names a question asks about as doers, where its form
// makes that plain: after "did", "has", "will" and the like ("What did
// Pyongyang say?"), after "is" or "are" before an -ing form ("Is North
// Korea sending weapons?"), before their act written as a noun (see
// actOf), or in a learner's order with the auxiliary left out ("what North
// Korea say?", "South Korea say what?", see verbAsked).
func subjects(ws []string, ts []term) []term {
	var out []term
	for i, t := range ts {
		if t.kind != KindEntity {
			continue
		}
		if actOf(ws, ts, i) {
			out = append(out, t)
			continue
		}
		if modifier(ts, i) {
			f, ok := forcesOf(ts, i)
			if !ok {
				continue
			}
			t = f
		}
		// right after the verb: "do the NK casualty figures" is a noun;
		// but "did the Kremlin say" is the Kremlin saying, and "has the
		// South Korean government sent" the government sending
		aux := ""
		if t.pos > 0 {
			aux = ws[t.pos-1]
		}
		if i > 0 && ts[i-1].end == t.pos && ts[i-1].kind == KindEntity && modifier(ts, i-1) && ts[i-1].pos > 0 {
			// past the name that says whose it is: "would nk pows want
			// to go?" has the POWs want it
			aux = ws[ts[i-1].pos-1]
		}
		if a := titledAux(ws, ts, t); a != "" {
			aux = a // "what did minister Budanov offer?" (titledsubject.go)
		}
		if a := personFromAux(ws, t); a != "" {
			aux = a // "what did the guy from russia say?" (personfrom.go)
		}
		if aux == "the" && (i+1 < len(ts) && ts[i+1].kind == KindAct && ts[i+1].pos == t.end || institutions[ws[t.end-1]]) {
			aux = before(ws, t.pos)
		}
		if a := partOf(ws, ts, t.pos); a != "" {
			aux = a // "have any of the captured North Korean soldiers said"
		}
		if t.end < len(ws) && nounForm(ws[t.end]) && (t.end+1 == len(ws) || prepositions[ws[t.end+1]] || ws[t.end+1] == "to") {
			// "what does South Korea readiness to accept them show?": the
			// name says whose; not "did North Korea experience heavy
			// losses?", where the word is a verb with its object
			continue
		}
		if doAux[aux] && t.end < len(ws) && (ws[t.end] == "being" || ws[t.end] == "having" || ingAt(ws, t.end)) {
			// "what does SK being ready to accept them signify?", "what
			// does SK offering to take POWs say about it?": a clause its
			// name opens is the thing asked of, as "SK's readiness" is
			// ("does" takes no -ing verb of its own); not "is North Korea
			// being trained?"
			continue
		}
		if whWords[aux] && i+1 < len(ts) && ts[i+1].kind == KindAct && !slices.ContainsFunc(ws[t.end:ts[i+1].pos], func(w string) bool { return !institutions[w] }) {
			// a question word right before the name and its act, the
			// auxiliary left out: "what North Korea say about it?",
			// "what North Korea government say?"
			aux = "do"
		}
		if n := t.end; n+1 == len(ws) && (ws[n] == "did" || ws[n] == "does" || ws[n] == "do") && slices.ContainsFunc(ws[:t.pos], func(w string) bool { return w == "what" }) {
			// the question ends at the verb the name does: "What has
			// it been stated Russia did?"
			aux = "do"
		}
		reported := slices.ContainsFunc(ts[:i], func(t term) bool { return t.kind == KindAct })
		n := pastAdverbs(ws, t.end)
		if clauseSubject(ws, ts, i, n) {
			// "is there any chance that South Korea sends troops?": the
			// subject of the clause a chance opens (clausesubject.go)
			t.forces = t.forces || t.people
			out = append(out, t)
			continue
		}
		if relativeSubject(ws, ts, i, n) {
			// "the weapons North Korea gave Russia": the subject of a
			// clause that says which things (relativesubject.go)
			out = append(out, t)
			continue
		}
		// first, or past the words that only move the talk on: "so
		// like sk wants the captured soldiers??" is a statement asked
		// back, as "sk wants them??" is, and "so seoul is just gonna
		// grab them?" one of what it will do
		opens := t.pos == 0 || !slices.ContainsFunc(ws[:t.pos], func(w string) bool { return !movesOn[w] && w != "like" })
		if opens && !t.people && n < len(ws) && (wantForms[ws[n]] || beAux[ws[n]] && pastAdverbs(ws, n+1) < len(ws) && future[ws[pastAdverbs(ws, n+1)]]) {
			out = append(out, t)
			continue
		}
		if beAux[aux] && t.end+1 < len(ws) && hedgeParticiples[ws[t.end]] && ws[t.end+1] == "to" {
			// "is Russia supposed to have sent troops?": Russia is said
			// to have done it (hedgeddeed.go)
			out = append(out, t)
			continue
		}
		if (t.pos == 0 || opposedLead(ws[:t.pos])) && !t.people && n < len(ws) && pastForms[ws[n]] {
			// a statement put against the report's: "isn't it the
			// opposite, Russia sent troops to North Korea?" (opposedlead.go)
			out = append(out, t)
			continue
		}
		if doAux[aux] || beAux[aux] && (ingAfter(ws, listEnd(ws, ts, i, t)) || aux == ws[0] && t.end < len(ws) && stopWords[ws[t.end]]) || (reported || t.pos == 0) && !t.people && n < len(ws) && (modals[ws[n]] || !t.forces && (pastForms[ws[n]] || beAux[ws[n]] && ingAt(ws, pastAdverbs(ws, n+1)))) || t.pos == 0 && verbAsked(ws, ts, i, n) {
			// or first, before a modal or a past tense, as a statement
			// asked back ("Russia proposed it, right?"), or after the
			// "is" that opens the question, before a small
			// word ("Is Ukraine in Russia's corner?", not "Are NK missiles
			// accurate?"), or a country before a modal in a clause someone
			// is said to have said ("did the JCS say Russia would send
			// troops?"); a people so placed are persons, not their state
			// acting, and act as its forces do ("can North Koreans
			// relocate?")
			t.forces = t.forces || t.people
			out = append(out, t)
		}
	}
	return out
}

// actOf reports whether the name ts[i] is whose act the act next to it
// is, written as a noun: "North Korea's opinion", "the reaction of the
// US".
func actOf(ws []string, ts []term, i int) bool {
	t := ts[i]
	if i+1 < len(ts) && ts[i+1].kind == KindAct && t.end < len(ws) && ws[t.end] == "'s" && ts[i+1].pos == t.end+1 {
		return true
	}
	if i == 0 || ts[i-1].kind != KindAct {
		return false
	}
	of := ts[i-1].end
	return of < t.pos && ws[of] == "of" && (of+1 == t.pos || of+2 == t.pos && ws[of+1] == "the")
}

// verbAsked reports whether ts[i], a name opening the question, is the
// subject of the verb at word n that a question word follows, as a
// learner asks in the order of a statement ("South Korea say what about
// the soldiers?").
func verbAsked(ws []string, ts []term, i, n int) bool {
	if i+1 >= len(ts) || ts[i+1].pos != n || ts[i+1].kind != KindAct && ts[i+1].kind != KindWord {
		return false
	}
	// (not a keyword form, "pow proposal who", nor a topic before a
	// question, "KN-23 claim: what changed?")
	e := ts[i+1].end
	return e+1 < len(ws) && whWords[ws[e]] && !pastForms[ws[e+1]] && !strings.HasSuffix(ws[e+1], "ed")
}

// nounForm reports whether w is written as a noun of a state or an act
// ("readiness", "involvement", "cooperation"), which a name right before it
// qualifies, with or without its "'s".
func nounForm(w string) bool {
	for _, suf := range []string{"ness", "tion", "sion", "ment", "ity", "ance", "ence"} {
		if len(w) >= len(suf)+4 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// partOf returns the word before a part of a group that ends at pos ("any
// of the captured", "some of the", "any captured"), or "" when no such
// part stands there.
func partOf(ws []string, ts []term, pos int) string {
	j := pos - 1
	for j >= 0 && slices.ContainsFunc(ts, func(t term) bool { return t.kind == KindKey && t.pos <= j && j < t.end }) {
		j-- // "captured"
	}
	if j >= 0 && ws[j] == "the" {
		j--
	}
	if j >= 1 && quantifiers[ws[j]] {
		return ws[j-1] // "have any captured North Korean soldiers said"
	}
	if j < 2 || ws[j] != "of" || !quantifiers[ws[j-1]] {
		return ""
	}
	return ws[j-2]
}

// quantifiers say how many of a group: "any of the soldiers".
var quantifiers = setOf("any", "some", "all", "many", "most", "few", "none", "each", "one")

// listEnd is t, read at ts[i], spanning the names listed after it ("are
// Russia and North Korea collaborating").
func listEnd(ws []string, ts []term, i int, t term) term {
	for j := i + 1; j < len(ts) && listedAfter(ws, t.end, ts[j]); j++ {
		t.end = ts[j].end
	}
	return t
}

// listedAfter reports whether t is a name listed right after the words
// that end at end, with "and" or "or" between ("the United States and
// South Korea", "Russia or Ukraine"), or the name's own companions ("Kyiv
// and its allies").
func listedAfter(ws []string, end int, t term) bool {
	if end >= len(ws) || ws[end] != "and" && ws[end] != "or" {
		return false
	}
	return t.kind == KindEntity && t.pos == end+1 || t.pos == end+2 && owners[ws[end+1]]
}

// listMates lists the names in the list of names ("South Korea and
// Ukraine") that ts[i] is in, itself too.
func listMates(ws []string, ts []term, i int) []string {
	from, to := listSpan(ws, ts, i)
	if from == to {
		return nil
	}
	out := make([]string, 0, to-from)
	for _, t := range ts[from:to] {
		out = append(out, t.text)
	}
	return out
}

// listSpan returns where the list of names that ts[i] is in starts and
// ends among ts (ts[from:to]); none if ts[i] is no name.
func listSpan(ws []string, ts []term, i int) (from, to int) {
	if ts[i].kind != KindEntity {
		return i, i
	}
	from = i
	for from > 0 && ts[from-1].kind == KindEntity && listedAfter(ws, ts[from-1].end, ts[from]) {
		from--
	}
	to = from + 1
	for to < len(ts) && listedAfter(ws, ts[to-1].end, ts[to]) {
		to++
	}
	return from, to
}

// ingAfter reports whether an -ing form follows t, as in "is North Korea
// sending", and not one that makes the verb after it passive ("being").
func ingAfter(ws []string, t term) bool { return ingAt(ws, pastAdverbs(ws, t.end)) }

// ingAt reports whether ws[k] is an -ing form, not "being".
func ingAt(ws []string, k int) bool {
	return k < len(ws) && strings.HasSuffix(ws[k], "ing") && !beForms[ws[k]]
}

// pastAdverbs returns the index of the first word from k on that is not
// an adverb between a subject and its verb (see midAdverbs): "South Korea
// is also sending".
func pastAdverbs(ws []string, k int) int {
	for k < len(ws) && midAdverbs[ws[k]] {
		k++
	}
	return k
}

// actors lists the names a text speaks of as doers, or may: every name not
// qualifying another word and not a place or an object after "to", "from",
// "in" and the like.
func actors(ws []string, ts []term) []term {
	var out []term
	for i, t := range ts {
		if t.kind == KindEntity && !modifier(ts, i) && !placeOrObject[before(ws, t.pos)] {
			out = append(out, t)
		}
	}
	return out
}

// doers is actors, and the names whose forces act ("the North Korean
// military is acquiring experience").
func doers(ws []string, ts []term) []term {
	out := actors(ws, ts)
	for i, t := range ts {
		if f, ok := forcesOf(ts, i); ok && modifier(ts, i) && !placeOrObject[before(ws, t.pos)] {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b term) int { return a.pos - b.pos })
	return out
}

// A deed is a name and what it does: ("north_korea", "send") for "North
// Korea has sent troops", ("ukraine", "captured") for "soldiers captured by
// Ukraine".
type deed struct {
	doer, act string
	forces    bool // the doer's forces do it (see forcesOf)
}

// deeds lists what the doers of a text do: the term right after a doer
// (two words at most, as in "North Korea has sent"; past a list of names,
// as in "the United States and South Korea say"), or the term right before
// "by" for a doer after it.
func deeds(ws []string, ts []term, doers []term) []deed {
	var out []deed
	for _, d := range doers {
		i := slices.IndexFunc(ts, func(t term) bool { return t.pos == d.pos })
		if beAux[before(ws, d.pos)] && !ingAfter(ws, d) && !(d.end < len(ws) && future[ws[d.end]]) {
			continue // "Are the North Koreans supervised?": done to them; not "is Ukraine gonna accept"
		}
		if d.pos > 0 && ws[d.pos-1] == "by" {
			if i > 0 && ts[i-1].end == d.pos-1 {
				out = append(out, deed{d.text, ts[i-1].text, d.forces})
			}
			continue
		}
		j, end := i+1, d.end
		for j < len(ts) && ts[j].pos < end {
			j++ // the role of the name's forces
		}
		for j < len(ts) && listedAfter(ws, end, ts[j]) {
			end = ts[j].end
			j++
		}
		if d.person && j < len(ts) && ts[j].kind == KindRole && ts[j].pos == end {
			// past who the person is: "Kyrylo Budanov, head of Ukraine's
			// Defense Intelligence, said"
			for j < len(ts) && (ts[j].kind == KindRole || ts[j].kind == KindEntity) && ts[j].pos-end <= 2 {
				end = ts[j].end
				j++
			}
		}
		// adverbs between a subject and its verb do not part them
		// ("South Korea is also sending")
		var gap []string
		if j < len(ts) && ts[j].pos >= end {
			gap = slices.DeleteFunc(slices.Clone(ws[end:ts[j].pos]), func(w string) bool { return midAdverbs[w] })
		}
		if j < len(ts) && ts[j].kind != KindEntity && len(gap) <= 2 && (!slices.ContainsFunc(gap, func(w string) bool { return beForms[w] }) || len(gap) == 1 && beAux[gap[0]] && ingAt(ws, ts[j].pos)) && !(d.forces && ts[j].end < len(ws) && ws[ts[j].end] == "by") {
			// not "North Korea is expected to": done to it
			out = append(out, deed{d.text, ts[j].text, d.forces})
			if k := j + 1; k < len(ts) && ts[j].end+1 == ts[k].pos && ws[ts[j].end] == "with" && ts[k].kind == KindEntity {
				// one does it with another, and so the other does it
				// ("South Korea is collaborating with Ukraine")
				out = append(out, deed{ts[k].text, ts[j].text, false})
			}
			if k := j + 1; k < len(ts) && ts[j].end < len(ws) && ws[ts[j].end] == "to" && ts[k].pos == ts[j].end+1 && ts[k].kind != KindEntity {
				// and what it sets out to do: "South Korea has proposed
				// to accept" has South Korea accept
				out = append(out, deed{d.text, ts[k].text, d.forces})
			}
		}
	}
	return out
}

// compounds lists the (entity, term) pairs where the entity says whose the
// term is: "Russian soldiers", "North Korea's foreign minister", "Russian
// intelligence", "Ukraine foreign minister". A subject ("Russians
// monitoring", "the JCS expect") or a distant entity ("Moscow in the war")
// is not, nor a place, which says where ("Kursk casualties", "the kursk
// death toll" are the casualties in Kursk, not Kursk's). losses are the
// pack's nouns of loss ([usage] losses).
func compounds(ts []term, ws []string, losses map[string]bool) [][2]string {
	var out [][2]string
	for i, a := range ts {
		if a.kind != KindEntity || a.place {
			continue
		}
		if i > 0 && ts[i-1].kind == KindRole && ts[i-1].end == a.pos-1 && doAux[ws[a.pos-1]] && a.end < len(ws) && (owns[ws[a.end]] || lossVerbs[ws[a.end]]) {
			// "how many troops does Ukraine have": Ukraine's troops; "how
			// many soldiers did Ukraine lose": Ukraine's too
			out = append(out, [2]string{a.text, ts[i-1].text})
		}
		if i > 0 && ts[i-1].kind == KindAct && (ts[i-1].end == a.pos || ts[i-1].end == a.pos-1 && ws[ts[i-1].end] == "the") && ts[i-1].pos > 0 && invertingWh[ws[ts[i-1].pos-1]] {
			// "what says Moscow?", "what saith the Kremlin?": an old or
			// learner's order puts the doer after its verb, as "what
			// does Moscow say?" puts it before
			out = append(out, [2]string{a.text, ts[i-1].text})
		}
		if i > 0 && (ts[i-1].kind == KindRole || losses[ws[ts[i-1].pos]]) && ts[i-1].end == a.pos-1 && ws[a.pos-1] == "of" && !a.qualifier && !(i+1 < len(ts) && ts[i+1].pos == a.end && (ts[i+1].kind == KindEntity || ts[i+1].kind == KindRole)) {
			// "soldiers of Ukraine", "the losses of Ukraine": Ukraine's
			// (not "head of Ukraine defense intelligence", whose head it
			// is; and "the intelligence chief of Ukraine" is Ukraine's
			// intelligence, see adjunctrole.go)
			out = append(out, [2]string{a.text, cmp.Or(adjunctObject(ts, i-1, ws), ts[i-1].text)})
		}
		if i > 0 && losses[ws[ts[i-1].pos]] && ts[i-1].end+2 == a.pos && (ws[ts[i-1].end] == "on" || ws[ts[i-1].end] == "among") && ws[a.pos-1] == "the" {
			// "losses on the Ukrainian side", "casualties among the
			// Ukrainians": Ukraine's
			out = append(out, [2]string{a.text, ts[i-1].text})
		}
		// A list of names, or of alternatives ("the United States and
		// South Korea say", "Russian or Ukrainian control"): the word after
		// the last is each one's.
		k := i
		for k+1 < len(ts) && listedAfter(ws, ts[k].end, ts[k+1]) {
			k++
		}
		if k+1 >= len(ts) {
			continue
		}
		last, b := ts[k], ts[k+1]
		from := last.modifies
		if last.qualifier && b.place && k+2 < len(ts) && adjacent(ws, from, b.pos) {
			// an adjective's noun past a place: "Ukrainian Kursk losses"
			// are Ukraine's losses in Kursk
			from, b = b.end, ts[k+2]
		}
		if !adjacent(ws, from, b.pos) || b.kind == KindQuestion {
			continue
		}
		if !a.qualifier && last.qualifier && last.end < len(ws) && ws[last.end] != possessive {
			// "Russia and North Korean missiles": a bare name listed
			// before an adjective is a thing of its own, not the
			// adjective's ("Russian and North Korean missiles" are each's)
			continue
		}
		if !last.qualifier && placeOrObject[before(ws, a.pos)] {
			continue // "the JCS in Seoul caution": a place, not whose caution
		}
		if before(ws, a.pos) == "by" && b.kind == KindRole {
			continue // "captured by Ukrainian forces": the agent, Ukraine
		}
		if objectRelatives[before(ws, a.pos)] && b.kind == KindRole && b.end+1 < len(ws) && owns[ws[b.end]] {
			// "the North Koreans that Ukrainian forces have caught": the
			// agent of a clause about the ones named before, Ukraine
			continue
		}
		if !last.qualifier && b.kind == KindAct && namesDoerAfter(ws, b) {
			continue // "help North Korea, according to Budanov": Budanov says
		}
		if last.person && !last.qualifier && b.kind == KindRole {
			// "Kyrylo Budanov, head of ...", "which body does Budanov
			// head": who he is, or a verb, never a head of his
			continue
		}
		if last.qualifier || b.kind == KindRole || b.kind == KindAct || losses[ws[b.pos]] {
			// (a bare name before a noun of loss is whose: "ukraine
			// casualties in kursk?")
			out = append(out, [2]string{a.text, b.text})
		}
	}
	return out
}

// invertingWh are the question words right before a verb whose doer
// follows it ("what says Moscow?").
var invertingWh = setOf("what", "how")

// objectRelatives open a clause about the ones named before them, whose
// subject follows ("the soldiers that Ukraine has").
var objectRelatives = setOf("that", "which", "whom")

// lostBy reports whether the people t are asked how many they lost: "how
// many did the Ukrainians lose?" counts Ukrainians, as "how many
// Ukrainians died?" does.
func lostBy(ws []string, q, t term) bool {
	between := ws[q.end:t.pos]
	return (len(between) == 1 || len(between) == 2 && between[1] == "the") && doAux[between[0]] && t.end < len(ws) && lossVerbs[ws[t.end]]
}

// objects lists the (word, name) pairs where the name is what the word is
// done to or for: right after it ("support Ukraine", "bolster Russian
// forces") or, with forOnly, after "for" ("support for Ukraine"), which
// says it even in a question of few words; right after a verb, a name may
// be whom it is done to, or for ("promise Ukraine", "accept prisoners").
func objects(ws []string, ts []term, forOnly bool) [][2]string {
	var out [][2]string
	for i := 0; i+1 < len(ts); i++ {
		t, o := ts[i], ts[i+1]
		if t.kind != KindWord || o.kind != KindEntity || o.pos < t.end {
			continue // (an alias around a name spans it: "new North Korean deployment")
		}
		gap := ws[t.end:o.pos]
		if len(gap) > 1 || len(gap) == 1 && gap[0] != "for" || forOnly && len(gap) == 0 {
			continue
		}
		out = append(out, [2]string{t.text, o.text})
	}
	return out
}

// partners lists the (word, name) pairs of a word and the name right
// after its "to" or "with" (and "the"): whom a thing is done to or with
// ("proposed to Ukraine", "collaboration with Russian forces").
func partners(ws []string, ts []term) [][2]string {
	var out [][2]string
	for i := 0; i+1 < len(ts); i++ {
		t, o := ts[i], ts[i+1]
		if t.kind != KindWord && t.kind != KindAct || o.kind != KindEntity || t.end >= len(ws) || !partnerWords[ws[t.end]] || o.pos <= t.end {
			continue // (a name whose alias starts with "to" or "with" holds the word itself)
		}
		if gap := ws[t.end+1 : o.pos]; len(gap) > 1 || len(gap) == 1 && gap[0] != "the" {
			continue
		}
		out = append(out, [2]string{t.text, o.text})
	}
	return out
}

// partnerWords say whom a thing is done to or with.
var partnerWords = setOf("to", "with")

// asksPartner reports whether the question word t asks to or with whom a
// thing is done: after "to" or "with" ("to whom", "with which country"),
// or, a question word itself, before one left at the end of its clause
// ("who did Seoul pitch it to?", "who are they talking to about this?";
// not "the name of the official he talked to", which asks a name of
// someone the question names).
func asksPartner(ws []string, t term) bool {
	if partnerWords[before(ws, t.pos)] {
		// "to whom is the assessment attributed?" asks whose word it
		// is, as "who is it attributed to?" does
		return !slices.ContainsFunc(ws[t.end:], func(w string) bool { return attributing[w] })
	}
	if !whWords[ws[t.pos]] {
		return false
	}
	for j := t.end; j < len(ws); j++ {
		if partnerFilter.may(ws[j]) && partnerWords[ws[j]] && (j+1 == len(ws) || prepositions[ws[j+1]] || timeTail(ws[j+1:])) && !attributing[ws[j-1]] {
			return true
		}
	}
	return false
}

// attributing words before a "to" left at the end say whose word a thing
// is ("who is the claim attributed to?" asks who says it), not to whom
// it is done.
var attributing = setOf("attributed", "ascribed", "credited", "according", "attribute", "attributes", "attributing", "ascribe", "ascribes")

// timeTail reports whether ws only say when ("last year", "in 2024",
// "recently"): "which country did North Korea send its soldiers to last
// year?" leaves its "to" at the end of the clause.
func timeTail(ws []string) bool {
	return len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool { return !timeTailWords[w] && !(len(w) == 4 && isDigit(w[0])) })
}

// timeTailWords say when, after a clause.
var timeTailWords = setOf("last", "this", "next", "year", "month", "week", "now", "then", "recently", "lately", "already", "yet", "again", "ago", "in", "early", "late")

// asksOwner reports whether the question word t asks whose a thing is:
// "whose" before a form of "be" ("whose are the KN-23 missiles?"), or
// with a verb of having ("which country do the missiles belong to?",
// "who owns them?"), or with "from" last ("which country do they come
// from?").
func asksOwner(ws []string, t term) bool {
	if ws[t.pos] == "whose" && t.end < len(ws) && beAux[ws[t.end]] {
		return true
	}
	if len(ws) > t.end+1 && ws[len(ws)-1] == "from" {
		// "which country do the prisoners come from?", "which country
		// are they from?": where a thing is from is whose it is
		return true
	}
	return slices.ContainsFunc(ws, func(w string) bool { return havingWords[w] })
}

// havingWords say whose a thing is.
var havingWords = setOf("belong", "belongs", "belonged", "belonging", "own", "owns", "owned", "possess", "possesses", "possessed")

// parties lists the (word, name) pairs of a word and the names after
// "between" that it is between ("the talks between South Korea and
// Ukraine").
func parties(ws []string, ts []term) [][2]string {
	var out [][2]string
	for i := 0; i+1 < len(ts); i++ {
		t := ts[i]
		if t.kind != KindWord || t.end >= len(ws) || ws[t.end] != "between" || ts[i+1].kind != KindEntity || ts[i+1].pos != t.end+1 {
			continue
		}
		for _, name := range listMates(ws, ts, i+1) {
			out = append(out, [2]string{t.text, name})
		}
	}
	return out
}

// topics lists the (word, name) pairs of a word and the name it is
// about, after a word that says so ("the dialogues between South Korea and
// Ukraine regarding North Korean prisoners of war"): past the names the
// word is between, the name right after, past names that only qualify it.
func topics(ws []string, ts []term) [][2]string {
	var out [][2]string
	for i, t := range ts {
		if t.kind != KindWord {
			continue
		}
		at, j := t.end, i+1
		if at < len(ws) && ws[at] == "between" && j < len(ts) && ts[j].kind == KindEntity && ts[j].pos == at+1 {
			_, to := listSpan(ws, ts, j)
			at, j = ts[to-1].end, to
		}
		if at >= len(ws) || !topicWords[ws[at]] || j >= len(ts) ||
			slices.ContainsFunc(ws[at+1:ts[j].pos], func(w string) bool { return w != "the" }) {
			continue
		}
		for j+1 < len(ts) && ts[j].kind == KindEntity && modifier(ts, j) {
			j++
		}
		if ts[j].kind == KindEntity {
			out = append(out, [2]string{t.text, ts[j].text})
		}
	}
	return out
}

// topicWords say what a thing is about: "talks on the prisoners".
var topicWords = setOf("regarding", "about", "concerning", "on", "over")

// roleObjects pairs each role with what it is of: "the head of Ukraine's
// Defense Intelligence" and "who leads Ukraine" give the head of Defense
// Intelligence and of Ukraine, the name or role right after the role (past
// "of" and "the", and past a name that only qualifies the next).
func roleObjects(ws []string, ts []term) [][2]string {
	var out [][2]string
	for i, r := range ts {
		if r.kind != KindRole || i+1 >= len(ts) {
			continue
		}
		j := i + 1
		// (a term read from the role's own words, as a sense may read
		// "spymaster" as head and defense intelligence, has no gap)
		if gap := ws[min(r.end, ts[j].pos):ts[j].pos]; slices.ContainsFunc(gap, func(w string) bool { return w != "of" && w != "the" }) {
			continue
		}
		for j+1 < len(ts) && ts[j].kind == KindEntity && modifier(ts, j) {
			j++
		}
		if groupRoles[r.text] && ts[j].place && !slices.Contains(ws[min(r.end, ts[j].pos):ts[j].pos], "of") {
			// (a place right after a group is where it is, not whose:
			// "troops Kursk" are the troops in Kursk, as "Kursk
			// casualties" are; an office's is whose, "runs Kursk")
			continue
		}
		if (ts[j].kind == KindEntity || ts[j].kind == KindRole) && !ts[j].person {
			// (a person after a role holds it: "Minister Cho"; a name before
			// it says what it is of, see adjunctrole.go)
			out = append(out, [2]string{r.text, cmp.Or(adjunctObject(ts, i, ws), ts[j].text)})
		}
	}
	return out
}

// placesAfter lists the names after one of the words in preps.
func placesAfter(ws []string, ts []term, preps map[string]bool) []string {
	var out []string
	for _, t := range ts {
		if t.kind == KindEntity && !t.qualifier && preps[before(ws, t.pos)] {
			out = append(out, t.text)
		}
	}
	return out
}
