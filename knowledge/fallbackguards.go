package knowledge

import (
	"slices"
	"strings"
)

// ---------------------------------------- the guards of a sentence

// sentenceGuards are the guards a sentence must pass: its own, then every
// guard a curated entry must pass. A curated entry was written for its
// questions, and its other phrasings and synonyms stretch it to questions
// worded otherwise; a sentence was written for none, and answers only a
// question it holds whole, that states nothing it does not state.
//
// The engine's threshold is not among them: a score weighs how much of
// the question an entry covers with how close one way of asking it is,
// and a sentence, asked no way, is never close to a short question. That
// it holds the whole question is its threshold.
func sentenceGuards() []*guard {
	own := []*guard{&wholeQuestionGuard, &everyWordGuard, &definitionGuard, &ownerGuard, &whichGuard, &nearGuard, &statedGuard, &whoDoesGuard}
	for _, g := range guards {
		if g != &scoreGuard {
			own = append(own, g)
		}
	}
	return own
}

// The examples are asked of knowledge/testdata/saltmere, the pack
// `reportbot init` makes of a report on a desalination plant.

// wholeQuestionGuard: "How many litres of seawater can the plant turn into
// drinking water each hour?" is not answered by "... can turn up to 30
// million litres of seawater into drinking water each day":
// every term of the question but the kind of question must be the
// sentence's own (its kind the sentence must give: see Gives and
// kindOfAnswerGuard).
var wholeQuestionGuard = guard{
	name:    "whole-question",
	example: "How many litres of seawater can the plant turn into drinking water each hour?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		var missing []string
		for _, t := range q.terms {
			if t.kind != KindQuestion && t.kind != KindFrame && ie.bag[t.text] == 0 && !eitherNamed(q.terms, t, ie.names) && !slices.Contains(missing, t.text) {
				missing = append(missing, t.text)
			}
		}
		if len(missing) > 0 {
			return "sentence lacks " + strings.Join(missing, ", ")
		}
		return ""
	},
}

// everyWordGuard: "Who made the plant?" is not answered by "The plant was
// built by Nordhaven Water": the words a question reads as no term
// ("made", "not", "before"), which a curated entry's phrasings vouch for,
// a sentence must have itself (the engine cannot tell a maker from a
// builder, nor from a buyer or a critic). Only
// the words that carry no sense of their own (sentenceFunctionWords) may
// be missing.
var everyWordGuard = guard{
	name:    "every-word",
	example: "Who made the plant?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, w := range q.loose {
			if !ie.sentence.words[w] {
				return "sentence lacks the word " + w
			}
		}
		return ""
	},
}

// statedGuard: "When did the plant open?" is not answered by "The plant
// runs on electricity from a solar farm that opened in 2023": where the
// guards of who does what turn down an entry that states another doer,
// owner or party, a sentence must state the question's own; and what a
// relative clause says its noun does ("a solar farm that opened"), no
// other does in it. What a curated answer
// leaves unsaid its curator vouches for; a sentence vouches for nothing
// it does not say.
var statedGuard = guard{
	name:       "stated",
	relational: true,
	example:    "When did the plant open?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		// a name the question speaks of as a doer, where the sentence
		// has others do what the question speaks of ("Is the United
		// States sending troops?": North Korea sends them)
		if as := actors(q.words, q.terms); len(as) > 0 {
			for _, t := range q.terms {
				doers := ie.doneBy[t.text]
				if len(doers) > 0 && !slices.ContainsFunc(as, func(a term) bool { return doers[a.text] || doers[q.actsFor[a.text]] }) {
					return "sentence says another does " + t.text
				}
			}
		}
		if doer, act, ok := askedDoer(q.words, q.terms); ok {
			if by := ie.sentence.relative[act]; len(by) > 0 && !by[doer] {
				return "sentence says another " + act + ", not " + doer
			}
		}
		for _, d := range q.deeds {
			doers := ie.doneBy[d.act]
			does := func(t string) bool { return doers[t] }
			if d.actKind == KindAct {
				// what one says, a sentence may say in any way of saying
				// ("Cho presented this proposal, emphasizing ...")
				does = ie.says
			}
			if !does(d.doer) && !eitherNamed(q.terms, q.terms[d.at], does) && !slices.ContainsFunc(d.mates, func(t term) bool { return does(t.text) }) {
				return "sentence does not say that " + d.doer + " does " + d.act
			}
		}
		for _, cp := range q.compounds {
			owners := ie.whose[cp.word]
			of := func(e string) bool { return owners[e] }
			if q.kinds[cp.word] == KindAct {
				of = ie.says // "Cho's statement", as a deed of his (above)
			}
			if !of(cp.owner) && !of(q.actsFor[cp.owner]) && !eitherNamed(q.terms, q.terms[cp.at], of) {
				return "sentence does not speak of " + cp.owner + "'s " + cp.word
			}
		}
		for _, o := range q.objects {
			if !ie.doneTo[o[0]][o[1]] {
				return "sentence does not say " + o[0] + " of " + o[1]
			}
		}
		for _, p := range q.parties {
			if !ie.between[p[0]][p[1]] {
				return "sentence does not say " + p[0] + " between " + p[1]
			}
		}
		for _, ro := range q.roleObjects {
			if !ie.roleOf[ro[0]][ro[1]] {
				return "sentence does not say the " + ro[0] + " of " + ro[1]
			}
		}
		return ""
	},
}

// whoDoesGuard: "Who estimated the 4,000 deaths?" is not answered by "North
// Korean forces are estimated to have endured approximately 4,000
// fatalities": "who" and a verb ask who does it, and a sentence that puts
// the verb in the passive without "by" says no one does (it names North
// Korea's forces as what is estimated). "Who did the estimate of 4000
// dead?" asks the same doer, its act a noun after a light verb (see
// lightDoing). (Its example is asked of the
// embedded pack: the pack init made of Saltmere's report knows no names.)
var whoDoesGuard = guard{
	name:    "who-does",
	example: "Who estimated the 4,000 deaths?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for i, t := range q.terms {
			if t.text != "who" || i+1 == len(q.terms) {
				continue
			}
			v := q.terms[i+1]
			if !lightDoing(q.words, t.end, v.pos, q.usage.lightVerbs) || v.kind == KindEntity || v.kind == KindRole || v.kind == KindQuestion {
				continue
			}
			if ie.sentence.agentless[v.text] {
				return "sentence does not say who " + v.text + ", only that it is done"
			}
		}
		return ""
	},
}

// lightDoing reports whether the words of ws from i up to j only carry
// the act named at j ("who did the estimate", "who made the estimate of",
// "who gave that figure"): none, or a light verb and an article. "Who
// estimated" and "who did the estimate" ask the same doer. The light verbs
// are the pack's ([usage] light_verbs).
func lightDoing(ws []string, i, j int, light map[string]bool) bool {
	if j < i || j > len(ws) {
		return false
	}
	between := ws[i:j]
	if len(between) == 0 {
		return true
	}
	if len(between) > 2 || !light[between[0]] {
		return false
	}
	return len(between) == 1 || articles[between[1]]
}

// definitionGuard: "What is the ongoing conflict?" is not answered by a
// sentence that speaks of the ongoing conflict, nor "Who is Tomas Reyes?"
// by one where he only warns: a question that asks what or who a thing
// is, or its name, is answered by a sentence that says it, of the thing
// or of what it is ("Tomas Reyes, a marine biologist at the University of
// Porto, warned ..." for "Who is Tomas Reyes?" and "What is the name of
// the marine biologist?").
var definitionGuard = guard{
	name:    "definition",
	example: "What is the salty discharge?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if !asksWhatIs(q.words, q.terms) && !asksName(q.words) {
			return ""
		}
		within := func(set map[string]bool) bool {
			return !slices.ContainsFunc(q.terms, func(t term) bool { return t.kind != KindQuestion && !set[t.text] })
		}
		if !slices.ContainsFunc(ie.sentence.appositions, func(a apposition) bool { return within(a.thing) || within(a.is) }) {
			return "sentence does not say what or who it is"
		}
		return ""
	},
}

// asksName reports whether the question asks a name ("the names of the
// prisoners").
func asksName(ws []string) bool {
	return slices.Contains(ws, "name") || slices.Contains(ws, "names")
}

// ownerGuard: "How many litres can Gull Point's cannery turn into drinking
// water?" is not answered by "The plant, built on the site of a former
// fish cannery at Gull Point, can turn up to 30 million litres of seawater
// into drinking water each day", nor "What is the name of Ukraine's foreign
// minister?" by a sentence about South Korea's: what the question says is
// another's, the sentence must say is that one's ("X's Y", "the Y of X",
// or X's adjective: "the South Korean Joint Chiefs" are South Korea's).
var ownerGuard = guard{
	name:    "owner",
	example: "How many litres can Gull Point's cannery turn into drinking water?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for a, bs := range ownedBy(q.words, q.terms, false) {
			for b := range bs {
				if !ie.sentence.ownsOf(a, b) {
					return "sentence does not speak of " + a + "'s " + b
				}
			}
		}
		return ""
	},
}

// asksWhatIs reports whether the question asks what or who a thing is:
// "what" or "who", a form of "be", then only the thing ("What is the
// ongoing conflict?", "Who is Tomas Reyes?", not "Who is building it?").
func asksWhatIs(ws []string, ts []term) bool {
	if len(ws) < 3 || ws[0] != "what" && ws[0] != "who" || !beAux[ws[1]] && ws[1] != possessive {
		return false
	}
	termAt := make([]bool, len(ws))
	for _, t := range ts {
		if t.kind == KindAct || t.kind == KindQuestion && t.pos > 0 {
			return false
		}
		for i := t.pos; i < t.end && i < len(ws); i++ {
			termAt[i] = true
		}
	}
	for i := 2; i < len(ws); i++ {
		if !termAt[i] && !sentenceFunctionWords[ws[i]] {
			return false // a word that is no term: "Who is it like?"
		}
	}
	return true
}

// whichGuard: "Which readings will the council publish?" is not answered
// by "The town council agreed to publish these readings", nor "What
// challenging situation is Ukraine in?" by "... support Ukraine in this
// challenging situation": a sentence that names a thing as "this" or
// "these" one points to what was said before it, and does not say which.
var whichGuard = guard{
	name:       "which",
	relational: true, // (q.thingAsked)
	example:    "Which readings will the council publish?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, t := range whichOf(q) {
			if ie.sentence.referred[t] {
				return "sentence says only \"this " + t + "\", not which"
			}
		}
		if t := q.thingAsked; t != "" && ie.sentence.referred[t] {
			// a "what war" later in the question: "... since the
			// 1950s - what war is that?", of "such a war"
			return "sentence says only \"this " + t + "\", not which"
		}
		return ""
	},
}

// whichOf returns the terms a "which" or "what" question asks which of
// ("What challenging situation is ...": challenging): those between it
// and the verb.
func whichOf(q *query) []string {
	ws := q.words
	if len(ws) < 2 || ws[0] != "what" && ws[0] != "which" {
		return nil
	}
	end := slices.IndexFunc(ws[1:], func(w string) bool { return beAux[w] || doAux[w] || modals[w] })
	if end < 0 {
		return nil
	}
	var out []string
	for _, t := range q.terms {
		if t.pos >= 1 && t.pos <= end && t.kind != KindQuestion {
			out = append(out, t.text)
		}
	}
	return out
}

// nearGuard: "When did the fishermen's association say that?" is not
// answered by "Catches have fallen since 2019, the fishermen's association
// said, ...", nor "When did the United States report the deployment?" by a
// sentence that reports it and, in another clause, dates something else
// ("... since the 1950s"): what the question asks for (a number, a date,
// a place, a name), the sentence must give in a clause that speaks of
// something the question names, and of every key word it uses ("Where are
// the captured soldiers held?" is not answered by "... deploy more troops
// to Russia, despite its ... captured soldiers").
var nearGuard = guard{
	name:    "near",
	example: "When did the fishermen's association say that?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, t := range q.terms {
			if t.kind != KindQuestion || !slices.Contains(ie.sentence.gives, t.text) {
				continue // a kind it does not give is kindOfAnswerGuard's
			}
			if !slices.ContainsFunc(ie.sentence.clauses, func(cl clause) bool {
				return slices.Contains(cl.gives, t.text) && slices.ContainsFunc(q.terms, func(o term) bool { return o.kind != KindQuestion && cl.terms[o.text] }) &&
					!slices.ContainsFunc(q.terms, func(o term) bool { return o.kind == KindKey && !cl.terms[o.text] })
			}) {
				return "sentence gives no " + t.text + " beside what the question names"
			}
		}
		return ""
	},
}

// sentenceFunctionWords are the words a question may have that a sentence
// answering it lacks (see everyWordGuard): articles, pronouns, the forms
// of "be", "do" and "have", modals, question words, the prepositions of
// place and the small words of chat. Not the words that change what is
// asked: "not", "before", "than", "without", "make", "get".
var sentenceFunctionWords = setOf(
	"a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all",
	"am", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "done",
	"has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
	"what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how",
	"i", "me", "my", "you", "your", "we", "us", "our", "they", "them", "their", "he", "him", "his",
	"she", "her", "it", "its", "there", "here", "s", "'s",
	"of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "into", "onto", "as", "during",
	"and", "or", "so", "if", "then", "also", "just", "really", "actually", "exactly", "currently",
	"please", "pls", "plz", "tell", "know", "ok", "okay", "u", "ur", "r", "lol", "btw", "wat", "wut",
	"much", "many",
)
