package knowledge

import (
	"slices"
	"strings"
)

// A "who" asked after the act it is of, behind "by" or "against"
// ("captured by who?", "proposal made by who?", "fighting against
// whom?"), asks one part in that act: its doer, or whom it is done
// against. An entry whose own question asks "who" of something else
// (who reports the troops were sent) does not answer it; an entry whose
// answer says who does that act, one the question does not name, does.
// And "which country's forces" asks whose they are, as "whose forces"
// does (see answersWho).

// whoRole is what a "who" asks of the act named before it.
type whoRole struct {
	act     string // the term of the act
	against bool   // whom it is done against, not who does it
	// next says the act is right after the "who" ("who captured
	// them?"): its doer alone answers, not who does another act the
	// question speaks of (Seoul's saying)
	next bool
}

// roleAsked returns what the "who" term ts[i] asks of the act before it:
// the "who" follows "by" or "against", which follows the act's term, past
// at most two words of no meaning ("made", "got", "was"). A "who" opening
// the question ("by whom was it proposed?") asks of the act after it,
// which answersWho reads already.
func roleAsked(ws []string, ts []term, i int) (whoRole, bool) {
	t := ts[i]
	if t.text == "who" && t.end-t.pos == 1 && ws[t.pos] == "who" && i+1 < len(ts) && ts[i+1].kind == KindKey && ts[i+1].pos == t.end && ts[i+1].end-ts[i+1].pos == 1 && strings.HasSuffix(ws[ts[i+1].pos], "ed") {
		// "who captured them?": the doer of the act right after it,
		// a past form, which an entry must say, however its ways of
		// asking ask "who" ("who would Seoul take in?" is no captor)
		return whoRole{act: ts[i+1].text, next: true}, true
	}
	if t.text != "who" || i == 0 || t.pos == 0 || t.end-t.pos != 1 || ws[t.pos] != "who" && ws[t.pos] != "whom" {
		return whoRole{}, false
	}
	by := ws[t.pos-1]
	if by != "by" && by != "against" {
		return whoRole{}, false
	}
	a := ts[i-1]
	if a.kind != KindWord && a.kind != KindAct && a.kind != KindKey || a.end > t.pos-1 {
		return whoRole{}, false
	}
	gap := ws[a.end : t.pos-1]
	if len(gap) > 2 || slices.ContainsFunc(gap, func(w string) bool { return !stopWords[w] || whWords[w] }) {
		return whoRole{}, false
	}
	return whoRole{act: a.text, against: by == "against"}, true
}

// answersRole reports whether the entry's answer says what the "who" asks
// of its act: who does it, as a doer or an owner ("under Russian
// control" answers "controlled by who?"), or whom anyone is set against
// ("the war against Ukraine" answers "fighting against who?", whatever
// the word for the fighting). The question may name a guess at it ("captured by
// who, ukraine right?"), so the one the entry says may be named.
func (ie *indexedEntry) answersRole(r whoRole, ts []term) bool {
	if r.against {
		return len(ie.opponents) > 0
	}
	if r.next {
		// "who killed the north korean troops?": whose the act is, said
		// of a past form ("North Korean soldiers had been killed"), is
		// whom it was done to; where the question names them itself, it
		// asks who did it to them, which the owner does not say
		return len(ie.doneBy[r.act]) > 0 || unnamedIn(ts, ie.whose[r.act])
	}
	return len(ie.doneBy[r.act]) > 0 || len(ie.whose[r.act]) > 0
}

// learnOpponents learns the names the entry's answer sets something
// against ("the war against Ukraine"): see answersRole.
func (f *entryFacts) learnOpponents(an analysis) {
	ws := an.words
	for _, t := range an.terms {
		if t.kind == KindEntity && before(ws, t.pos) == "against" {
			if f.opponents == nil {
				f.opponents = map[string]bool{}
			}
			f.opponents[t.text] = true
		}
	}
}

// whoseThing returns where the thing starts whose owner the question word
// t asks: right after "whose", or after "which country's" ("which
// country's forces are helping North Korea?"); -1 if t asks no owner.
func whoseThing(ws []string, t term) int {
	if ws[t.pos] == "whose" {
		return t.end
	}
	if t.end-t.pos == 2 && t.end < len(ws) && (ws[t.pos] == "which" || ws[t.pos] == "what") && countryWords[ws[t.pos+1]] && ws[t.end] == "'s" {
		return t.end + 1
	}
	return -1
}

// unguessedRole returns the question without the names guessed after a
// "who" asked of its act ("captured by whom, russia??"): they are the
// asker's guess at the answer, which the entry need not name, and a
// wrong guess would only turn the right entry down.
func (an analysis) unguessedRole() (analysis, bool) {
	ts := an.terms
	for i := range ts {
		if _, ok := roleAsked(an.words, ts, i); !ok || i+1 == len(ts) {
			continue
		}
		if slices.ContainsFunc(ts[i+1:], func(t term) bool { return t.kind != KindEntity }) {
			return analysis{}, false
		}
		out := an
		out.terms = slices.Clone(ts[:i+1])
		return out, out.enough()
	}
	return analysis{}, false
}
