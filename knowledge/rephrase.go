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
// last happened: "previously" (so too "ain't", and a war of a kind,
// suchkind.go). "Get" before "from" is "gain" ("what does North Korea get
// from the war?"), as is a "get" a "what" asks (gotasked.go); "how" asks nothing of a description
// ("How is Cho described?" asks who he is). "For" between "what" and a
// bare verb is "to" ("do what for go there?"). "Catch" is the verb, not a
// hidden condition, but after a word that makes it a noun ("the catch",
// "any catch", see catchNouns). "Stop X from doing" is "X stop doing"
// (see stopFrom).
func sentenceReadings(ws []string) []string {
	// found are the lists of readingClasses its words are on, at one
	// lookup a word: a list none is on is not read again word by word.
	// (The words the steps below put in are on none of them.)
	var found wordClass
	for i, w := range ws {
		c := classOf(w) & readingClasses
		found |= c
		if c.is(chatClass) {
			ws[i] = chatQuestionWords[w] // "wat year", "wen did they": the question word, for the aliases that start with it
		}
	}
	ws = pidginThey(ws)
	if n := len(ws); n > 2 && tagAux[ws[n-2]] && tagPronouns[ws[n-1]] && !(n <= 4 && whWords[ws[0]]) {
		// a tag asks back what was said: "..., didn't it?"; not the
		// verb and subject of a short question ("who is he?", "which
		// war was it?")
		ws = ws[:n-2]
	}
	if n := len(ws); n >= 8 && beAux[ws[n-5]] && (ws[n-4] == "that" || ws[n-4] == "this" || ws[n-4] == "it") && ws[n-3] == "the" &&
		(ws[n-2] == "right" || ws[n-2] == "correct") && checkedKinds[ws[n-1]] {
		// a claim's tag naming the kind of detail it checks, "..., is
		// that the right month?", asks what "is that right?" does: the
		// kind is no word of the claim
		ws = append(ws[:n-3], ws[n-2])
	}
	if n := len(ws); n >= 5 && ws[n-1] == "yes" && !questionStarts[ws[0]] && !speechVerbs[ws[n-2]] {
		// a statement's tag "..., yes?" asks whether it is true, as
		// "..., yeah?" does; no "yes" it says ("Ukraine said yes")
		ws[n-1] = "yeah"
	}
	if len(ws) > 2 && namingImperatives[ws[0]] && namedOnes[ws[1]] && !slices.ContainsFunc(ws, func(w string) bool { return whWords[w] }) {
		// a quiz's "Name the official Cho spoke with" asks which
		// official: who; "name the two" asks which two. A question
		// word of its own asks what it names ("Name the region where
		// the troops fight": where).
		if ws[1] == "the" || ws[1] == "a" || ws[1] == "an" {
			ws = ws[1:]
		}
		ws[0] = "which"
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
			if n > 0 && describesAspect(ws[i+n:]) {
				// "How does the report describe the focus of the talks?"
				// asks the focus itself: the aspect it names is what is
				// asked, not how the report characterizes the talks
				ws = slices.Concat(ws[:i:i], ws[i+n:])
				ws[h] = "what"
				break
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
	if i := asksJob(ws); i > 0 {
		// "what does the JCS actually do?" asks who it is, its post; not
		// what it did or said
		ws = slices.Concat([]string{"who", "is"}, ws[2:i], ws[i+1:])
	}
	if found.is(reflexiveClass) {
		ws = dropEmphatic(ws)
	}
	ws = briefly(ws)
	ws = inWhatSense(ws)
	ws = stopFrom(ws)
	ws = wishTested(ws)
	ws = mustWish(ws)
	ws = alreadyAfter(ws)
	sinceWhen := false
	for i, w := range ws {
		sinceWhen = sinceWhen || w == "since" && i+1 < len(ws) && ws[i+1] == "when"
	}
	negated := false
	for i, w := range ws {
		if sinceWhen && (negations[w] || w == "aint") {
			// "Since when has North Korea not fought a war?" asks when it
			// last did, as does "it hasn't fought like this since when?"
			ws[i] = previouslyWord
			negated = true
		}
	}
	if sinceWhen && !negated && len(ws) > 3 && ofSuchKind(ws) {
		// "since when has North Korea been in a war like this?" asks
		// when it last was in one of its kind, as a negation does
		ws = slices.Clone(ws)
		ws[slices.Index(ws, "since")] = previouslyWord
		negated = true
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
		case found.is(getClass) && getForms[w] && (gainFrom(ws[i+1:]) || i > 0 && ws[i-1] == "what" && slices.Contains(ws[i+1:], "from") || gotAsked(ws, i)):
			// "what does North Korea get from the war", "get what from
			// fighting", and in a learner's order, "what gets the army
			// from fighting?"
			ws[i] = gainWord
		case w == "for" && i > 0 && ws[i-1] == "what" && i+1 < len(ws) && learnerVerbs[ws[i+1]]:
			ws[i] = "to" // "the prisoners must do what for go to Korea?": in order to go, not why
		case w == "before" && (i+1 == len(ws) || afterBefore[ws[i+1]]) && (i == 0 || ws[i-1] != "than"):
			ws[i] = previouslyWord
		case w == "earlier" && orderAsked(ws, i):
			// "3,000 report or 4,000 estimate, which is earlier?" asks
			// which of two comes first, not whether a thing was so
			// before (the 1950s): see whichearlier.go
			ws[i] = orderWord
		case w == "over" && i > 0 && !overParticle[ws[i-1]] && (i+1 == len(ws) || ws[i+1] != "what") && !sentOver(ws, i) && !slices.ContainsFunc(ws[i+1:], func(w string) bool { return !chatTails[w] }):
			// (not before "what": "concerns over what?" asks its object)
			ws[i] = endedWord
		case w == "where" && slices.ContainsFunc(ws[i+1:min(i+5, len(ws))], func(w string) bool { return workForms[w] }):
			// "Where does this Budanov work?" asks for whom, his post,
			// not a place
			ws[i] = "what"
		case found.is(wantClass) && wantForms[w] && asksWanted(ws, i):
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

// describesAspect reports whether ws start with an aspect of a thing
// ("the focus of the talks", "the purpose of the call"): a question of
// how it is described asks that aspect.
func describesAspect(ws []string) bool {
	return len(ws) > 2 && thingDeterminers[ws[0]] && aspectNouns[ws[1]] && ws[2] == "of"
}

// aspectNouns name an aspect of a thing a question may ask directly.
var aspectNouns = setOf("focus", "purpose", "aim", "aims", "goal", "goals", "topic", "subject", "content", "contents", "substance", "agenda")

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

// reflexivePronouns stress a name, or after "by" say alone.
var reflexivePronouns = setOf("itself", "himself", "herself", "themselves")

// overParticle are the verbs whose "over" is part of them ("being watched
// over", "handed over"), not an end.
var overParticle = setOf("watch", "watched", "watching", "watches", "look", "looked", "looking", "hand", "handed", "handing",
	"take", "taken", "took", "taking", "turn", "turned", "turning", "win", "won", "think", "thought", "pass", "passed",
	"sign", "signed", "hold", "held")

// sendOver are the verbs whose "over" comes after their object ("send the
// soldiers over"): it says where they went, not an end.
// sentOver reports whether the "over" at i is a particle of a verb of
// sending before it ("sent a few hundred lads over"): within six words,
// not past an auxiliary or a join that opens another clause ("they sent
// troops, is the war over?").
func sentOver(ws []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if sendOver[ws[j]] {
			return true
		}
		if questionStarts[ws[j]] || joins[ws[j]] {
			return false
		}
	}
	return false
}

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
	if !slices.Contains(ws, "from") {
		return ws // (most questions: no lookup of each word)
	}
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
func (a *analyzer) dropRelative(ws []string, ts []term) []term {
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
			if whereForWere(ws, t.pos, a.usage.participles) {
				// "how many soldiers where killed": "were" misspelt
				// by its sound, no clause of place; its words stay
				return append(ts[:i:i], ts[i+1:]...)
			}
			if namesPlaceWhere(ws, ts[first], t.pos) {
				// "what's the name of the region where they fight?":
				// the name of a place its clause says, asked where
				return append(ts[:first:first], ts[first+1:]...)
			}
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
	ws = learnerMeaning(ws) // "whats POW mean" (learnermean.go)
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
		} else if t := thingNamed(ws[k+1:]); t > 0 {
			// "what does the 'collaborative approach' thing mean?": the
			// trailing noun names the words before it as words
			ws = slices.Concat(ws[:k+1:k+1], ws[k+2:k+1+t], ws[k+2+t:])
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
// or "signify" ("what doth 'POW' signify?", of a bare word only: plainWord
// keeps "what does South Korea's readiness signify?" a question of the
// report's claim), or "stand for" as standsFor reads it (0 if they do not).
func meaningVerb(ws []string, i int) int {
	if ws[i] == "mean" || ws[i] == "means" || ws[i] == "signify" {
		return 1
	}
	return standsFor(ws, i)
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

// thingNamed returns where a trailing "thing", "part" or "bit" stands in
// ws when it names the one to four words between it and an opening "the"
// or "this" as words of the report ("the 'collaborative approach' thing",
// "this KN-23 bit"), as a chat asker names a phrase it quotes; 0 if it
// does not. "the whole thing" names no words: it is the matter itself.
func thingNamed(ws []string) int {
	if len(ws) < 3 || (ws[0] != "the" && ws[0] != "this") {
		return 0
	}
	for t := 2; t < len(ws) && t <= 5; t++ {
		if !thingNouns[ws[t]] {
			continue
		}
		if slices.ContainsFunc(ws[1:t], func(w string) bool { return namesThing[w] || wholeWords[w] || thingNouns[w] }) {
			return 0
		}
		return t
	}
	return 0
}

// thingNouns are the nouns a chat asker puts after a phrase to name it;
// wholeWords make such a noun the matter as a whole, not a phrase.
var (
	thingNouns = setOf("thing", "part", "bit")
	wholeWords = setOf("whole", "entire", "other", "same", "first", "last", "next")
)

// wordNouns are the nouns that name a word as a word.
var wordNouns = setOf("abbreviation", "acronym", "term", "word", "phrase", "expression", "initials", "abbrev")

// meaningAux are the auxiliaries of "what does X mean"; not "did": "what
// did Budanov mean?" asks what one meant. archaicDoes ("doth", "dost")
// are how a Shakespearean roleplay asks it.
var meaningAux = setOf(slices.Concat([]string{"does", "do"}, archaicDoes)...)

// namesThing are the words that, first among those asked the meaning of,
// name a thing, not a word.
var namesThing = setOf("the", "this", "that", "these", "those", "it", "its", "their", "his", "her", "all", "such", "our", "your", "they", "he", "she", "we", "you", "i")

// asksJob returns where "do" is the main verb last in a present-tense
// "what does ... do" question ("what does the JCS actually do?", "what
// do the joint chiefs do tho"), which asks one's post; -1 if it is not.
// Not "what do they have to do" (what they must do), nor "what does NK do
// in Kursk" (what it does there), nor of one named by whose he is ("Kyiv's
// spy chief Budanov"), where "who is" would ask of the wrong name.
func asksJob(ws []string) int {
	if len(ws) < 4 || ws[0] != "what" || ws[1] != "does" && ws[1] != "do" {
		return -1
	}
	for i := len(ws) - 1; i > 2; i-- {
		switch {
		case ws[i] == "do" && ws[i-1] != "to":
			if slices.Contains(ws[2:i], "'s") {
				return -1 // "what does Kyiv's spy chief Budanov do?": who is which, of two names?
			}
			return i
		case !chatTails[ws[i]] && ws[i] != "exactly":
			return -1
		}
	}
	return -1
}

// namingImperatives open a quiz's question of which one ("Name the ...",
// "Identify the ..."); namedOnes may follow them.
var (
	namingImperatives = setOf("name", "identify")
	namedOnes         = setOf("the", "a", "an", "two", "three", "both")
)

// speechVerbs are the verbs after which "yes" is what is said, not a tag.
var speechVerbs = setOf("say", "says", "said", "saying", "answer", "answered", "reply", "replied", "vote", "voted", "agree", "agreed")

// checkedKinds are the kinds of detail a claim's tag may name ("is that
// the right month?").
var checkedKinds = setOf("month", "year", "date", "day", "week", "time", "number", "figure", "count", "amount", "place", "region", "country", "person", "name", "guy", "one", "word", "term")
