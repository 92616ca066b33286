package knowledge

// A teller's claim may be put to check by asking whether the teller talks
// nonsense ("me mate reckons cho sorted all this in a sit-down in kyiv, is
// he talkin out his backside", "..., or is she talking rubbish?"): the
// tail asks whether the claim is true, as "true?" does, and names nothing
// of the claim's.

// nonsenseTail reports whether words only ask whether a teller talks
// nonsense: a verb of talking, a word of nonsense last, and between and
// around them only the words of a check and whose nonsense it is.
func nonsenseTail(ws []string) bool {
	if len(ws) < 2 || !nonsenseWords[ws[len(ws)-1]] {
		return false
	}
	talks := false
	for _, w := range ws[:len(ws)-1] {
		switch {
		case talkingVerbs[w]:
			talks = true
		case beAux[w] || checkFrame[w] || nonsenseFrame[w]:
		default:
			return false
		}
	}
	return talks
}

// talkingVerbs are the verbs a teller talks nonsense by.
var talkingVerbs = setOf("talkin", "talking", "talks", "talk", "chatting", "chattin", "spouting", "spoutin", "speaking", "chat")

// nonsenseWords end a tail asking whether a teller talks nonsense.
var nonsenseWords = setOf("backside", "arse", "ass", "butt", "rubbish", "nonsense", "crap", "shite", "bollocks", "garbage", "trash", "bs")

// nonsenseFrame are the other words of such a tail ("out of his", "a load
// of").
var nonsenseFrame = setOf("out", "his", "her", "their", "your", "load", "lot", "pure", "total", "complete", "utter", "just", "mate", "me", "my")
