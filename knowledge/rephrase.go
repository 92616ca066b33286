package knowledge

import (
	"slices"
	"strings"
)

// sentenceReadings reads "before" with nothing after it, or only "this", "now" or
// a question word, as "previously" ("Has North Korea fought a war
// before?", "in a war before, when?"); before a noun or a verb, or after
// "than", it says nothing here ("agree before going", "more involved than
// before"). "Over" last is "ended" ("when's the war over?", "... over fr"),
// where "over 3,000" hedges a number. A question tag ("didn't it?") is dropped. In
// "since when" a negation asks when a thing
// last happened: "previously". "Get" before "from" is "gain" ("what does
// North Korea get from the war?"); "how" asks nothing of a description
// ("How is Cho described?" asks who he is). "For" between "what" and a
// bare verb is "to" ("do what for go there?"). "Catch" is the verb, not a
// hidden condition, but after a word that makes it a noun ("the catch",
// "any catch", see catchNouns). "Stop X from doing" is "X stop doing"
// (see stopFrom).
func sentenceReadings(ws []string) []string {
	for i, w := range ws {
		if q, ok := chatQuestionWords[w]; ok {
			ws[i] = q // "wat year", "wen did they": the question word, for the aliases that start with it
		}
	}
	if n := len(ws); n > 2 && tagAux[ws[n-2]] && tagPronouns[ws[n-1]] && !(n <= 4 && whWords[ws[0]]) {
		// a tag asks back what was said: "..., didn't it?"; not the
		// verb and subject of a short question ("who is he?", "which
		// war was it?")
		ws = ws[:n-2]
	}
	// the first question word, after a greeting or a call ("ok bot, how
	// does the article ...")
	h := max(0, slices.IndexFunc(ws, func(w string) bool { return whWords[w] }))
	if len(ws) > h+2 && ws[h] == "how" && beAux[ws[h+1]] && slices.ContainsFunc(ws[h+2:], func(w string) bool { return describing[w] }) {
		// "How is Cho described?" asks who he is, not by what means (not
		// "How does the report describe the situation?", of a thing)
		ws[h] = "what"
	} else if len(ws) > h+3 && ws[h] == "how" && doAux[ws[h+1]] {
		for i := h + 2; i < len(ws); i++ {
			n := 0
			switch {
			case describing[ws[i]] || summing[ws[i]]:
				n = 1
			case ws[i] == "sum" && i+1 < len(ws) && ws[i+1] == "up":
				n = 2 // "how does the article sum up the talks?"
			}
			if n > 0 && describesThing(ws[i+n:]) {
				// "How does the report describe the talks?" asks how it
				// characterizes them, not by what means it describes; not
				// "how does it describe Budanov?" (who he is) nor "the
				// situation" (a word that names nothing)
				ws = slices.Concat(ws[:i:i], []string{"characterize"}, ws[i+n:])
				ws[h] = "what"
				break
			}
		}
	}
	if i := accordingToWhom(ws); i >= 0 {
		// "according to whom is North Korea gaining experience?" asks
		// who says it is, as "who says" does: the source of a claim, not
		// who does the thing claimed
		ws = slices.Concat(ws[:i:i], []string{"who", "says"}, ws[i+3:])
	}
	ws = dropEmphatic(ws)
	ws = koreaWithUkraine(ws)
	ws = briefly(ws)
	ws = stopFrom(ws)
	ws = wishTested(ws)
	sinceWhen := false
	for i, w := range ws {
		sinceWhen = sinceWhen || w == "since" && i+1 < len(ws) && ws[i+1] == "when"
	}
	negated := false
	for i, w := range ws {
		if sinceWhen && negations[w] {
			// "Since when has North Korea not fought a war?" asks when it
			// last did, as does "it hasn't fought like this since when?"
			ws[i] = previouslyWord
			negated = true
		}
	}
	if sinceWhen && !negated && len(ws) > 3 && !slices.Contains(ws, "first") && !slices.Contains(ws, "last") {
		// "since when have they been fighting?" asks when it started, not
		// when it last happened before (the 1950s), as "first war since
		// when?" does; a bare "since when?" is a fragment of the question
		// before (see merge.go)
		ws = slices.Clone(ws)
		ws[slices.Index(ws, "since")] = "start"
	}
	for i, w := range ws {
		switch {
		case getForms[w] && (gainFrom(ws[i+1:]) || i > 0 && ws[i-1] == "what" && slices.Contains(ws[i+1:], "from")):
			// "what does North Korea get from the war", "get what from
			// fighting", and in a learner's order, "what gets the army
			// from fighting?"
			ws[i] = gainWord
		case w == "for" && i > 0 && ws[i-1] == "what" && i+1 < len(ws) && learnerVerbs[ws[i+1]]:
			ws[i] = "to" // "the prisoners must do what for go to Korea?": in order to go, not why
		case w == "before" && (i+1 == len(ws) || afterBefore[ws[i+1]]) && (i == 0 || ws[i-1] != "than"):
			ws[i] = previouslyWord
		case w == "over" && i > 0 && !overParticle[ws[i-1]] && !slices.ContainsFunc(ws[max(0, i-4):i], func(w string) bool { return sendOver[w] }) && !slices.ContainsFunc(ws[i+1:], func(w string) bool { return !chatTails[w] }):
			ws[i] = endedWord
		case w == "where" && slices.ContainsFunc(ws[i+1:min(i+5, len(ws))], func(w string) bool { return workForms[w] }):
			// "Where does this Budanov work?" asks for whom, his post,
			// not a place
			ws[i] = "what"
		case wantForms[w] && asksWanted(ws, i):
			// "the minister Cho, what he want?", "he want what": the verb
			// last asks what one seeks, which the report gives as a
			// proposal (where "want to" and "if they want" stay a wish)
			ws[i] = "propose"
		case w == "together" && i > 0 && fightForms[ws[i-1]]:
			// "North Korea fight together with which country?": fighting
			// alongside, where "working together" is collaborating
			ws[i] = "alongside"
		case (w == "catch" || w == "catches" || w == "catching") && i > 0 && !catchNouns[ws[i-1]] && (i+1 == len(ws) || ws[i+1] != "up"):
			// "the soldiers Ukraine catch", "who catch them?", "who is
			// catching them?"; not "what's the catch?"
			ws[i] = "caught"
			if w == "catching" {
				ws[i] = "capturing" // still the verb's progressive: see identity
			}
		}
	}
	return ws
}

// wishTested drops the negation of a wish in a question asked yes or no
// ("Will South Korea accept prisoners who don't want to come?", "does sk
// take norks even if they dont wanna come"): it tests the condition of
// wanting, which the entry stating that condition answers either way. A
// question asking what happens to those who do not want to ("what happens
// to the POWs who dont wanna go?") asks what the report does not say, and
// keeps it.
func wishTested(ws []string) []string {
	if len(ws) < 4 || !doAux[ws[0]] && !beAux[ws[0]] {
		return ws
	}
	for i := 1; i+1 < len(ws); i++ {
		if !wishWords[ws[i+1]] {
			continue
		}
		n := 1
		switch {
		case ws[i] == "dont" || ws[i] == "doesnt" || ws[i] == "didnt":
		case ws[i] == "not" && (ws[i-1] == "do" || ws[i-1] == "does" || ws[i-1] == "did"):
			i, n = i-1, 2
		default:
			continue
		}
		if i > 0 && wishers[ws[i-1]] {
			if ws[i-1] == "who" {
				// "prisoners who want to come" says which ones: "if
				// they want to" is the condition tested
				return slices.Concat(ws[:i-1:i-1], []string{"if", "they"}, ws[i+n:])
			}
			return slices.Concat(ws[:i:i], ws[i+n:])
		}
	}
	return ws
}

// wishWords are the verbs of a wish; wishers, the words before its
// negation that say whose it is ("who", "they", "if ... he").
var (
	wishWords = setOf("want", "wanna", "wish", "wants")
	wishers   = setOf("who", "they", "he", "she", "if", "that")
)

// describesThing reports whether ws start with a thing named with its
// article or possessive ("the talks", "its losses"), by a word that is no
// stop word.
func describesThing(ws []string) bool {
	return len(ws) > 1 && thingDeterminers[ws[0]] && !stopWords[ws[1]]
}

// summing are the verbs that, as "describe" does, say how the report puts a
// thing in sum.
var summing = setOf("summarize", "summarise", "summarizes", "summarises", "summarized", "summarised")

// thingDeterminers name a thing before its noun.
var thingDeterminers = setOf("the", "its", "their", "this", "these", "those")

// dropEmphatic drops the reflexive pronouns that only stress the word
// before them ("besides the fighting itself", "Cho himself", "nk
// themselves or russia"), and reads one after "by" as "alone" ("did nk
// fight by themselves?"): left as a pronoun, "themselves" would be taken
// for the last people named. Not after a place ("in Ukraine itself", as
// against Russia), nor "the soldiers themselves" before a verb, which
// says whose wish it is.
func dropEmphatic(ws []string) []string {
	if !slices.ContainsFunc(ws, func(w string) bool { return reflexivePronouns[w] }) {
		return ws
	}
	out := make([]string, 0, len(ws))
	for i, w := range ws {
		switch {
		case !reflexivePronouns[w] || i == 0:
		case ws[i-1] == "by":
			out[len(out)-1] = "alone"
			continue
		case i > 1 && (ws[i-2] == "in" || ws[i-2] == "inside" || ws[i-2] == "within"):
		case w != "themselves" || i+1 == len(ws) || ws[i+1] == "or" || chatTails[ws[i+1]]:
			continue
		}
		out = append(out, w)
	}
	return out
}

// koreaWithUkraine reads a bare "Korea" in a question that names Ukraine
// as South Korea, the Korea that deals with Ukraine ("so ukraine and
// korea, they talk about what?", "what approach korea propose to
// ukraine?"): a learner's short name; North Korea fights Ukraine, and is
// written so.
func koreaWithUkraine(ws []string) []string {
	if !slices.Contains(ws, "korea") || !slices.ContainsFunc(ws, func(w string) bool { return ukraineWords[w] }) {
		return ws
	}
	var out []string
	for i, w := range ws {
		if w != "korea" || i > 0 && koreaQualifiers[ws[i-1]] {
			continue
		}
		if out == nil {
			out = slices.Clone(ws)
		}
		out[i] = "seoul"
	}
	if out == nil {
		return ws
	}
	return out
}

// reflexivePronouns stress a name, or after "by" say alone.
var reflexivePronouns = setOf("itself", "himself", "herself", "themselves")

// overParticle are the verbs whose "over" is part of them ("being watched
// over", "handed over"), not an end.
var overParticle = setOf("watch", "watched", "watching", "watches", "look", "looked", "looking", "hand", "handed", "handing",
	"take", "taken", "took", "taking", "turn", "turned", "turning", "win", "won", "think", "thought", "pass", "passed",
	"sign", "signed", "hold", "held")

// sendOver are the verbs whose "over" comes after their object ("send the
// soldiers over"): it says where they went, not an end.
var sendOver = setOf("send", "sends", "sent", "sending", "ship", "ships", "shipped", "shipping", "bring", "brings", "brought", "fly", "flew", "flown")

// accordingToWhom returns where "according to whom" (or "who") stands in
// ws, or -1.
func accordingToWhom(ws []string) int {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "according" && ws[i+1] == "to" && (ws[i+2] == "whom" || ws[i+2] == "who") {
			return i
		}
	}
	return -1
}

// briefly drops a "tldr" after a question ("whats nk's role in this war
// tldr"), which asks for it briefly: it is the topic only where it asks
// for the gist of something ("tldr of the article", "tldr pls"). (A
// question word may carry its "is": "whats".)
func briefly(ws []string) []string {
	n := len(ws)
	for n > 0 && chatTails[ws[n-1]] {
		n--
	}
	k := 0
	switch {
	case n > 0 && ws[n-1] == "tldr":
		k = 1
	case n > 1 && ws[n-2] == "tl" && ws[n-1] == "dr":
		k = 2
	}
	if k == 0 || !slices.ContainsFunc(ws[:n-k], func(w string) bool { return whWords[w] || whWords[strings.TrimSuffix(w, "s")] }) {
		return ws
	}
	return slices.Delete(slices.Clone(ws), n-k, n)
}

// stopFrom reads "stop X from doing" as "X stop doing" ("did the losses
// stop kim from sending more?"), the order the pack's phrases have ("stop
// sending"): the one stopped is the one who would do it.
func stopFrom(ws []string) []string {
	for i, w := range ws {
		if !stopForms[w] {
			continue
		}
		for j := i + 2; j < len(ws)-1 && j <= i+4; j++ {
			if ws[j] == "from" && strings.HasSuffix(ws[j+1], "ing") {
				// "stop", whatever the verb: "kim keep sending" would say he
				// goes on, the opposite of "keep kim from sending"
				return slices.Concat(ws[:i], ws[i+1:j], []string{"stop"}, ws[j+1:])
			}
		}
	}
	return ws
}

// asksWanted reports whether the "want" at i asks what is wanted: after a
// "what" and last, or before a last "what" (a learner's "he want what"),
// but for chat after it ("what does he want lol").
func asksWanted(ws []string, i int) bool {
	rest := ws[i+1:]
	if len(rest) > 0 && rest[0] == "what" {
		return !slices.ContainsFunc(rest[1:], func(w string) bool { return !chatTails[w] })
	}
	return slices.Contains(ws[:i], "what") && !slices.ContainsFunc(rest, func(w string) bool { return !chatTails[w] })
}

// lastWord is the last of ws but for chat after it ("... what lol").
func lastWord(ws []string) string {
	for i := len(ws) - 1; i >= 0; i-- {
		if !chatTails[ws[i]] || whWords[ws[i]] {
			return ws[i]
		}
	}
	return ""
}

// gainFrom reports whether ws starts with "from", "by" or "out of" after
// at most two words that ask what ("get what from", "getting by working
// with", "getting anything out of this war", "getting nothing out of it").
func gainFrom(ws []string) bool {
	for i, w := range ws {
		switch {
		case w == "from" || w == "by" || w == "of" && i > 0 && ws[i-1] == "out":
			return true
		case i >= 2 || w != "what" && w != "thing" && w != "things" && w != "out" && !somethings[w]:
			return false
		}
	}
	return false
}

// somethings stand for what is gained: "getting anything (nothing,
// something, much) out of the war".
var somethings = setOf("anything", "nothing", "something", "much", "little")

// dropRelative drops a clause that only says which place is meant, from a
// "where" after the question's own question word ("Who controls the area
// where North Korean troops are?" asks who controls the area): its names
// need not be the answer's; and the "who" or "which" of a clause that says
// which people are meant ("How many soldiers who had died ...?"), and a
// clause after a preposition and "which" or "whom", which says which thing
// is meant ("the soldiers about which Cho is speaking"). After
// "and" or "or" a question word asks a second thing ("how many, and
// where?"), and stays.
func dropRelative(ws []string, ts []term) []term {
	first := slices.IndexFunc(ts, func(t term) bool { return t.kind == KindQuestion })
	if first < 0 {
		return ts
	}
	for i := first + 1; i < len(ts); i++ {
		t := ts[i]
		if t.kind == KindQuestion && (ws[t.pos] == "which" || ws[t.pos] == "whom") && t.pos > 1 && prepositions[ws[t.pos-1]] && !joins[ws[t.pos-2]] {
			// "the soldiers about which minister Cho is speaking": a
			// clause after a preposition says which soldiers, as one
			// after "where" says which place
			return ts[:i:i]
		}
		if t.kind != KindQuestion || t.end != t.pos+1 || joins[ws[t.pos-1]] || i+1 == len(ts) {
			continue
		}
		switch ws[t.pos] {
		case "where":
			return ts[:i:i]
		case "who", "whom", "which":
			// "soldiers who had died" says which soldiers: the clause
			// stays, its "who" asks nothing
			return append(ts[:i:i], ts[i+1:]...)
		}
	}
	return ts
}

// whenClause drops the "when" of a clause that says when the question's
// own question word applies ("What's on the agenda when Seoul and Kyiv
// talk?", "When they talk, what do they focus on?"), or when a thing a
// question asks yes or no of was so; joined by "and" or "or" to another
// question word, it asks a second thing and stays.
func whenClause(ws []string, ts []term) []term {
	i := slices.IndexFunc(ts, func(t term) bool { return t.kind == KindQuestion && t.end == t.pos+1 && ws[t.pos] == "when" })
	if i < 0 {
		return ts
	}
	p := ts[i].pos
	for j, w := range ws {
		if j != p && whWords[w] && !joins[before(ws, max(j, p))] && !(j+1 == p || p+1 == j) {
			return slices.Delete(slices.Clone(ts), i, i+1)
		}
	}
	if aux, _ := opensAuxiliary(ws); aux && p > 1 && !joins[before(ws, p)] && !asksWhenOf[before(ws, p)] {
		// a question asking yes or no, or which of two, with a clause
		// that says when ("was it a text or a call when Cho made the
		// offer?"); not one that asks it of what is said or known ("do
		// you know when ...", "does the report say when ...")
		return slices.Delete(slices.Clone(ts), i, i+1)
	}
	return ts
}

// asksWhenOf are the words after which "when" asks a time in a question
// asking yes or no: what is said, known or told.
var asksWhenOf = setOf("know", "knows", "tell", "me", "us", "say", "says", "said", "mention", "mentions", "mentioned", "specify", "specifies", "report", "reports", "explain", "explains", "ask", "wonder", "sure", "clear", "idea", "state", "states", "indicate", "indicates", "specified", "remember", "asked", "reported", "stated", "note", "notes", "confirm", "confirmed")

// titles drops a role written as a person's title, right before the
// person's name ("Minister Cho", "FM Cho", "spy chief Budanov"): the
// question is about the person, whose role the pack knows.
func titles(ts []term) []term {
	title := func(i int) bool {
		return ts[i].kind == KindRole && i+1 < len(ts) && ts[i+1].person && ts[i+1].pos == ts[i].end
	}
	for i := range ts {
		if title(i) {
			out := make([]term, 0, len(ts))
			for j := range ts {
				if !title(j) {
					out = append(out, ts[j])
				}
			}
			return out
		}
	}
	return ts
}

// setAsideKeys drops the key words a question sets aside before what it
// asks ("besides deaths and injuries, were any captured?", "besides the
// dead and wounded have any been captured"): it asks about the others, as
// "besides North Korea" does of names (see excluded), and a key word
// asked is one the answer must speak of.
func setAsideKeys(ws []string, ts []term) []term {
	for i, t := range ts {
		if t.kind != KindKey {
			continue
		}
		p := t.pos
		if p > 0 && ws[p-1] == "the" {
			p--
		}
		if p == 0 {
			continue // a key first is set aside by nothing; a later one may be
		}
		w := ws[p-1]
		if p > 1 && (w == "than" || w == "from") {
			w = ws[p-2] + " " + w
		}
		if !setAside[w] {
			continue
		}
		j := i + 1 // and the key words listed with it
		for j < len(ts) && ts[j].kind == KindKey && (ts[j].pos == ts[j-1].end+1 && joins[ws[ts[j-1].end]] || ts[j].pos == ts[j-1].end) {
			j++
		}
		if !slices.ContainsFunc(ts[j:], func(o term) bool { return o.kind == KindKey }) {
			return ts // no other key word is asked: kept, as the guards read it
		}
		return slices.Delete(slices.Clone(ts), i, j)
	}
	return ts
}

// ownership reads "its own" or "their own" as the possessive of the name
// before it: "When did Russia improve its own missiles?" asks about
// Russia's missiles, not North Korea's.
func ownership(ws []string, ts []term) []term {
	for i := 1; i < len(ws); i++ {
		if ws[i] != "own" || !owners[ws[i-1]] {
			continue
		}
		// "own" owns nothing here ("on their own")
		ts = slices.DeleteFunc(slices.Clone(ts), func(t term) bool { return t.pos == i })
		k := slices.IndexFunc(ts, func(t term) bool { return t.pos >= i-1 })
		if k < 0 {
			k = len(ts)
		}
		j := k - 1
		for j >= 0 && (ts[j].kind != KindEntity || ts[j].qualifier) {
			j--
		}
		if j < 0 || i+1 == len(ws) {
			continue
		}
		c := ts[j]
		c.pos, c.end, c.modifies, c.qualifier, c.either, c.forces = i-1, i+1, i+1, true, 0, false
		ts = slices.Insert(ts, k, c)
	}
	return ts
}

// retries are the ways to ask a question again when nothing answers it as
// it stands: once per alternative of a choice ("Was it a phone call or a
// meeting?"), and without the words that frame it ("Why does this story
// matter?"). Not in one part of a question asking two things: answerParts
// answers it with both parts or not at all, as half an answer would read
// as the whole ("how many were killed and how many wounded?").
func (an analysis) retries() []analysis {
	out := an.alternatives()
	if un, ok := an.unframed(); ok {
		out = append(out, un)
	}
	return out
}

// opening returns where the part of terms cur starts among ws: at the
// "and" before its first term, after the part prev; else right after prev.
func opening(ws []string, prev, cur []term) int {
	from := prev[len(prev)-1].end
	for i := cur[0].pos - 1; i >= from; i-- {
		if ws[i] == "and" {
			return i
		}
	}
	return from
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
	// "..., and what did the Joint Chiefs add?": a question word the pack
	// reads as no term opens a clause too, as "whether" does ("what did
	// Seoul offer and whether there were strings attached")
	for w := 1; w+1 < len(an.words); w++ {
		if an.words[w] != "and" || !whWords[an.words[w+1]] && an.words[w+1] != "whether" {
			continue
		}
		if i := slices.IndexFunc(an.terms, func(t term) bool { return t.pos > w }); i > 0 && !slices.Contains(cuts, i) && an.terms[i].pos > w+1 {
			cuts = append(cuts, i)
		}
	}
	for w := 1; w+2 < len(an.words); w++ {
		// "..., and he want what": a learner's clause asks with its
		// question word last, after its subject
		if an.words[w] != "and" || !subjectPronouns[an.words[w+1]] || !whWords[lastWord(an.words)] {
			continue
		}
		if i := slices.IndexFunc(an.terms, func(t term) bool { return t.pos > w }); i > 0 && !slices.Contains(cuts, i) {
			cuts = append(cuts, i)
		}
	}
	slices.Sort(cuts)
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
		out = append(out, part)
	}
	own := make([][]term, len(out)) // each part's terms, before it borrows any
	for k := range out {
		own[k] = out[k].terms
	}
	for k := range out {
		// a part that refers back ("who is Cho and what did he propose?")
		// is of the names of the part before: a word of its own words,
		// from the "and" that opens it to the next part's first term
		end := len(an.words)
		if k+1 < len(out) {
			end = own[k+1][0].pos
		}
		// ("he" and "she" a person; "it" is more often what the part
		// before asks for: "where are they fighting and who controls it?")
		var want string
		if k > 0 {
			for _, w := range an.words[opening(an.words, own[k-1], own[k]):end] {
				if r := refWords[w].want; r == "he" || r == "she" || r == "they" {
					want = r
				}
			}
		}
		if want != "" {
			for _, t := range own[k-1] {
				if t.kind == KindEntity && !t.qualifier && (want == "they" || t.person) && !slices.ContainsFunc(out[k].terms, func(o term) bool { return o.text == t.text }) {
					out[k].terms = append(slices.Clip(out[k].terms), t)
				}
			}
		}
		// a part that is only a kind of question asks it of its
		// neighbour's topic, the one before first: "when did nk send
		// troops and how many?", "when and where did they go?"
		if !slices.ContainsFunc(own[k], func(t term) bool { return t.kind != KindQuestion }) {
			for _, n := range []int{k - 1, k + 1} {
				if n < 0 || n >= len(own) || !slices.ContainsFunc(own[n], func(t term) bool { return t.kind != KindQuestion }) {
					continue
				}
				src := own[n]
				if n < k {
					src = out[n].terms // with what it borrowed
				}
				topic := slices.DeleteFunc(slices.Clone(src), func(t term) bool { return t.kind == KindQuestion })
				out[k].terms = append(slices.Clip(out[k].terms), topic...)
				break
			}
		}
	}
	for i := range out {
		// terms stand in the order of the words, as the grammar reads them
		slices.SortStableFunc(out[i].terms, func(a, b term) int { return a.pos - b.pos })
	}
	return slices.DeleteFunc(out, func(part analysis) bool { return !part.asks() })
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

// readings says whether to answer a question as it stands, and returns
// the question after its premise, if it has one, read alone, its pronouns
// as the premise's names. That question decides when it asks what the
// pack does not know ("Budanov is the spy chief, what is his salary?"):
// then the question is not answered as it stands, nor again in parts,
// however well its premise matches; and the premise alone is never the
// question ("The troops are in Kursk, but are any in Crimea?").
func (e *Engine) readings(question string) (whole bool, proper analysis) {
	if premise, tail, ok := afterPremise(question); ok {
		ws := sentenceWords(askedPart(tail))
		if slices.Contains(ws, "then") && finestDate(sentenceWords(premise)) > noDate {
			// "what about the 1950s war, how many died then?": its
			// "then" is the premise's date, which the question alone
			// would leave out
			return true, analysis{}
		}
		if guessesAnswer(premise, ws) {
			// "Who captured them, was it Russia? Or Ukraine?": the
			// question after it guesses at the premise's answer, and
			// asks nothing alone
			return true, analysis{}
		}
		if slices.ContainsFunc(ws, func(w string) bool { return pronouns[w] }) {
			pr := e.an.analyzeWords(sentenceWords(premise), true)
			if slices.ContainsFunc(pr.terms, func(t term) bool { return t.kind == KindKey }) && slices.ContainsFunc(pr.words, func(w string) bool { return negations[w] }) {
				// A premise that denies narrows what its pronoun stands
				// for ("The prisoners who don't want to go, what happens
				// to them?"): its names alone would ask of all of them.
				return true, analysis{}
			}
			if ws, ok = resolve(ws, pr); !ok {
				return true, analysis{} // its pronoun stands for nothing the premise names
			}
		}
		proper = e.an.analyzeWords(ws, true)
	}
	return len(proper.unknown) == 0 || !proper.asks(), proper
}

// again lists, in turn, how to ask a question an not answered as it
// stands: as retries does, if whole, then the question after its premise.
func again(an analysis, whole bool, proper analysis) []analysis {
	var out []analysis
	if whole {
		out = an.retries()
	}
	if proper.enough() {
		out = append(out, proper)
	}
	return out
}

// afterPremise returns the question after a premise: the text after the
// last comma, semicolon, colon, sentence or "but" that starts as a
// question does, past a word that only moves the talk on ("anyway", "so")
// ("North Korea sent troops to help Russia, but in which region are they
// fighting?", "When South Korea and Ukraine hold these discussions, what
// do they focus on?", "this server is cooked today. anyway how did Cho
// pitch it, like face to face?"), and the premise.
func afterPremise(text string) (premise, question string, ok bool) {
	for end := len(text); end > 0; {
		cut, skip := strings.LastIndexAny(text[:end], ",;:"), 1
		sentence := false
		// a sentence before it ("I'm confused. Who is Cho?"), or "but"
		// (lower-casing may move bytes)
		for _, sep := range []string{". ", "! ", "? ", " but ", " But ", " BUT "} {
			if b := strings.LastIndex(text[:end], sep); b > cut {
				cut, skip, sentence = b, len(sep), sep[0] != ' '
			}
		}
		if cut <= 0 {
			return "", "", false
		}
		question = strings.TrimSpace(text[cut+skip:])
		ws := splitWords(question) // "what's" is "what"
		for len(ws) > 1 && movesOn[ws[0]] {
			ws = ws[1:]
		}
		// a sentence of its own that ends as a question asks, however
		// it starts ("... the article calls it their first war since
		// when exactly?"); a clause does not ("Kursk, Russia?"), nor a
		// word of surprise ("Really?", "you sure?")
		asked := sentence && end == len(text) && strings.HasSuffix(question, "?") && len(ws) > 2
		if len(ws) > 0 && (questionStarts[ws[0]] || asked) && !setsAside(text[:cut]) && !partOfWhole(text[:cut]) && !(ws[0] == "in" && !sentence && asksFirst(text[:cut])) {
			return strings.TrimRight(text[:cut], " ,;:.!?"), question, true
		}
		end = cut
	}
	return "", "", false
}

// setsAside reports whether a clause only sets a name aside ("Besides the
// KN-23, which weapons ...?"): it is part of the question after it, no
// premise.
func setsAside(clause string) bool {
	ws := splitWords(clause)
	return len(ws) > 0 && (setAside[ws[0]] || len(ws) > 1 && setAside[ws[0]+" "+ws[1]]) || namesTopic(ws)
}

// namesTopic reports whether a clause only turns to a topic ("what about
// Russia, do they admit it?", "and as for the POWs, ..."): the question
// after it is of that topic, which its pronoun refers to, so the clause is
// part of it, no premise to set apart.
func namesTopic(ws []string) bool {
	for len(ws) > 1 && movesOn[ws[0]] {
		ws = ws[1:]
	}
	return len(ws) > 2 && len(ws) <= 5 && ((ws[0] == "what" || ws[0] == "how") && ws[1] == "about" || ws[0] == "as" && ws[1] == "for")
}

// partOfWhole reports whether a clause names the whole the question after
// it asks a part of ("Of the 3,000 killed or hurt, how many died?", "out
// of the 3k", "among the captured"): it is part of the question, no
// premise; asked alone, "how many died?" has another answer.
func partOfWhole(clause string) bool {
	ws := splitWords(clause)
	if len(ws) > 1 && ws[0] == "out" && ws[1] == "of" {
		ws = ws[1:]
	}
	return len(ws) > 1 && (ws[0] == "of" || ws[0] == "among" || ws[0] == "amongst")
}

// asksFirst reports whether a clause asks with a question word of its own
// ("where were they captured, in Kursk or in Ukraine?"): a place after it
// narrows its question, and asks none of its own.
func asksFirst(clause string) bool {
	ws := splitWords(clause)
	return len(ws) > 0 && whWords[ws[0]]
}

// guessesAnswer reports whether the question ws after premise only
// guesses at the answer to the premise, itself a question ("who captured
// them, was it Ukraine?"), as a question after another does (see guessAt).
func guessesAnswer(premise string, ws []string) bool {
	var pw []string
	if sents := splitMessage(premise); len(sents) > 0 {
		pw = sentenceWords(sents[len(sents)-1]) // none when the premise is all marks ("..., was it Russia?")
	}
	return guessAt(pw, ws)
}

// askedPart returns the question without the remarks after its last
// sentence that asks, as core reads a message (see lastAsked): they
// ("Does the article say they are watched? Curious if that's just a
// rumor.") say what the asker thinks, not what they ask, and their words
// are no part of the question.
func askedPart(question string) string {
	sents := splitMessage(question)
	if len(sents) < 2 {
		return question
	}
	return strings.Join(sents[:max(lastAsked(sents), 0)+1], " ")
}

// containsRun reports whether ws has the words run, in a row.
func containsRun(ws, run []string) bool {
	for i := 0; i+len(run) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// movesOn are the words that open a sentence only to move the talk on to
// it ("anyway how did ...", "ok so who ...").
var movesOn = setOf("anyway", "anyways", "so", "ok", "okay", "also", "btw", "well", "and", "now", "then", "hmm", "but", "oh", "ah", "alright")

// resolve puts the names of the premise pr for the pronouns of the
// question ws: "they", "their", "each" and "both" are all of them ("South Korea and
// Ukraine"), "it" the last, "he" the last person. A name the question has
// itself is not what its pronoun stands for; ok is false when the premise
// names no other.
func resolve(ws []string, pr analysis) (out []string, ok bool) {
	var names, persons [][]string
	own := false // a name the question itself has
	for _, t := range pr.terms {
		if t.kind == KindEntity && !t.qualifier {
			if containsRun(ws, pr.words[t.pos:t.end]) {
				// "about Russia and its missiles, what did Russia do to
				// them?": a pronoun beside a name stands for another
				own = true
				continue
			}
			names = append(names, pr.words[t.pos:t.end])
			if t.person {
				persons = append(persons, pr.words[t.pos:t.end])
			}
		}
	}
	if len(names) == 0 && own {
		return ws, false
	}
	if len(names) == 0 {
		// no name, but a figure or a thing counted ("the 3000 number,
		// who reported it?" is of that number)
		var thing []string
		figure := false
		for _, t := range pr.terms {
			if t.kind != KindQuestion && t.kind != KindFiller && t.kind != KindFrame {
				thing = append(thing, pr.words[t.pos:t.end]...)
				figure = figure || isNumber(t.text) || t.kind == KindKey
			}
		}
		if !figure || !slices.Contains(ws, "it") {
			return ws, true
		}
		for i, w := range ws {
			if w == "it" && !expletiveIt(ws, i) {
				out = append(out, thing...)
			} else {
				out = append(out, w)
			}
		}
		return out, true
	}
	for _, w := range ws {
		switch {
		case w == "they" || w == "them" || w == "their" || w == "each" || w == "both":
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
	return out, true
}

// A question may ask what a word of the report means ("what does POW
// stand for?", "what does 'perished' mean in the line about the 3,000
// soldiers?", "what means 'bolster'?"): it asks what the word speaks of,
// which the entry that uses it says, not what something signifies. Read
// as a word of the pack ("mean" is an alias of what a thing indicates),
// the verb would take it to the entry of what South Korea's readiness
// signifies; so the verb is dropped, and the words asked of are kept, with
// the context that says where in the report they are. What a thing means
// for someone ("what do the losses mean for North Korea?"), or a thing
// named with an article, a pronoun or a possessive ("what does South
// Korea's readiness mean?", "what does it mean that ..."), asks what it
// signifies, and keeps its verb. A word the report does not use is
// declined as any is (see knownWordsGuard, aboutGuard).

// meaningAsked returns the words without the verb that asks what a word
// means, if they ask that.
func meaningAsked(ws []string) ([]string, bool) {
	w := slices.Index(ws, "what")
	if w < 0 || w+2 >= len(ws) {
		return nil, false
	}
	switch k := w + 1; {
	case meaningAux[ws[k]]:
		// "what does X mean ...", "what does X stand for", "what does the
		// article mean by X"
		if n := wordNamed(ws[k+1:]); n > 0 {
			// "what does the abbreviation POW mean?": the noun names the
			// word asked of, and is dropped with its article
			ws = slices.Concat(ws[:k+1:k+1], ws[k+1+n:])
		}
		for v := k + 2; v < len(ws); v++ {
			n := meaningVerb(ws, v)
			switch {
			case n == 0:
				continue
			case v+n < len(ws) && (ws[v+n] == "for" || ws[v+n] == "to"):
				return nil, false // what it means for someone
			case n == 1 && v+1 < len(ws) && ws[v+1] == "by":
				return slices.Concat(ws[:v:v], ws[v+2:]), true
			case !plainWord(ws[k+1 : v]):
				return nil, false
			}
			return slices.Concat(ws[:v:v], ws[v+n:]), true
		}
	case (ws[k] == "means" || ws[k] == "mean") && !(w > 0 && prepositions[ws[w-1]]) && !doAux[ws[k+1]] && !beAux[ws[k+1]] && ws[k+1] != "of":
		// "what means 'perished'?", as learners ask; not "by what means
		// did Cho ...", "what means was it", "what means of
		// communication"
		return slices.Concat(ws[:k:k], ws[k+1:]), true
	}
	return nil, false
}

// meaningVerb returns how many words at ws[i] ask what a word means: "mean"
// or "stand for" (0 if they do not).
func meaningVerb(ws []string, i int) int {
	switch {
	case ws[i] == "mean" || ws[i] == "means":
		return 1
	case (ws[i] == "stand" || ws[i] == "stands") && i+1 < len(ws) && ws[i+1] == "for":
		return 2
	}
	return 0
}

// plainWord reports whether ws name a word or a phrase of the report, not
// a thing in it: no article or pronoun first, no possessive ("the
// losses", "it", "South Korea's readiness"; but "within its borders").
func plainWord(ws []string) bool {
	if len(ws) == 0 || len(ws) > 5 || namesThing[ws[0]] {
		return false
	}
	return !slices.Contains(ws, "'s") && !slices.Contains(ws, "s")
}

// wordNamed returns how many words at the start of ws name the word asked
// of as a word ("the abbreviation", "the term", "this phrase"), before the
// word itself (0 if they do not).
func wordNamed(ws []string) int {
	if len(ws) > 2 && (ws[0] == "the" || ws[0] == "this") && wordNouns[ws[1]] {
		return 2
	}
	return 0
}

// wordNouns are the nouns that name a word as a word.
var wordNouns = setOf("abbreviation", "acronym", "term", "word", "phrase", "expression", "initials", "abbrev")

// meaningAux are the auxiliaries of "what does X mean"; not "did": "what
// did Budanov mean?" asks what one meant.
var meaningAux = setOf("does", "do")

// namesThing are the words that, first among those asked the meaning of,
// name a thing, not a word.
var namesThing = setOf("the", "this", "that", "these", "those", "it", "its", "their", "his", "her", "all", "such", "our", "your", "they", "he", "she", "we", "you", "i")
