package knowledge

import (
	"slices"
	"strings"
)

// Chat puts a claim to check with a verdict in slang after it: "china
// buffed the kn-23s, based or cringe", "cho sorted it in kyiv, is he
// talkin out his backside", as "..., true?" does. And it puts one inside
// an exclamation: "4k fatalities by early march is wild ngl" states the
// figure and its date as the asker has them, and is checked as "4k
// fatalities by early march, right?" is (factcheck.go corrects the
// month). Read as they stand, "cringe", "backside" and "wild" are words
// of the question that no answer has, and sink the entry that states the
// claim.

// slangVerdicts are chat's words for whether a claim holds, in a tail
// after it; with checkAsks they make one (see checkTail), "just" between
// ("or just vibes").
var slangVerdicts = setOf("based", "cringe", "vibes", "cope", "copium", "sus", "bogus", "rubbish", "nonsense", "bollocks", "facts")

// lieIdioms say, of whoever told the claim, that he lies or makes it
// up ("is he talkin out his backside", "or is she making it up"), with
// its -ing's g written or dropped.
var lieIdioms = setOf("talking out his backside", "talking out of his backside", "talking out his arse", "talking out of his arse",
	"talking out his ass", "talking out of his ass", "talking rubbish", "talking nonsense", "talking shit", "chatting shit", "chatting rubbish",
	"chatting breeze", "making it up", "making that up", "making stuff up", "lying", "capping", "full of it", "full of shit", "taking the piss")

// lieTail reports whether ws, a tail after a claim, only asks whether
// whoever told it lies: an optional "or", a form of "be", a pronoun, and
// one of lieIdioms ("is he talkin out his backside").
func lieTail(ws []string) bool {
	if len(ws) > 0 && ws[0] == "or" {
		ws = ws[1:]
	}
	if len(ws) > 0 && beAux[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) == 0 || !tellerPronouns[ws[0]] {
		return false
	}
	rest := slices.Clone(ws[1:])
	for i, w := range rest {
		if len(w) > 4 && strings.HasSuffix(w, "in") {
			rest[i] = w + "g" // "talkin", "chattin"
		}
		if w == "her" || w == "their" || w == "your" || w == "ur" {
			rest[i] = "his"
		}
	}
	return lieIdioms[strings.Join(rest, " ")]
}

// tellerPronouns stand for whoever told a claim, in a tail after it.
var tellerPronouns = setOf("he", "she", "they", "you", "u", "it", "that", "this")

// exclaimedClaim returns the claim inside an exclamation ("4k fatalities
// by early march is wild ngl": "4000 fatalities by early march"), and
// whether the message is one: a claim of three words or more that holds a
// figure or states an act, then a form of "be", maybe an intensifier,
// one of exclaimWords, and nothing after but chat's fillers. A claim
// with neither a figure nor an act ("the whole kn-23 thing is wild") is
// a topic, no claim.
func (e *Engine) exclaimedClaim(s string) (string, bool) {
	ws := sentenceWords(s)
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
