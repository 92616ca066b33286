package knowledge

import "strings"

// A claim may be put to check by asking whether whoever told it lies or
// talks nonsense ("me mate reckons cho sorted all this in a sit-down in
// kyiv, is he talkin out his backside", "..., or is she making it up?"):
// such a tail asks whether the claim is true, as "true?" does, and names
// nothing of the claim's. Read with the claim, "backside" or "rubbish"
// are words no answer has, and they sink the entry that states it.

// lieTail reports whether ws, a tail after a claim, only asks whether
// whoever told it lies: "or" and a form of "be" maybe, the teller ("he",
// "me mate"), then one of lieIdioms or a verb of talking and a
// word of nonsense last ("talkin out his backside", "talking a load of
// rubbish"). The teller is needed: "rubbish" alone is a slang verdict
// (slangverdict.go), no question of who lies.
func lieTail(ws []string) bool {
	if len(ws) > 0 && ws[0] == "or" {
		ws = ws[1:]
	}
	if len(ws) > 0 && beAux[ws[0]] {
		ws = ws[1:]
	}
	teller := 0
	for teller < len(ws) && tellerWords[ws[teller]] {
		teller++
	}
	if teller == 0 || teller == len(ws) {
		return false
	}
	ws = ws[teller:]
	if talkingVerbs[ws[0]] && nonsenseWords[ws[len(ws)-1]] && len(ws) > 1 {
		for _, w := range ws[1 : len(ws)-1] {
			if !nonsenseFrame[w] {
				return false
			}
		}
		return true
	}
	if len(ws) == 1 {
		return lieIdioms[ws[0]]
	}
	return lieIdioms[strings.Join(ws, " ")]
}

// tellerWords stand for whoever told a claim, in a tail after it ("is he",
// "is me mate").
var tellerWords = setOf("he", "she", "they", "you", "u", "it", "that", "this", "me", "my", "mate", "ur", "your")

// talkingVerbs are the verbs a teller talks nonsense by, with the -ing's
// g written or dropped.
var talkingVerbs = setOf("talkin", "talking", "talks", "talk", "chatting", "chattin", "spouting", "spoutin", "speaking", "chat")

// nonsenseWords end a tail asking whether a teller talks nonsense.
var nonsenseWords = setOf("backside", "arse", "ass", "butt", "rubbish", "nonsense", "crap", "shite", "shit", "bollocks", "garbage", "trash", "bs", "breeze")

// nonsenseFrame are the words between the verb and its nonsense ("out of
// his", "a load of").
var nonsenseFrame = setOf("out", "of", "his", "her", "their", "your", "ur", "a", "load", "lot", "pure", "total", "complete", "utter", "just")

// lieIdioms say, of whoever told the claim, that he lies or makes it up,
// with no verb of talking ("making it up", "capping", "full of it").
var lieIdioms = setOf("making it up", "makin it up", "making that up", "makin that up", "making stuff up", "makin stuff up", "lying", "lyin",
	"capping", "cappin", "full of it", "full of shit", "taking the piss", "takin the piss")
