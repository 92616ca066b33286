package knowledge

import (
	"slices"
	"strings"
)

// A question after a premise put to check, a claim someone said or a
// question of the asker's own ("someone said the Kursk area is
// Ukrainian-held now, what's the article say?", "@lena claims NK punished
// the families of captured soldiers, does the article say anything?",
// "Didn't North Korea send pilots to Vietnam? Does the article address
// that?"), asks what the report says of the premise, not what the report
// is about. Read alone it names only the report, and the overview, or
// the source, would answer it with what speaks of none of the premise.
// So the reading after such a premise carries the premise's terms
// (analysis.premise): an overview answers it only if its quotes speak
// of each of them, as overviewGuard asks of the question's own terms
// ("@yuna said the 3k number came from South Korea. wasn't it Ukraine
// that reported it?" is not answered by the gist of the report), and,
// when the question names nothing of its own, any other entry only if
// it names each of them (not the source, for "what's the article say?"). A
// premise that only sets the scene ("I'm putting together a lesson for
// my 10th graders. what is this article about?") is no claim, and the
// question after it asks the gist.

// asksGist reports whether the question ws asks what the report is about
// ("what's the article about?", "what's the gist of this report?",
// "tldr?"): its "about" asks of nothing, or it names the gist, and a claim
// or a scene before it ("my friend said the war is bad.", "prepping notes
// for a podcast episode.") does not make it a question of the claim; the
// gist answers it. ("Does the article address that?" asks of what came
// before, and is no question of the gist.)
func asksGist(ws []string) bool {
	n := len(ws)
	if n >= 2 && ws[n-1] == "about" && slices.Contains(ws[:n-1], "what") {
		return true
	}
	return slices.ContainsFunc(ws, func(w string) bool { return gistWords[w] })
}

// gistWords name the gist of the report.
var gistWords = setOf("gist", "tldr", "summary", "summarize", "summarise", "synopsis")

// putToCheck reports whether premise, read as pr, before the question in
// text, is a claim put to check: someone says it, or it is a question.
func putToCheck(text, premise string, pr analysis) bool {
	if rest := strings.TrimLeft(text[len(premise):], " "); strings.HasPrefix(rest, "?") {
		return true
	}
	return saysClaim(pr) || namesPassage(premise)
}

// namesPassage reports whether a premise names a passage of the report
// the question then asks of ("The bit about North Korea picking up combat
// experience, whose claim is that?"): what the question asks of it is
// what the report says of that passage, so an answer must speak of it.
func namesPassage(premise string) bool {
	ws := strings.Fields(strings.ToLower(premise))
	if len(ws) < 3 || ws[0] != "the" && ws[0] != "that" && ws[0] != "this" {
		return false
	}
	return passageWords[ws[1]] && passageLinks[ws[2]]
}

// passageWords name a passage of a text (passageNouns, a paragraph,
// "stuff"; not "claim", which saysClaim reads as something said);
// passageLinks tie one to what it says.
var (
	passageWords = setOf(slices.Concat(passageNounList, []string{"paragraph", "stuff"})...)
	passageLinks = setOf("about", "on", "where", "that", "saying", "which", "regarding")
)

// saysClaim reports whether pr, the reading of a premise, has someone say
// it ("someone said ...", "@lena claims ...").
func saysClaim(pr analysis) bool {
	return slices.ContainsFunc(pr.terms, func(t term) bool { return t.kind == KindAct && t.text == "say" }) ||
		slices.ContainsFunc(pr.words, func(w string) bool { return claimTellers[w] })
}

// claimTellers tell a claim someone puts in writing or insists on ("a
// reader writes that ...", "the writer claims ..."), which the pack's
// "say" may not read as saying.
var claimTellers = setOf("writes", "wrote", "claims", "claimed", "insists", "insisted", "argues", "argued", "alleges", "alleged")

// ofReport reports whether the entry en tells of the report itself: an
// overview, or an entry of an overview's topic (the report's source).
// Neither speaks of a claim put to check before the question.
func (e *Engine) ofReport(en int) bool {
	if e.entries[en].overview {
		return true
	}
	for i := range e.entries {
		if e.entries[i].overview && e.pack.Entries[i].Topic == e.pack.Entries[en].Topic {
			return true
		}
	}
	return false
}

// premiseOverviewGuard: an entry answers the question after a claim put
// to check only if it speaks of the claim.
var premiseOverviewGuard = guard{
	name:    "premise put to check",
	example: "someone said the Kursk area is Ukrainian-held now, what's the article say?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if !ie.overview && slices.ContainsFunc(q.terms, overviewContent) {
			return "" // it asks of a thing of its own
		}
		for _, t := range q.premise {
			if !overviewContent(t) {
				continue
			}
			if ie.overview && !ie.cited[t.text] || !ie.overview && !ie.names(t.text) {
				return "it does not speak of the claim's " + t.text
			}
		}
		return ""
	},
}

// claimOverview reports whether a, the answer to a question of a message,
// is the overview's while a claim put to check before it in the message
// speaks of what the overview's quotes do not: a statement someone says
// ("@yuna said the 3k number came from South Korea. wasn't it Ukraine
// that reported it?") or a question before it ("Didn't North Korea send
// pilots to Vietnam? Does the article address that?"). said are the
// statements as written, statements their words.
func (e *Engine) claimOverview(a Answer, said []string, statements, questions [][]string) bool {
	en, ok := e.byID[a.EntryID]
	if !ok || !e.ofReport(en) {
		return false
	}
	ie := &e.entries[en]
	speaksOf := func(ws []string, says bool) bool {
		pr := e.an.analyzeWords(ws, true)
		if says && !saysClaim(pr) {
			return false
		}
		return slices.ContainsFunc(pr.terms, func(t term) bool { return overviewContent(t) && !ie.cited[t.text] })
	}
	for i, ws := range statements {
		// a quoted line is said by someone (quotedclaim.go)
		if speaksOf(ws, !quotedLine(said[i])) {
			return true
		}
	}
	for _, ws := range questions {
		if speaksOf(ws, false) {
			return true
		}
	}
	return false
}
