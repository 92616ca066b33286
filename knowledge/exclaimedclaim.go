package knowledge

import (
	"slices"
	"strings"
)

// Chat puts a claim to check inside an exclamation: "4k fatalities by
// early march is wild ngl" states the figure and its date as the asker
// has them, and is checked as "4k fatalities by early march, right?" is
// (factcheck.go corrects the month). Read as it stands, "wild" is a word
// of the question that no answer has, and sinks the entry that states
// the claim.

// exclaimedClaim returns the claim inside an exclamation ("4k fatalities
// by early march is wild ngl": "4000 fatalities by early march"), and
// whether the message is one: a claim of three words or more that holds a
// figure or states an act, then a form of "be", maybe an intensifier,
// one of exclaimWords, and nothing after but chat's fillers. A claim
// with neither a figure nor an act ("the whole kn-23 thing is wild") is
// a topic, no claim.
//
// Every message is read here, and most are no exclamation: its words are
// the ones the turn read already (tr.readWords), not cut again.
func (e *Engine) exclaimedClaim(s string, tr *trace) (string, bool) {
	ws := tr.readWords(s) // (only read: claim is joined, not changed)
	end := len(ws)
	for end > 0 && exclaimFillers[ws[end-1]] {
		end--
	}
	if end == 0 || !exclaimWords[ws[end-1]] {
		return "", false
	}
	at := end - 1
	for at > 0 && exclaimIntensifiers[ws[at-1]] {
		at--
	}
	if at == 0 || !beAux[ws[at-1]] {
		return "", false
	}
	claim := ws[:at-1]
	if len(claim) < 3 || questionStarts[claim[0]] || isQuestionWord(claim[0]) {
		return "", false
	}
	if !slices.ContainsFunc(claim, isNumber) && !e.statesAct(claim) {
		return "", false
	}
	return strings.Join(claim, " "), true
}

// exclaimWords say a thing is astonishing; exclaimIntensifiers may come
// before them, exclaimFillers after.
var (
	exclaimWords        = setOf("wild", "crazy", "insane", "nuts", "mad", "bonkers", "unreal", "mental", "bananas", "absurd", "ridiculous", "shocking", "madness")
	exclaimIntensifiers = setOf("so", "actually", "lowkey", "kinda", "absolutely", "genuinely", "honestly", "pretty", "just", "straight", "up", "fucking", "bloody", "proper")
	exclaimFillers      = setOf("ngl", "tbh", "lol", "lmao", "fr", "tho", "honestly", "bro", "man", "fam", "af", "imo", "smh", "haha", "bruh", "mate", "lad", "ong", "istg")
)
