package knowledge

import (
	"slices"
	"strings"
)

// Who did what to whom, as far as word order tells: enough to decline
// "What did Pyongyang say about the proposal?" with an entry where North
// Korea does nothing, or "Has South Korea sent troops?" with one where
// South Korea only reports that North Korea did, without a parser.

// doAux are the words after which a name is the subject of the verb that
// follows it ("did Pyongyang say", "has Moscow improved"); beAux are those
// after which it is when an -ing form follows ("is North Korea sending").
var (
	doAux = setOf("did", "does", "do", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might")
	beAux = setOf("is", "are", "was", "were")
	// modals after a name make it the subject of the verb after them
	modals = setOf("would", "will", "could", "can", "might", "may", "should", "must")
	// beForms between a name and a verb make the verb done to the name
	// ("is expected", "are being trained").
	beForms = setOf("is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting")
	// places are the words after which a name is a place or an object,
	// not a doer ("sent to Russia", "reports from Kyiv"); "by" is left out:
	// "captured by Ukraine" names who captured.
	places = setOf("of", "from", "in", "to", "for", "with", "against", "within", "under", "alongside", "on", "into", "at", "about", "between", "over")
)

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

// forces reads ts[i], a name qualifying the role right after it, as that
// role's people acting for it ("the North Korean military is acquiring",
// "are Russian troops gaining"): the name, spanning both.
func forces(ts []term, i int) (term, bool) {
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
// Pyongyang say?"), or after "is" or "are" before an -ing form ("Is North
// Korea sending weapons?").
func subjects(ws []string, ts []term) []term {
	var out []term
	for i, t := range ts {
		if t.kind != KindEntity {
			continue
		}
		if modifier(ts, i) {
			f, ok := forces(ts, i)
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
		if aux == "the" && (i+1 < len(ts) && ts[i+1].kind == KindAct && ts[i+1].pos == t.end || institutions[ws[t.end-1]]) {
			aux = before(ws, t.pos)
		}
		reported := slices.ContainsFunc(ts[:i], func(t term) bool { return t.kind == KindAct })
		if doAux[aux] || beAux[aux] && (ingAfter(ws, listEnd(ws, ts, i, t)) || aux == ws[0] && t.end < len(ws) && stopWords[ws[t.end]]) || (reported || t.pos == 0) && !t.people && t.end < len(ws) && (modals[ws[t.end]] || !t.forces && pastForms[ws[t.end]]) {
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

// progressive reports whether the words from i to the verb at v are a
// be-form before an -ing form ("is acquiring"): done by the name, not to
// it ("is expected").
func progressive(ws []string, i, v int) bool {
	return v == i+1 && beAux[ws[i]] && strings.HasSuffix(ws[v], "ing") && !beForms[ws[v]]
}

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
// South Korea", "Russia or Ukraine").
func listedAfter(ws []string, end int, t term) bool {
	return t.kind == KindEntity && t.pos == end+1 && (ws[end] == "and" || ws[end] == "or")
}

// pastForms are past tenses after which a name in a reported clause is
// the subject ("Who says Russia sent troops?"); not after its soldiers,
// where they may be participles ("soldiers captured in Ukraine").
var pastForms = setOf("sent", "dispatched", "deployed", "proposed", "offered", "improved", "enhanced", "gave", "took", "made", "said", "called")

// ingAfter reports whether an -ing form follows t, as in "is North Korea
// sending", and not one that makes the verb after it passive ("being").
func ingAfter(ws []string, t term) bool {
	return t.end < len(ws) && strings.HasSuffix(ws[t.end], "ing") && !beForms[ws[t.end]]
}

// actors lists the names a text speaks of as doers, or may: every name not
// qualifying another word and not a place or an object after "to", "from",
// "in" and the like.
func actors(ws []string, ts []term) []term {
	var out []term
	for i, t := range ts {
		if t.kind == KindEntity && !modifier(ts, i) && !places[before(ws, t.pos)] {
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
		if f, ok := forces(ts, i); ok && modifier(ts, i) && !places[before(ws, t.pos)] {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b term) int { return a.pos - b.pos })
	return out
}

// whereTerm is the pack's term for questions about places.
const whereTerm = "where"

var (
	// within are the words before the area a "where" question asks
	// within ("Where in South Korea ...?").
	within = setOf("in", "inside", "within")
	// into are the words before a place a text puts someone in or sends
	// them to ("fighting in Kursk", "sent to Russia").
	into = setOf("in", "inside", "within", "into", "to", "at")
)

// scopes lists the names a "where" question asks within: "Where in South
// Korea will the POWs live?" asks for a place in South Korea, which
// "South Korea" does not answer. A name before "where" is a premise ("They
// are in Kursk; is that where they fight?").
func scopes(ws []string, ts []term) []string {
	i := slices.IndexFunc(ts, func(t term) bool { return t.kind == KindQuestion && t.text == whereTerm })
	if i < 0 {
		return nil
	}
	return placesAfter(ws, ts[i+1:], within)
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

// identity returns what a "who is X?" question asks the identity of
// ("Who is Cho?", "Who are the North Korean POWs?", "names of the POWs"):
// the word "who" and a form of "be" first, or the word "name" anywhere,
// and besides only names, roles, key words ("captured") and plain words
// after them, X being the first such plain word ("the chief's deputy"),
// or else the first name or role not qualifying another ("the foreign
// minister of South Korea", "the North Korean POWs"). An entry that says
// who did something to X ("who proposed accepting the POWs") does not say
// who X is.
func identity(ws []string, ts []term) (string, bool) {
	q := slices.IndexFunc(ts, func(t term) bool {
		return t.kind == KindQuestion && strings.HasPrefix(ws[t.pos], "name")
	})
	if q < 0 && len(ts) > 0 && ts[0].kind == KindQuestion && ws[ts[0].pos] == "who" && ts[0].end < len(ws) && beAux[ws[ts[0].end]] {
		q = 0
	}
	if q < 0 || len(ts) < 2 {
		return "", false
	}
	rest := slices.Delete(slices.Clone(ts), q, q+1)
	x := ""
	for i, t := range rest {
		switch {
		case t.kind == KindKey: // "the captured soldiers"
		case t.kind == "" && i > 0:
			// a word no synonym reads, after a name or role, is the one
			// asked about: "the name of Ukraine's intelligence chief's
			// deputy" (but "who is reporting that" asks no identity)
			return t.text, true
		case t.kind == "":
			return "", false
		case t.kind != KindEntity && t.kind != KindRole:
			return "", false
		case x == "" && !(t.kind == KindEntity && i+1 < len(rest) && modifier(rest, i)):
			x = t.text
		}
		if t.kind == KindRole && t.end < len(ws) && ws[t.end] == possessive {
			x = "" // "the foreign minister's boss": the boss is asked about
		}
	}
	return x, x != ""
}

// askedFor returns the plain word a "which" or "what" asks for ("Which
// reports indicate ...?", "What weapons ...?"): an answer must speak of
// it.
func askedFor(ws []string, ts []term) (string, bool) {
	for i, t := range ts {
		if w := before(ws, t.pos); t.kind == "" && (w == "which" || w == "what") && !verbBefore(ws, ts, i) {
			return t.text, true
		}
	}
	return "", false
}

// verbBefore reports whether ts[i], a plain word, is a verb before its
// object ("What marks North Korea's first war?", "What marks the ..."),
// not the thing asked for.
func verbBefore(ws []string, ts []term, i int) bool {
	t := ts[i]
	if t.end < len(ws) && determiners[ws[t.end]] {
		return true
	}
	return i+1 < len(ts) && ts[i+1].pos == t.end && ts[i+1].kind == KindEntity
}

var determiners = setOf("the", "a", "an", "this", "that", "its", "their", "his", "her")

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
		if gap := ws[r.end:ts[j].pos]; slices.ContainsFunc(gap, func(w string) bool { return w != "of" && w != "the" }) {
			continue
		}
		for j+1 < len(ts) && ts[j].kind == KindEntity && modifier(ts, j) {
			j++
		}
		if (ts[j].kind == KindEntity || ts[j].kind == KindRole) && !ts[j].person {
			// (a person after a role holds it: "Minister Cho")
			out = append(out, [2]string{r.text, ts[j].text})
		}
	}
	return out
}

// A deed is a name and what it does: ("north_korea", "send") for "North
// Korea has sent troops", ("ukraine", "captured") for "soldiers captured by
// Ukraine".
type deed struct {
	doer, act string
	forces    bool // the doer's forces do it (see forces)
}

// deeds lists what the doers of a text do: the term right after a doer
// (two words at most, as in "North Korea has sent"; past a list of names,
// as in "the United States and South Korea say"), or the term right before
// "by" for a doer after it.
func deeds(ws []string, ts []term, doers []term) []deed {
	var out []deed
	for _, d := range doers {
		i := slices.IndexFunc(ts, func(t term) bool { return t.pos == d.pos })
		if beAux[before(ws, d.pos)] && !ingAfter(ws, d) {
			continue // "Are the North Koreans supervised?": done to them
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
		if j < len(ts) && ts[j].kind != KindEntity && ts[j].pos-end <= 2 && (!slices.ContainsFunc(ws[end:ts[j].pos], func(w string) bool { return beForms[w] }) || progressive(ws, end, ts[j].pos)) && !(d.forces && ts[j].end < len(ws) && ws[ts[j].end] == "by") {
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

// asks reports whether the question asks about something: nothing but
// "who" or "when" has no topic to answer about ("What's your name?").
func (an analysis) asks() bool {
	// "how", a word for the means ("by what means"), asks nothing alone
	// either: "how so?"
	return slices.ContainsFunc(an.terms, func(t term) bool { return t.kind != KindQuestion && t.text != howTerm })
}

// howTerm is the pack's term for the means of a thing, measureTerm for
// questions of degree ("how far", "how fast").
const (
	howTerm     = "how"
	measureTerm = "measure"
)

// retries are the ways to ask a question again when nothing answers it as
// it stands: once per alternative of a choice ("Was it a phone call or a
// meeting?"), without the words that frame it ("Why does this story
// matter?"), and in the parts of a question asking two things.
func (an analysis) retries() []analysis {
	out := an.alternatives()
	if un, ok := an.unframed(); ok {
		out = append(out, un)
	}
	return append(out, an.clauses()...)
}

// unframed returns the question without its framing words ("why does
// this story matter?" asks why it matters), if it has any, and two terms
// besides, or one the pack's synonyms name that is not a kind of question
// ("what makes this story important?"): "how long is the article?" asks
// nothing without the article, and one plain word says too little ("is
// the article biased?" is not where the troops are based).
func (an analysis) unframed() (analysis, bool) {
	out := an
	out.terms = slices.DeleteFunc(slices.Clone(an.terms), func(t term) bool { return t.kind == KindFrame })
	return out, out.enough() && len(out.terms) < len(an.terms)
}

// enough reports whether a question asked on its own says enough to be
// answered: two terms, or one the pack's synonyms name that is not a kind
// of question ("what's the source?"); one plain word says too little.
func (an analysis) enough() bool {
	ts := an.terms
	return an.asks() && (len(ts) >= 2 || len(ts) == 1 && ts[0].kind != "" && ts[0].kind != KindQuestion)
}

// clauses splits a question that asks two things ("How many troops did
// North Korea send and where are they?") before each kind of question
// that follows "and", so that each part can be asked alone.
func (an analysis) clauses() []analysis {
	var cuts []int
	for i, t := range an.terms {
		if i > 0 && t.kind == KindQuestion && afterWord(an.words, t.pos, "and") >= 0 {
			cuts = append(cuts, i)
		}
	}
	if cuts == nil {
		return nil
	}
	var out []analysis
	for k, from := range append([]int{0}, cuts...) {
		to := len(an.terms)
		if k < len(cuts) {
			to = cuts[k]
		}
		part := an
		part.terms = an.terms[from:to:to]
		if part.asks() {
			out = append(out, part) // not "when" alone, in "when and where"
		}
	}
	return out
}

// alternatives returns the question once for each alternative of each
// choice in it ("A or B" gives one with A and one with B).
func (an analysis) alternatives() []analysis {
	var out []analysis
	for i, t := range an.terms {
		if t.either == 0 {
			continue
		}
		alt := an
		alt.terms = make([]term, 0, len(an.terms))
		for j, o := range an.terms {
			if o.either != t.either || j == i {
				alt.terms = append(alt.terms, o)
			}
		}
		alt.terms[slices.IndexFunc(alt.terms, func(o term) bool { return o.pos == t.pos })].either = 0
		out = append(out, alt)
	}
	return out
}

// officials are the nouns that ask for someone acting for a country.
var officials = setOf("official", "officials", "person", "politician", "politicians", "spokesman", "spokesperson")

// officialAsked reports whether the question asks which official did a
// thing, and of which country if it says ("Which Ukrainian official is
// quoted ...?"): an answer must name one, as Budanov acts for Ukraine.
func officialAsked(ws []string, ts []term) (country string, ok bool) {
	for i, w := range ws {
		if w != "which" && w != "what" {
			continue
		}
		j := i + 1
		for _, t := range ts {
			if t.kind == KindEntity && t.pos == j {
				country, j = t.text, t.end
			}
		}
		if j < len(ws) && officials[ws[j]] {
			return country, true
		}
		country = ""
	}
	return "", false
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

// afterPremise returns the question after a premise: the text after the
// last comma, semicolon, colon, sentence or "but" that starts as a
// question does
// ("North Korea sent troops to help Russia, but in which region are they
// fighting?", "When South Korea and Ukraine hold these discussions, what
// do they focus on?"), and the premise.
func afterPremise(text string) (premise, question string, ok bool) {
	cut, skip := strings.LastIndexAny(text, ",;:"), 1
	// a sentence before it ("I'm confused. Who is Cho?"), or "but"
	// (lower-casing may move bytes)
	for _, sep := range []string{". ", "! ", "? ", " but ", " But ", " BUT "} {
		if b := strings.LastIndex(text, sep); b > cut {
			cut, skip = b, len(sep)
		}
	}
	if cut <= 0 {
		return "", "", false
	}
	question = strings.TrimSpace(text[cut+skip:])
	ws := words(question) // "what's" is "what"
	return strings.TrimRight(text[:cut], " ,;:.!?"), question, len(ws) > 0 && questionStarts[ws[0]]
}

// resolve puts the names of the premise pr for the pronouns of the
// question ws: "they" and "their" are all of them ("South Korea and
// Ukraine"), "it" the last, "he" the last person.
func resolve(ws []string, pr analysis) []string {
	var names, persons [][]string
	for _, t := range pr.terms {
		if t.kind == KindEntity && !t.qualifier {
			names = append(names, pr.words[t.pos:t.end])
			if t.person {
				persons = append(persons, pr.words[t.pos:t.end])
			}
		}
	}
	if len(names) == 0 {
		return ws
	}
	var out []string
	for _, w := range ws {
		switch {
		case w == "they" || w == "them" || w == "their":
			for i, n := range names {
				if i > 0 {
					out = append(out, "and")
				}
				out = append(out, n...)
			}
		case w == "it" || w == "its":
			out = append(out, names[len(names)-1]...)
		case (w == "he" || w == "him" || w == "his") && len(persons) > 0:
			out = append(out, persons[len(persons)-1]...)
		default:
			out = append(out, w)
		}
	}
	return out
}

// pronouns are the words resolve puts a premise's names for.
var pronouns = setOf("they", "them", "their", "it", "its", "he", "him", "his")

// questionStarts are the words a question may start with.
var questionStarts = setOf("what", "which", "who", "whom", "whose", "where", "when", "why", "how",
	"is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "has", "have", "had", "should", "in")

// listMates lists the names in the list of names ("South Korea and
// Ukraine") that ts[i] is in, itself too.
func listMates(ws []string, ts []term, i int) []string {
	if ts[i].kind != KindEntity {
		return nil
	}
	from := i
	for from > 0 && ts[from-1].kind == KindEntity && listedAfter(ws, ts[from-1].end, ts[from]) {
		from--
	}
	out := []string{ts[from].text}
	for j := from + 1; j < len(ts) && listedAfter(ws, ts[j-1].end, ts[j]); j++ {
		out = append(out, ts[j].text)
	}
	return out
}

// excluded lists the names a question sets aside ("besides North Korea",
// "other than Kyiv"): it asks about others.
func excluded(ws []string, ts []term) []string {
	var out []string
	for _, t := range ts {
		if t.kind != KindEntity || t.pos == 0 {
			continue
		}
		w := ws[t.pos-1]
		if t.pos > 1 && (w == "than" || w == "from") {
			w = ws[t.pos-2] + " " + w
		}
		if setAside[w] {
			out = append(out, t.text)
		}
	}
	return out
}

var setAside = setOf("besides", "except", "excluding", "other than", "apart from", "aside from")

// howMany is the pack's term for questions about a number.
const howMany = "how_many"

// counted returns the word a question counts, right before or after its
// "how many" ("how many casualties", "the casualty figure"), when that is
// a word of the pack's, not a name or a role (those are checked as such).
func counted(ts []term) (string, bool) {
	for i, t := range ts {
		if t.kind != KindQuestion || t.text != howMany {
			continue
		}
		if i+1 < len(ts) && ts[i+1].pos == t.end && ts[i+1].kind == KindWord {
			return ts[i+1].text, true
		}
		if i > 0 && ts[i-1].end == t.pos && ts[i-1].kind == KindWord {
			return ts[i-1].text, true
		}
	}
	return "", false
}

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

// kindAsked reports whether the question asks if a name is a thing of some
// kind ("Is the KN-23 a cruise missile?"): a copula first, then the name,
// then "a" or "an".
func kindAsked(ws []string, ts []term) bool {
	if len(ws) < 4 || !beAux[ws[0]] {
		return false
	}
	i := 1
	if ws[i] == "the" {
		i++
	}
	for _, t := range ts {
		if t.pos == i && t.kind == KindEntity {
			return t.end < len(ws) && (ws[t.end] == "a" || ws[t.end] == "an")
		}
	}
	return false
}
