package knowledge

import (
	"slices"
	"strings"
)

// A question asked yes or no may check a fact with one detail wrong: "is
// it true the 3k number is from december?" (January's), "budanov is
// ukraine's defense minister right?" (he heads its intelligence). No entry
// answers it as it stands, since the entry that gives the fact speaks of
// another date, number or role. Asked without that one detail, the entry
// answers it; and where the entry states a detail of the same kind that
// the question lacks, the entry's fact is the answer to the check, given
// without its "Yes." (see checkedFact). A detail the entry has nothing of
// the kind for ("did North Korea send tanks?") is what the report does not
// say, and stays declined.

// A slot is a kind of detail a fact check may get wrong.
type slot int

const (
	noSlot      slot = iota
	dateSlot         // a month, a year, a decade ("december", "2025", "2000s")
	countSlot        // a number that is not a date ("4,000")
	roleSlot         // a named person's role, with the words that qualify it ("defense minister")
	senseSlot        // a direction ("less accurate" of what is more)
	countrySlot      // the country of a named person's post ("north korea's foreign minister")
	doerSlot         // who did a thing ("was it Budanov who made the proposal?", see factdoer.go)
	nameSlot         // a person, country, place or body named ("fighting in Donetsk", see factname.go)
)

// checkedFact answers a question asked yes or no that no entry answers as
// it stands (an, the question's words ws, cands the entries ranked for
// it) with the entry that answers it without one detail, where that entry
// states another of the same kind. The entry must be among those nearest
// the question as a whole: a check is of the fact it is nearest to, not of
// what is left once a word is gone ("my friend says Cho is the defence
// minister" left as "says Cho" is not a check of what Cho said).
func (e *Engine) checkedFact(a Answer, an analysis, ws []string, question string, cands []candidate, tr *trace) (Answer, bool) {
	if supposedOnly(an.words, an.terms) {
		// "so sk will grab em if ukraine captures them yeah?": what is
		// asked is only names before the "if" (supposedonly.go); without
		// one of them the check is of the supposition, and "By Ukraine"
		// would answer whether South Korea takes them in
		return a, false
	}
	aux, ok := opensAuxiliary(ws)
	aux = aux || opensNegated(ws)
	role, named := byRole(an), -1
	if r, cleft := e.roleDoer(an); role < 0 && cleft {
		role = r // "was it the defense minister who ...?" asks who did it
	}
	if role < 0 {
		role, named = postAsked(an)
	}
	claim := checksClaim(ws) || aux && hedgedGuess(ws) // "since like the 1990s?" (guesshedge.go)
	if _, tagged := cutNegatedTag(question); tagged {
		// a question tag, read away with the claim's words, asks whether
		// it is true as "right?" does, with or without its "?" ("north
		// korea sent troops to ukraine, didn't it")
		claim = true
	}
	stated := !claim && statedClaim(question, ws)
	plain := !claim && !stated
	if len(cands) == 0 || plain && !aux || !aux && ok || !aux && !claim && !asksYesOrNo(question, ws) && !factCheck(ws) {
		// (asked plainly, opened by an auxiliary, a claim is checked
		// too, as factanchor.go says: a role after "by", "was the offer
		// made by the defence minister?", asks who made it; a person's
		// post, "is Budanov Ukraine's defense minister?"; a date or a
		// number, with another detail the entry states)
		// (opened by an auxiliary, or put to check by a tag after it, a
		// claim is checked whole, its "or" joining what it claims: "is it
		// true 4,000 were killed or injured by january?", "ukraine gave
		// the killed or wounded figure in december, right?")
		return a, false
	}
	agent := -1
	if plain {
		agent = role // asked plainly: of roles, only who did it, or the post, is checked
	}
	for _, d := range e.details(an) {
		if plain && !plainlyChecked(an, d, agent) && !e.objectCountry(an, d) || stated && (d.kind == doerSlot && !d.cleft || d.kind == nameSlot && d.act != "") {
			// (a claim stated with a question mark alone has who did it
			// checked only as a question asks it: "South Korea is also
			// sending soldiers?" asks whether it is)
			continue
		}
		rest := an
		rest.terms = slices.Delete(slices.Clone(an.terms), d.from, d.to)
		if d.kind == dateSlot {
			// "is the month right?" names the detail put to check, which
			// is gone with it (the pack's [usage] date_nouns)
			rest.terms = slices.DeleteFunc(rest.terms, func(t term) bool { return t.kind == "" && e.an.usage.dateNouns[t.text] })
		}
		if d.kind == codeSlot && d.act != "" {
			// a code name put in the place of the claim's (see claimcode.go)
			rest.terms = slices.Clone(an.terms)
			rest.terms[d.from].text, rest.terms[d.from].kind = d.act, KindEntity
		}
		if d.kind == countSlot && d.act != "" {
			// "how many" in the place of a number the report never
			// gives (see claimfigure.go)
			rest.terms = slices.Clone(an.terms)
			rest.terms[d.from].text, rest.terms[d.from].kind = d.act, KindQuestion
		}
		if d.asked != "" {
			rest.terms = slices.Clone(an.terms)
			rest.terms[d.from].text, rest.terms[d.from].kind = d.asked, KindQuestion
			to := d.to
			if d.kind == roleSlot {
				to++ // the post with it: asked as who did it, its holder
			}
			rest.terms = slices.Delete(rest.terms, d.from+1, to)
		}
		if d.title {
			// a title's qualifier is asked as the title it qualifies
			// ("prime minister Cho" as "minister Cho"), whose entry says
			// who holds the post
			rest.terms = slices.Clone(an.terms)
			rest.terms[d.from].text, rest.terms[d.from].kind = d.act, KindRole
		}
		if !rest.enough() {
			continue
		}
		if (d.kind == dateSlot || d.kind == countSlot) && !slices.ContainsFunc(rest.terms, func(t term) bool {
			return t.kind == KindEntity || t.kind == KindRole || t.person || isNumber(t.text)
		}) && !(d.kind == countSlot && (allDates(rest.terms) || datedFigure(rest.terms))) {
			// a date or a number of a claim that names no one, nor
			// another figure ("the war started in 2022"), pins no fact
			// of the report's, which are all of someone: what it
			// speaks of is not in it (a number and its date alone are
			// a figure of the report's, "so that's 4000 in january?",
			// whose date tells which)
			tr.note("not checked: the claim names no one its " + an.terms[d.from].text + " is of")
			continue
		}
		c, ok := e.askAgain(rest, tr)
		if r := e.reversals[an.terms[d.from].text]; d.kind == senseSlot && len(r) == 1 {
			// a word reversing a sense the pack has no entry word for
			// ("small" of losses) is asked as the sense it reverses
			// ("severe"), whose entry states it, before it is dropped
			turned := an
			turned.terms = slices.Clone(an.terms)
			turned.terms[d.from].text, turned.terms[d.from].kind = r[0], e.an.kinds[r[0]]
			if t, ok2 := e.askAgain(turned, tr); ok2 {
				rest, c, ok = turned, t, true
			}
		}
		if !ok {
			continue
		}
		if d.act != howMany && (d.asked == "" || d.kind == dateSlot) && !slices.ContainsFunc(cands, func(k candidate) bool { return k.entry == c.entry }) ||
			(d.kind == roleSlot && an.terms[d.to-1].kind == KindRole || d.kind == countrySlot || d.kind == nameSlot && d.asked == "" || d.focus) && cands[0].entry != c.entry {
			tr.note("not the answer: not the entry nearest the whole claim")
			continue
		}
		if e.unanchored(d, an, rest, plain, c.entry) {
			tr.note("not the answer: the claim keeps no other detail the entry states")
			continue
		}
		sayer := agent
		if named >= 0 {
			sayer = named // whose post it is
		}
		if r, _ := e.roleDoer(an); sayer < 0 && d.kind == roleSlot && r >= 0 {
			sayer = r // the post named as the doer: the answer must say who holds it
		}
		if r := byRole(an); sayer < 0 && d.kind == roleSlot && r >= 0 {
			sayer = r // or named after "by" ("the proposal was made by the defense minister")
		}
		if (!plain || d.kind == roleSlot) && sayer >= 0 && !slices.ContainsFunc(e.an.analyze(e.pack.Entries[c.entry].Answer, false).terms, func(t term) bool { return t.text == an.terms[sayer].text }) &&
			!e.namesOtherHolder(c.entry, d, sayer, an) {
			// who did it (whose post it is) must be what the answer
			// says, not only its quotes
			tr.note("not the answer: it does not say who did it")
			continue
		}
		if plain && d.kind == nameSlot && !e.objectCorrected(c.entry, d, an) {
			tr.note("not the answer: it does not say which other country stands where the claim puts one")
			continue
		}
		if !e.contrasts(c.entry, d, an) {
			tr.note("not the answer: it states nothing of the kind the claim left out has")
			continue
		}
		if !e.namesPersonFor(c.entry, d, an) {
			tr.note("not the answer: it names no one in the place of the person the claim puts wrong")
			continue
		}
		if d.kind != doerSlot && e.personForGroup(c.entry, an.terms[d.from:d.to]) {
			tr.note("not the answer: a person put in place of the group a figure counts")
			continue
		}
		if o, ok := ownerDropped(an, d.from, d.to, &e.entries[c.entry], e.an.usage.losses); ok && (d.kind == countrySlot || d.kind == nameSlot) {
			tr.note("not the answer: the claim's figure is of " + o + "'s losses, the entry's of another's (countowner.go)")
			continue
		}
		if e.dropsDoer(an, d) {
			if e.leadNamesNone(an, c.entry) && !e.asksWhy(c.entry) {
				// "is it true that South Korea sends troops?" is not
				// answered "Last year: North Korea dispatched ...": a lead
				// of when or how many answers another question than who
				// did it, which the claim's doer, wrong, leaves unasked
				// (only a why's lead is turned to "No.", below)
				tr.note("not the answer: its lead answers another question than who did it")
				continue
			}
			if e.saysWhoOnly(an, c.entry) {
				// nor by "reports from ... South Korea say that North
				// Korea has sent them": who says it, not who did it
				// (factsayer.go)
				tr.note("not the answer: it says who says it, not who did it")
				continue
			}
		}
		tr.note("a fact check with one detail wrong: " + e.pack.Entries[c.entry].ID + " states another of its kind")
		a = e.answerWith(a, c.entry, c.score)
		// the entry's own Yes or No answered its question, not this claim:
		// fitPolar with no question drops either
		a.Text = fitPolar(a.Text, "")
		if t := withoutLead(a.Text); t != a.Text && e.dropsDoer(an, d) && e.asksWhy(c.entry) {
			// "South Korea sent troops to Russia, didn't it": "To
			// bolster Russian forces: North Korea sent ..." would read
			// as the wrong doer's reason; the one who did it is the
			// correction (a lead that names who, "Russia: ...", is one)
			a.Text = "No. " + t
		}
		a.reread, a.checked = true, true
		return a, true
	}
	return a, false
}

// personForGroup reports whether dropped names a person where entry en
// speaks of none: "So Zelensky died?" put to the count of North Korea's
// dead has no other person of its kind there, only the soldiers counted,
// so the figure is no contrast to it.
func (e *Engine) personForGroup(en int, dropped []term) bool {
	if !slices.ContainsFunc(dropped, func(t term) bool { return e.classes[t.text] == "person" }) {
		return false
	}
	for k := range e.entries[en].about {
		if e.classes[k] == "person" {
			return false
		}
	}
	return true
}

// A detail is a run of terms, an.terms[from:to], that a fact check may
// have wrong, of one kind.
type detail struct {
	kind     slot
	from, to int
	act      string // for a doer, the act it is said to do; for a name, the act right after it; for a title's qualifier, the title; for a code name, the code put in its place
	cleft    bool   // for a doer, asked "was it X that ...?"
	whose    bool   // for a role, with the country whose post it is
	focus    bool   // for a doer, the whole focus of a cleft (see cleftfocus.go)
	title    bool   // for a role, the word qualifying a title read away before a name (see facttitle.go)
	asked    string // for a name, the question word put in its place (see claimwho.go)
}

// details lists the details of a question, in order; a role qualified by
// words before it ("defense minister") twice: first its qualifier alone,
// as the role may be right and its qualifier wrong, then the role with
// it.
func (e *Engine) details(an analysis) []detail {
	var out []detail
	dateFrom := -1 // where a run of date terms side by side began
	for i := range an.terms {
		s := e.slotOf(an, i)
		if s != dateSlot {
			dateFrom = -1
		}
		if s == noSlot {
			continue
		}
		if s == dateSlot {
			if dateFrom >= 0 && an.terms[i-1].end == an.terms[i].pos {
				// a month and its year ("december 2024") are one date,
				// wrong as a whole: after each alone, the two together
				out = append(out, detail{kind: dateSlot, from: i, to: i + 1}, detail{kind: dateSlot, from: dateFrom, to: i + 1})
				continue
			}
			dateFrom = i
		}
		from := i
		if s == roleSlot {
			for from > 0 && an.terms[from-1].kind == "" && e.slotOf(an, from-1) == noSlot && an.terms[from-1].end == an.terms[from].pos {
				from--
			}
			if from < i {
				out = append(out, detail{kind: roleSlot, from: from, to: i})
				if (e.roleDoerAt(an, i) || byRole(an) == i) && checksClaim(an.words) && from > 0 &&
					an.terms[from-1].kind == KindEntity && e.referentInfo[an.terms[from-1].text].class == "country" {
					// the post named as the doer, its qualifier wrong, and
					// whose it is pinning which: "South Korea's defense
					// minister made the offer, right?" asked as who made
					// it, whose entry says who holds the post (see
					// claimwho.go; not "the defense minister came up with
					// this", which pins no post the report gives)
					out = append(out, detail{kind: roleSlot, from: from, to: i, asked: whoWord})
				}
			}
		}
		out = append(out, detail{kind: s, from: from, to: i + 1})
		if s == roleSlot {
			out = append(out, e.ofQualifier(an, i)...)
		}
		if s == dateSlot && i > 0 && (an.terms[i-1].end == an.terms[i].pos && monthPart(an.words[an.terms[i-1].pos:an.terms[i-1].end]) ||
			monthEdge(an.words[an.terms[i-1].pos:an.terms[i].pos]) || yearPart(an.words[an.terms[i-1].pos:an.terms[i].pos])) {
			// the part of the month is of the date, wrong with it: "by
			// late march" left as "by late" asks of nothing
			out = append(out, detail{kind: dateSlot, from: i - 1, to: i + 1})
		}
		if s == roleSlot && from > 0 && e.slotOf(an, from-1) == countrySlot && an.terms[from-1].modifies == an.terms[from].pos {
			// the whole post, with whose it is, may be wrong: "budanov is
			// south korea's foreign minister right?" (he heads Ukraine's
			// intelligence)
			out = append(out, detail{kind: roleSlot, from: from - 1, to: i + 1, whose: true})
		}
	}
	out = whenFirst(out)
	out = append(out, e.titleQualifiers(an)...)
	out = append(out, e.codeNames(an)...)
	out = append(out, e.countAsked(an)...)
	out = append(out, propertyAsked(an)...)
	out = append(out, lossKindAsked(an)...)
	doer, act, cleft := e.doerAsked(an)
	if doer >= 0 {
		out = append(out, detail{kind: doerSlot, from: doer, to: doer + 1, act: act, cleft: cleft})
	}
	if from, to, ok := cleftFocus(an); ok {
		out = append(out, detail{kind: doerSlot, from: from, to: to, cleft: true, focus: true})
	}
	for i := 0; i < len(an.terms); i++ {
		if e.slotOf(an, i) != noSlot || e.nameClass(an, i) == "" {
			continue
		}
		d := detail{kind: nameSlot, from: i, to: i + 1}
		for an.terms[i].kind == "" && d.to < len(an.terms) && an.terms[d.to].kind == "" && an.terms[d.to].pos == an.terms[d.to-1].end &&
			slices.Contains(an.unknown, an.terms[d.to].text) {
			d.to++ // a name of more words than one the pack does not know ("Park Jin")
		}
		if d.to < len(an.terms) && reflexivePronouns[an.terms[d.to].text] && an.terms[d.to].pos == an.terms[d.to-1].end {
			d.to++ // its stress is wrong with it: "inside kyiv itself" (see dropEmphatic)
		}
		if d.to < len(an.terms) && isAct(an.terms[d.to]) {
			d.act = an.terms[d.to].text
		}
		out = append(out, d)
		if c := e.nameClass(an, i); i > 0 && (c == "body" || c == "person") && e.nameClass(an, i-1) == "country" &&
			an.terms[i-1].qualifier && an.terms[i-1].modifies == an.terms[i].pos {
			// the name with whose it is may be wrong as a whole: "the
			// figure came from the South Korean Joint Chiefs" (see
			// checkedSource)
			out = append(out, detail{kind: nameSlot, from: i - 1, to: d.to, act: d.act, whose: true})
		}
		i = d.to - 1
	}
	out = append(out, e.nameLists(an)...)
	out = append(out, e.whoAsked(an)...)
	return append(out, e.whereAsked(an)...)
}

// nameLists returns, for names of one class listed side by side ("Kyiv,
// the UK and Japan"), each run of two or more of them as one detail: a
// claim may have more than one of a list wrong ("reports from Kyiv, the
// UK and Japan": the US and South Korea), and asked without one alone it
// still names the other.
func (e *Engine) nameLists(an analysis) []detail {
	var out []detail
	for i := range an.terms {
		c := e.nameClass(an, i)
		if c == "" || e.slotOf(an, i) != noSlot {
			continue
		}
		for j := i + 1; j < len(an.terms) && an.terms[j].kind == KindEntity && e.nameClass(an, j) == c && e.slotOf(an, j) == noSlot && an.terms[j].pos-an.terms[j-1].end <= 2; j++ {
			d := detail{kind: nameSlot, from: i, to: j + 1}
			if d.to < len(an.terms) && isAct(an.terms[d.to]) {
				d.act = an.terms[d.to].text
			}
			out = append(out, d)
		}
	}
	return out
}

// slotOf returns the kind of detail the i-th term of an is, if any.
func (e *Engine) slotOf(an analysis, i int) slot {
	t := an.terms[i]
	switch {
	case t.kind == KindFrame || t.kind == KindQuestion:
		return noSlot
	case finestDate(an.words[t.pos:t.end]) != noDate,
		t.text == "year" && finestDate(an.words[max(t.pos-1, 0):t.end]) != noDate && (i == 0 || an.terms[i-1].end < t.pos):
		// ("this year", its "this" no term of its own)
		return dateSlot
	case isNumber(t.text):
		return countSlot
	case t.kind == KindRole && (slices.ContainsFunc(an.terms, func(t term) bool { return t.person }) || byRole(an) == i || e.roleDoerAt(an, i)):
		// a person's post ("budanov is the defense minister"), or who
		// did a thing, by post ("made by the defence minister")
		return roleSlot
	case e.reversals[t.text] != nil:
		return senseSlot
	case t.kind == KindEntity && (t.qualifier || underName(an, i)) && e.referentInfo[t.text].class == "country" && i+1 < len(an.terms) &&
		(e.slotOf(an, i+1) == roleSlot || an.terms[i+1].kind == KindWord || an.terms[i+1].kind == KindKey):
		// whose post ("north korea's foreign minister"), whose control
		// ("kursk is under ukrainian control"): a country that qualifies
		// the term after it, not one that acts or is spoken of ("the
		// figure came from the pentagon"), nor the country of a group
		// that acts ("ukrainian troops are fighting in kursk")
		return countrySlot
	}
	return noSlot
}

// byRole returns the index in an.terms of the role a passive's "by"
// names ("made by South Korea's defence minister"), with no more than
// whose it is and the words qualifying it between, or -1.
func byRole(an analysis) int {
	b := slices.Index(an.words, "by")
	if b < 0 {
		// a thing said is "from" who said it as it is "by" them:
		// "the combat experience comment is from Ukraine's defense
		// minister" (not "troops from ...", where no saying comes
		// before it)
		b = slices.Index(an.words, "from")
		if b < 0 || !slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindAct && t.text == sayTerm && t.end <= b }) {
			return -1
		}
	}
	for i, t := range an.terms {
		switch {
		case t.pos <= b:
		case t.kind == KindRole:
			if t.pos-b > 5 {
				return -1
			}
			return i
		case t.kind == KindEntity && t.qualifier, t.kind == "":
			// whose post, a word qualifying it ("defence")
		default:
			return -1
		}
	}
	return -1
}

// postAsked returns, for a question asking plainly whether a person
// holds a post ("is Budanov Ukraine's defense minister?", "was Cho the
// defence minister?"), the index of the post's role term and of the
// person's; -1, -1 for any other question. Only a form of "be", the
// person, and the post with what qualifies it (a country, a word) may
// stand in it.
func postAsked(an analysis) (role, person int) {
	if len(an.words) == 0 || !beAux[an.words[0]] {
		return -1, -1
	}
	role, person = -1, -1
	for i, t := range an.terms {
		switch {
		case t.person && person < 0:
			person = i
		case t.kind == KindRole && role < 0:
			role = i
		case t.kind == KindEntity && t.qualifier, t.kind == "":
		default:
			return -1, -1
		}
	}
	if role < 0 || person < 0 || person > role {
		return -1, -1
	}
	return role, person
}

// contrasts reports whether entry en states a detail of the kind of d
// that the question an does not: another date, another number, another
// role (or the same role, without the words the question qualifies it
// by: "defense minister" of the foreign minister), or the sense a dropped
// word reverses.
func (e *Engine) contrasts(en int, d detail, an analysis) bool {
	ie := &e.entries[en]
	about := ie.about
	dropped := an.terms[d.from:d.to]
	switch d.kind {
	case doerSlot:
		if d.focus {
			return !additive(an.words) && e.focusOther(en, d, an)
		}
		return !additive(an.words) && e.doneByOther(en, d, an)
	case nameSlot:
		return !additive(an.words) && (e.namesOther(en, d, an) || e.listedOther(en, d, an) || e.placedMeans(en, d, an))
	case codeSlot:
		return e.namesCode(en, an)
	case propertySlot:
		return e.namesProperty(en, an)
	case lossSlot:
		return e.namesOtherLoss(en, d, an)
	case dateSlot, countSlot:
		if d.act == howMany {
			return e.oneFigure(en, an) // (see claimfigure.go)
		}
		if ie.names(dropped[0].text) {
			return false // the entry has it: what it lacks is no contrast
		}
		if d.kind == dateSlot && !slices.ContainsFunc(an.terms, func(t term) bool {
			g := finestDate(an.words[max(t.pos-1, 0):t.end]) // ("this year")
			return g != noDate && g <= ie.finest
		}) {
			// a month put to check against a year ("first arrived in
			// october", of "last year"), with no date as coarse as the
			// entry's beside it ("this year, january"), may be the
			// right month of it: the entry does not say
			return false
		}
	case senseSlot:
		return slices.ContainsFunc(e.reversals[dropped[0].text], func(k string) bool { return about[k] && !an.hasTerm(k) })
	case roleSlot:
		if d.title {
			// a title's qualifier before a name: the entry says what the
			// one named is, and not it
			if !about[an.terms[d.to].text] || about[dropped[0].text] {
				return false
			}
			// the post, the title read away, must be what the answer
			// says, not only its quotes
			return slices.ContainsFunc(e.an.analyze(e.pack.Entries[en].Answer, false).terms, func(t term) bool { return t.text == d.act })
		}
		if r := e.postOf(an, d); r >= 0 {
			return e.postOfOther(en, an, r) // (postof.go)
		}
		if dropped[len(dropped)-1].kind != KindRole {
			// a qualifier alone: the entry has the role, and not it
			return about[an.terms[qualifiedRole(an, d)].text] && !slices.ContainsFunc(dropped, func(t term) bool { return about[t.text] })
		}
	}
	for k := range about {
		if an.hasTerm(k) || !ie.names(k) {
			continue
		}
		switch d.kind {
		case dateSlot:
			if dateKey(k) || isDate(term{text: k}) {
				return true
			}
		case countSlot:
			if isNumber(k) && !dateKey(k) {
				return true
			}
		case roleSlot:
			if e.an.kinds[k] == KindRole {
				return true
			}
		case countrySlot:
			if e.referentInfo[k].class == "country" {
				return true
			}
		}
	}
	return false
}

// reversalsOf returns, by the term the analyzer reads of each of the
// synonyms' opposites, the terms it reverses: "less accurate" of accuracy
// improved, "stop backing" of a support reiterated. (Not a refusal: "the
// POWs refuse to go" or "Ukraine refused the offer" is not of South
// Korea's readiness to accept them, which a refusal by another leaves
// standing.) An opposite that reads as no single term is refused at load
// (see validate.go).
func reversalsOf(syns []Synonym, an *analyzer) map[string][]string {
	out := map[string][]string{}
	for _, s := range syns {
		for _, o := range s.Opposites {
			if ts := an.analyze(o, false).terms; len(ts) == 1 {
				out[ts[0].text] = append(out[ts[0].text], conceptName(s.Term))
			}
		}
	}
	return out
}

// checksClaim reports whether a question puts a claim to be checked,
// rather than asking it: "is it true (that) ...", "fact check: ...",
// "isn't ...", or a
// claim with a word asking whether it is true at its end ("nk sent troops
// in 2025 right?", "... lol true?", "... Is that right?"). Asked plainly
// ("Is Budanov Ukraine's defense minister?"), a detail the report does not
// give is declined.
func checksClaim(ws []string) bool {
	for i, w := range ws {
		switch {
		case i == 0 && opensNegated(ws):
			return true // "isn't budanov the defense minister?" says he is
		case factCheck(ws[i:]):
			return true
		case i == 0 && asksTheOne(ws):
			return true // "is he the one who said ...?" (theone.go)
		case i == len(ws)-1 && i >= 3 && claimTags[w]:
			return true // "ukraine reported 3k in february, yeah?"
		case i == len(ws)-2 && i >= 3 && negations[w] && strings.HasSuffix(w, "nt") && tagPronouns[ws[i+1]]:
			return true // "north korea sent troops to ukraine, didn't it" (with or without its "?")
		case !truthWords[w]:
		case i >= len(ws)-3:
			return true
		case i >= 2 && (ws[i-1] == "it" || ws[i-1] == "that") && beAux[ws[i-2]]:
			return true
		}
	}
	return false
}

// claimTags are the words that, last after a claim, ask whether it is
// true as "right?" does ("..., yeah?", "..., innit?"; Nigerian Pidgin's
// "abi?": "so Ukraine talk say 4,000 don die by January abi?").
var claimTags = setOf("yeah", "yea", "ya", "yes", "innit", "amirite", "fiction", "aye", "eh", "non", "hey", "abi")

// factCheck reports whether words open with "fact check" ("fact check:
// the figure is from march") or "true or false": a claim put to check,
// however it ends.
func factCheck(ws []string) bool {
	return len(ws) > 1 && ws[0] == "fact" && strings.HasPrefix(ws[1], "check") ||
		len(ws) > 3 && ws[0] == "true" && ws[1] == "or" && ws[2] == "false"
}

// opensNegated reports whether words open with a negated auxiliary
// ("isn't", "wasn't", "didn't").
func opensNegated(ws []string) bool {
	return len(ws) > 0 && negations[ws[0]] && strings.HasSuffix(ws[0], "nt")
}

// allDates reports whether every term names a date.
func allDates(ts []term) bool {
	return len(ts) > 0 && !slices.ContainsFunc(ts, func(t term) bool { return !isDate(t) })
}

// monthPart reports whether words are a part of a month said before it
// ("early", "mid", "late").
func monthPart(ws []string) bool {
	return len(ws) == 1 && monthParts[ws[0]]
}

// monthParts are monthPart's words.
var monthParts = setOf("early", "mid", "late", "middle")

// monthEdge reports whether ws, the words from the term before a date to
// it, are a part of the month put as its edge: "the end of" March, wrong
// with it as "late" is.
func monthEdge(ws []string) bool {
	return len(ws) == 2 && ws[1] == "of" && (ws[0] == "end" || ws[0] == "start" || ws[0] == "beginning" || ws[0] == "middle")
}

// whenFirst puts before each date detail of ds the same with "when" in
// its place: asked without the date alone, a claim of when a thing was
// done may be nearest why it was ("North Korea sent troops to Russia
// earlier this year": why it sent them), whose answer dates it only by
// the way; asked when, the entry dating it answers.
func whenFirst(ds []detail) []detail {
	out := make([]detail, 0, 2*len(ds))
	for _, d := range ds {
		if d.kind == dateSlot {
			w := d
			w.asked = whenWord
			out = append(out, w)
		}
		out = append(out, d)
	}
	return out
}

// whenWord is the pack's term asking when.
const whenWord = "when"

// yearPart reports whether ws, the words from the term before a date to
// it, are a part of the year put before it: "earlier this" year, wrong
// with it.
func yearPart(ws []string) bool {
	return len(ws) == 2 && (ws[0] == "earlier" || ws[0] == "early" || ws[0] == "later" || ws[0] == "late") && (ws[1] == "this" || ws[1] == "last")
}

// asksWhy reports whether entry en's own question asks for a reason, so
// that the lead of its answer is one.
func (e *Engine) asksWhy(en int) bool {
	return slices.ContainsFunc(e.an.analyze(e.pack.Entries[en].Question, false).terms, func(t term) bool {
		return t.kind == KindQuestion && strings.HasPrefix(t.text, whyTerm)
	})
}

// dropsDoer reports whether detail d of the claim an is the one said to
// do its act: read as a doer, or a country that is the claim's doer
// ("China sent troops to Russia").
func (e *Engine) dropsDoer(an analysis, d detail) bool {
	if d.kind == doerSlot {
		return true
	}
	if i, _, _ := e.doerAsked(an); i >= d.from && i < d.to {
		return true
	}
	// a name the pack does not have do things, opening the claim
	// before its act
	return d.from == 0 && d.to < len(an.terms) && an.terms[0].kind == KindEntity &&
		(an.terms[d.to].kind == KindWord || an.terms[d.to].kind == KindAct)
}
