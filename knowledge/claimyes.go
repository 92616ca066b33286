package knowledge

import (
	"maps"
	"slices"
	"strings"
)

// A claim put to check ("Cho is South Korea's foreign minister, isn't
// he?", "fact check: North Korea sent its soldiers to Russia last year",
// "my friend says ... legit?", which claimframe.go asks as "..., right?")
// that the entry answering it as it stands states in every detail is
// answered "Yes." and the entry's answer: the answer alone reads as a
// reply to some other question, and leaves the asker to compare it with
// the claim. Only a claim the entry confirms word for word gets it: each
// word of the claim is a term the entry states (in its question, answer
// or quotes; a number, in its answer or its date) or one of the few words
// that say nothing of what is claimed (see lightClaimWords). A detail the
// entry does not state, a word the pack does not know, a negation ("with
// no supervision at all"), a word that narrows or widens the claim
// ("only", "all", "already"), an opposite ("less accurate"), a word of
// direction the entry does not share ("fighting for Ukraine"), or a
// modal it does not ("will" of "could") leaves the answer as it was,
// without a yes; a claim with one detail wrong is corrected
// (factcheck.go) or declined before it gets here.

// confirmed returns a, the answer by entry en to a question asked as it
// stands, opened with "Yes." when the question puts a claim to check
// (see checkedClaim) and the entry states every word of it.
func (e *Engine) confirmed(a Answer, ws []string, question string, en int, tr *trace) Answer {
	if !a.Answered || startsPolar(a.Text) {
		return a
	}
	claim, ok := checkedClaim(question, tr)
	if !ok {
		claim, ok = copulaClaim(question, tr) // "Is the source X?" (polarcopula.go)
	}
	if !ok {
		return a
	}
	can := e.an.analyzeWords(claim, true) // (read once, for both)
	if w, ok := e.confirmsRead(can, en, a.Text); !ok {
		tr.note("a claim put to check, not confirmed whole by " + e.pack.Entries[en].ID + ": " + w)
		return e.turnedBack(a, can) // "Is North Korea pulling out?" (retreatclaim.go)
	}
	if e.conditionalAnswer(en, a.Text) && asksPastCondition(question, ws) {
		return a
	}
	tr.note("a claim put to check that " + e.pack.Entries[en].ID + " states in every word: yes")
	a.unconfirmed, a.Text = a.Text, "Yes. "+withoutLead(a.Text)
	return a
}

// startsPolar reports whether text opens with a yes or a no.
func startsPolar(text string) bool {
	return slices.ContainsFunc(polarOpenings, func(o string) bool { return strings.HasPrefix(text, o) })
}

// checkedClaim returns the words of the claim a question puts to check:
// a statement before a tail that only asks whether it is true ("...,
// right?", "... Is that so, dear?", "..., isn't he?"), or after an
// opening that does ("is it true (that) ...", "fact check: ...", "true
// or false: ..."). Its words are read once in the turn (tr, reads.go).
func checkedClaim(question string, tr *trace) ([]string, bool) {
	s := strings.TrimSpace(question)
	if strings.Contains(s, "__") {
		return nil, false // a blank to fill in asks, and claims nothing
	}
	if quotedLine(s) {
		// "> North Korean troops are fighting in Kursk true?", its line
		// break lost: the quoted line, before the words that check it
		s = strings.TrimLeft(s, "> \t")
		if rest, ok := cutCheckWords(s); ok {
			s = rest + ", right?"
		}
	}
	if rest, ok := cutNegatedTag(s); ok {
		s = rest
	} else if rest, ok := cutCheckTail(s); ok {
		s = rest
	} else {
		if !mayOpenCheck(s) {
			return nil, false // nearly every question: no opening that checks, read without cutting words
		}
		ws := tr.readWords(s) // (read in the turn already, as most questions are: not changed)
		n := checkOpening(ws)
		if n == 0 || len(ws)-n < 3 {
			return nil, false
		}
		return slices.Clone(ws[n:]), true
	}
	ws := tr.readWords(s)
	if len(ws) < 3 || questionStarts[ws[0]] || isQuestionWord(ws[0]) || negations[ws[0]] || strings.ContainsAny(s, "?\n") {
		return nil, false // a question before the tail asks, and claims nothing
	}
	if n := checkOpening(ws); n > 0 {
		ws = ws[n:] // "fact check: ..., right?"
	}
	return slices.Clone(ws), true
}

// cutCheckWords cuts from the end of s, a quoted line run into the check
// after it, the most words (up to six) that only ask whether it is true
// ("true?", "is that in the report?").
func cutCheckWords(s string) (string, bool) {
	fields := strings.Fields(s)
	for k := min(6, len(fields)-3); k >= 1; k-- {
		if checkTail(sentenceWords(strings.Join(fields[len(fields)-k:], " "))) {
			return strings.Join(fields[:len(fields)-k], " "), true
		}
	}
	return s, false
}

// cutNegatedTag cuts a question tag ("isn't he?", "didn't it?", see
// tagAux) from the end of s.
func cutNegatedTag(s string) (string, bool) {
	i := lastPieceStart(s)
	if i <= 0 {
		return cutRunOnTag(s)
	}
	ws := sentenceWords(s[i:])
	if len(ws) == 2 && tagAux[ws[0]] && tagPronouns[ws[1]] {
		return strings.TrimSpace(s[:i]), true
	}
	return cutRunOnTag(s)
}

// mayOpenCheck reports whether s may open with what checkOpening finds:
// its words "fact", "true" or a truthWord are in it as bytes, in any
// case, unless it is other than ASCII, or has a dash, an apostrophe or a
// blank, which cutWords may join or read across.
func mayOpenCheck(s string) bool {
	if !isASCII(s) || strings.ContainsAny(s, "-'`") || strings.Contains(s, "__") {
		return true
	}
	return holdsMark(s, checkOpeningMarks)
}

// checkOpeningMarks are the words one of which checkOpening needs.
var checkOpeningMarks = marksOf(append([]string{"fact"}, slices.Collect(maps.Keys(truthWords))...)...)

// checkOpening returns how many words open ws with what only puts the
// rest to check ("is it true that", "fact check", "true or false"), or
// 0.
func checkOpening(ws []string) int {
	switch {
	case len(ws) > 2 && ws[0] == "fact" && strings.HasPrefix(ws[1], "check"):
		return 2
	case len(ws) > 3 && ws[0] == "true" && ws[1] == "or" && ws[2] == "false":
		return 3
	case len(ws) > 3 && beAux[ws[0]] && (ws[1] == "it" || ws[1] == "that") && truthWords[ws[2]]:
		if ws[3] == "that" {
			return 4
		}
		return 3
	}
	return 0
}

// confirmsRead reports whether entry en, whose answer is text, states
// every word of the claim read as an (which it reads and does not
// change); when not, the first word it does not.
func (e *Engine) confirmsRead(an analysis, en int, text string) (string, bool) {
	if len(an.unknown) > 0 {
		return an.unknown[0], false // a word the pack does not know is a detail it does not state
	}
	ie := &e.entries[en]
	ws := an.words                   // as the analyzer cut them ("seoul-kyiv")
	aws := e.answerWordsOf(en, text) // the answer's words, cut once for both loops
	covered := make([]bool, len(ws))
	stated := 0
	for _, t := range an.terms {
		switch {
		case t.kind == KindFiller || t.kind == KindFrame || t.kind == KindWord && t.text == "how" && t.pos > 0:
			// ("working together on how they are treated": what it
			// joins is the claim)
		case t.kind == KindQuestion && figureNouns[ws[t.pos]] && slices.ContainsFunc(an.terms, func(o term) bool { return isNumber(o.text) }):
			// "the 3,000 figure": the figure the claim gives
		case t.kind == KindQuestion || len(e.reversals[t.text]) > 0:
			return t.text, false // "less accurate"; "a few hundred" asks, or says none
		case isNumber(t.text):
			if !slices.Contains(ie.answerNumbers, t.text) && !slices.Contains(ie.asOf, t.text) {
				return t.text, false
			}
			stated++
		case t.kind == KindAct && t.text == "say" && slices.ContainsFunc(aws, e.sayingWord):
			stated++ // "Ukraine said" of "Ukraine reported"
		case !ie.states(t.text):
			return t.text, false
		case t.kind == KindEntity && e.officeSays(an, t, aws) != "":
			// "the Pentagon reported" of "reports from the United
			// States": the country's reports, not that office's
			return e.officeSays(an, t, aws), false
		default:
			stated++
		}
		for i := t.pos; i < t.end && i < len(ws); i++ {
			covered[i] = true
		}
	}
	if stated < 2 {
		return "", false // one word confirms nothing of a claim
	}
	if c, ok := e.nationalityClaimed(an, text); ok {
		return c, false // "Is Budanov Russian?" of an answer naming Russian forces (nationality.go)
	}
	if h, ok := e.unhedgedClaim(ws, en, text); ok {
		return h, false // "could deploy more" of "sending more" (hedgedentry.go)
	}
	for _, keys := range ie.together {
		// "3,000 dead" of "3,000 killed or injured": one figure for
		// both, claimed of one
		n := 0
		for _, k := range keys {
			if an.hasTerm(k) {
				n++
			}
		}
		if n > 0 && n < len(keys) {
			return keys[0], false
		}
	}
	if e.conditionalAnswer(en, text) && !anyCondition(ws) {
		return "a condition", false // "Only if they want to": the claim states none
	}
	for i, w := range ws {
		if e.turnsBack(ws, an.terms, i) {
			return w, false // "pulling back" is read as asking of more troops
		}
		if covered[i] || lightClaimWord(ws, i) {
			continue
		}
		if joinsStated(ws, covered, i) || relatesStated(e.pack.Claims.Relating, ws, covered, i) {
			continue // "killed or injured" of "killed or injured": both stated
		}
		if modals[w] && slices.Contains(aws, w) {
			continue // "could send more" of "could deploy more"
		}
		return w, false
	}
	if w, ok := e.sameSides(an, text, false); !ok {
		return w, false
	}
	if d, act, _ := e.doerAsked(an); d >= 0 && e.doneByOther(en, detail{kind: doerSlot, from: d, to: d + 1, act: act}, an) {
		// "Ukraine has offered to accept ..." where Cho proposed it:
		// every word stated, and the doer not the answer's (factdoer.go)
		return an.words[an.terms[d].pos], false
	}
	return "", true
}

// joinsStated reports whether ws[i] is an "or" between two words the
// entry states ("killed or injured"), the "either" before such a pair,
// or the "as" of "as of" before a stated date:
// the claim then gives both, each checked as a term, and the together
// check keeps one of a pair from being claimed alone.
func joinsStated(ws []string, covered []bool, i int) bool {
	switch ws[i] {
	case "or":
		return i > 0 && i+1 < len(ws) && covered[i-1] && covered[i+1]
	case "either":
		return i+2 < len(ws) && covered[i+1] && slices.Contains(ws[i+2:min(len(ws), i+5)], "or")
	case "as":
		return i+2 < len(ws) && ws[i+1] == "of" && covered[i+2] // "as of January 2025": the date, a term
	}
	return false
}

// ClaimWords lists the words a claim put to check is read with ([claims]
// in pack.toml).
type ClaimWords struct {
	// Retreat lists the words and phrases that turn back what a claim's
	// terms say ("pulling back", "stop sending", "withdraw"), which the
	// pack reads with the thing turned back, as a question asks of it.
	Retreat []string `toml:"retreat"`
	// Relating lists the words that only relate two terms of a claim
	// ("linked the combat experience to improving its weapons"): light
	// when the claim states terms on both sides of them.
	Relating []string `toml:"relating"`
}

// checkClaimWords reports a listed word or phrase that is not plain
// lower-case words, or is listed twice.
func (v *validator) checkClaimWords(c ClaimWords) {
	seen := map[string]string{}
	for _, l := range []struct {
		name  string
		words []string
	}{{"retreat", c.Retreat}, {"relating", c.Relating}} {
		for _, w := range l.words {
			switch {
			case w != strings.Join(sentenceWords(w), " ") || w != strings.ToLower(w):
				v.add(PackFile, "claims", "%s: %q is not plain lower-case words", l.name, w)
			case seen[w] != "":
				v.add(PackFile, "claims", "%s: %q is listed twice (also in %s)", l.name, w, seen[w])
			}
			seen[w] = l.name
		}
	}
}

// retreatsOf splits the pack's retreat list into its single words and
// its phrases.
func retreatsOf(c ClaimWords) (map[string]bool, []string) {
	words := map[string]bool{}
	var phrases []string
	for _, r := range c.Retreat {
		if strings.Contains(r, " ") {
			phrases = append(phrases, r)
		} else {
			words[r] = true
		}
	}
	return words, phrases
}

// turnsBack reports whether the claim's word ws[i] turns back what it
// claims: a retreat word of the pack's ([claims] retreat), read whole
// within the pack phrase the analyzer reads it in. A phrase is a retreat
// when it holds a listed phrase ("pulling back" of more troops); a listed
// single word within a longer phrase is the phrase's ("back up" of
// support, "sent back" of a return).
func (e *Engine) turnsBack(ws []string, ts []term, i int) bool {
	for _, t := range ts {
		if t.pos <= i && i < t.end && t.end-t.pos > 1 && t.end <= len(ws) {
			return e.retreatPhrase(ws, t)
		}
	}
	return e.retreatWords[ws[i]]
}

// retreatPhrase reports whether the words ws[t.pos:t.end] of term t
// (several words, within ws) hold a retreat phrase of the pack's
// ([claims] retreat), read whole ("pulling back" of "pulling back
// troops"). Only phrases count here; turnsBack adds the single words.
func (e *Engine) retreatPhrase(ws []string, t term) bool {
	phrase := " " + strings.Join(ws[t.pos:t.end], " ") + " "
	return slices.ContainsFunc(e.retreatPhrases, func(r string) bool { return strings.Contains(phrase, " "+r+" ") })
}

// states reports whether the entry states the term t: in its question,
// its answer or its quotes, not only in its other ways of asking.
func (ie *indexedEntry) states(t string) bool {
	w := ie.bag[t]
	return w >= 1 || w == quoteWeight || ie.quoted[t] || w == phrasingWeight && slices.ContainsFunc(ie.citedKeys, func(ks []string) bool { return slices.Contains(ks, t) })
}

// sameSides reports whether each name the claim an puts on a side (for,
// with, against, to, from it: "fighting for Ukraine", "on Russia's
// side", "sent to Russia", "came from Ukraine", "Ukraine said") is on
// that side in the answer text too; when not, the name. A source
// ("from Ukraine", "Ukraine reported") holds only for the figures of
// its own sentence or clause after a semicolon: "Ukraine reported 3,000;
// about 4,000 were estimated" gives no source of the 4,000.
//
// With allegiance, only the sides taken (with, against) are checked, not
// where a thing goes or comes from.
func (e *Engine) sameSides(an analysis, text string, allegiance bool) (string, bool) {
	var pieces []analysis // the answer's pieces, read once a name has a side
	for _, t := range an.terms {
		if t.kind != KindEntity {
			continue
		}
		side, ok := sideOf(an.words, t, e.sayingWord)
		if !ok || allegiance && side != sideWith && side != sideAgainst {
			continue
		}
		figures := slices.ContainsFunc(an.terms, func(n term) bool { return isNumber(n.text) })
		if side == sideTeller {
			if !figures {
				continue // who said what is the doer's check (see confirms)
			}
			side = sideFrom
		}
		if pieces == nil {
			for _, p := range answerPieces(text) {
				pieces = append(pieces, e.an.analyze(p, false))
			}
		}
		if !slices.ContainsFunc(pieces, func(p analysis) bool {
			if side == sideFrom && figures && slices.ContainsFunc(an.terms, func(n term) bool {
				return isNumber(n.text) && !slices.ContainsFunc(p.terms, func(o term) bool { return o.text == n.text })
			}) {
				return false // a figure the claim gives, from another piece than the source
			}
			return slices.ContainsFunc(p.terms, func(o term) bool {
				s, ok := sideOf(p.words, o, e.sayingWord)
				if s == sideTeller {
					s = sideFrom
				}
				return o.text == t.text && ok && s == side
			})
		}) {
			return an.words[t.pos], false
		}
	}
	return "", true
}

// answerPieces cuts an answer into its sentences and the clauses a
// semicolon or a colon ends.
func answerPieces(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return r == ';' || r == '.' || r == ':' })
}

// The sides a name is put on.
const (
	sideWith = iota + 1 // for, with, alongside, on its side, helping
	sideAgainst
	sideTo
	sideFrom
	sideTeller // a name a saying word follows: "Ukraine reported", a source as "from" is
)

// sideOf returns the side the words before the name t put it on ("for
// Ukraine", "to help Russia"), or after it ("Russia's side"), and false
// for none. A name a fighting verb takes as its object is fought
// ("fighting Russia", "fight the Russian forces"): the other side.
func sideOf(ws []string, t term, saying func(string) bool) (int, bool) {
	for i := t.pos; i < len(ws) && i <= t.end+1; i++ {
		if ws[i] == "side" || ws[i] == "sides" {
			return sideWith, true // "on Ukraine's side", which may be one term
		}
	}
	if figureOwner(ws, t) {
		return sideFrom, true // "Ukraine's figure", "the Ukrainian figure", "the figure is Ukraine's": a source
	}
	if i := t.end; i < len(ws) && saying(ws[i]) || i+1 < len(ws) && (ws[i] == "has" || ws[i] == "had") && saying(ws[i+1]) {
		return sideTeller, true // "Ukraine reported", "Ukraine has said": a source
	}
	for i := t.pos - 1; i >= 0 && i >= t.pos-2; i-- {
		if ws[i] == "to" && i > 0 && ws[i-1] == "according" {
			return sideFrom, true
		}
		if s, ok := sideWords[ws[i]]; ok {
			return s, true
		}
		if fightForms[ws[i]] {
			return sideAgainst, true
		}
		if ws[i] != "the" && ws[i] != "help" {
			break
		}
	}
	return 0, false
}

// figureOwner reports whether the name t owns a figure: in the
// possessive or adjective form right before a figure noun ("Ukraine's
// figure", "the Ukrainian estimate"), or as the predicate of one ("the
// 4,000 figure is Ukraine's", "the 4,000 is Ukraine's"). Whose a figure
// is, is its source.
func figureOwner(ws []string, t term) bool {
	figure := func(w string) bool { return figureNouns[w] || w == "estim" }
	after := t.end
	if after < len(ws) && ws[after] == "'s" {
		after++
	}
	if after < len(ws) && figure(ws[after]) {
		return true
	}
	return after > t.end && t.pos >= 2 && beForms[ws[t.pos-1]] && (figure(ws[t.pos-2]) || isNumber(ws[t.pos-2]))
}

// sideWords put the name after them on a side.
var sideWords = map[string]int{
	"for": sideWith, "with": sideWith, "alongside": sideWith, "helping": sideWith, "help": sideWith, "bolster": sideWith, "support": sideWith, "supporting": sideWith, "backing": sideWith,
	"against": sideAgainst, "vs": sideAgainst, "versus": sideAgainst,
	"to": sideTo, "into": sideTo, "toward": sideTo, "towards": sideTo,
	"from": sideFrom,
}

// lightClaimWords say nothing of what a claim claims: articles,
// pronouns, forms of "be" and "have", and the prepositions that only join
// its terms. A word not among them, and not a term the entry states, is
// a detail the entry does not confirm ("only", "no", "all", "already",
// "first").
var lightClaimWords = setOf("a", "an", "the", "this", "that", "these", "those", "it", "its", "they", "their", "them", "he", "his", "him", "she", "her",
	"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "s", "'s", "of", "in", "on", "at", "by", "and",
	"so", "about", "around", "approximately", "roughly", "some", "reportedly", "according", "article", "report", "piece",
	"says", "said", "say", "calls", "called", "call", "over", "there", "now", "actually", "really", "also", "too", "up",
	"come", "comes", "came", "make", "makes", "made", "even", "while",
	// the words of a side, checked by the names they put on it (see sameSides)
	"for", "to", "from", "with", "against", "into", "alongside", "toward", "towards", "side", "help")

// lightClaimWord reports whether ws[i] is a light word (see
// lightClaimWords), or "under" not before a number, light as "over" and
// "about" are ("under Russian control"; of "under 3,000", the number
// check is the judge).
func lightClaimWord(ws []string, i int) bool {
	return lightClaimWords[ws[i]] || ws[i] == "under" && i+1 < len(ws) && !isNumber(ws[i+1])
}

// withoutLead returns an answer without the short lead before its colon
// ("In the 1950s: this is ...", "Last year: North Korea ..."), which
// answers its entry's own question; after a yes, the sentence it leads is
// the answer. An answer whose lead is not short is returned as it is.
func withoutLead(text string) string {
	lead, rest, ok := strings.Cut(text, ": ")
	if !ok || rest == "" || len(strings.Fields(lead)) > 4 || strings.ContainsAny(lead, ".;()") || strings.Contains(lead, ", ") {
		return text
	}
	return upperFirst(rest)
}

// officeSays returns the word of entity term t naming an office of a
// country the report never prints ("the Pentagon", "the State
// Department"), when the claim has someone say or report it: what the
// report has a country say is not that office's. An arm the claim has do
// anything else ("Kim's army is fighting") is the country's forces.
func (e *Engine) officeSays(an analysis, t term, aws []string) string {
	w := e.namesOffice(an, t)
	if w == "" || e.printed[w] || slices.Contains(aws, w) {
		return ""
	}
	if !slices.ContainsFunc(an.terms, func(o term) bool { return o.text == "say" || o.text == "report" }) {
		return ""
	}
	return w
}
