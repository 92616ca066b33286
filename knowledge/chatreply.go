package knowledge

import (
	"maps"
	"slices"
	"strings"
	"unicode"
)

// In a chat a claim is often put to check as a reply to another user:
// a mention of whom it answers, a "no"/"nah" that contradicts them, and
// what they said ("@mike no, it was the defence minister who called
// Ukraine, right?", "@sarah you said the Feb number was 5k", "@dan says
// Cho dropped support for Ukraine, is that right?"), or as a verdict on
// whoever said it ("whoever said NK sent troops this year is wrong, it
// was last year right?"). The mention is no word (normalize.go drops it),
// so the teller before "says" is no teller cutOneLead can see, and the
// "no" and the verdict ("is wrong") weigh as words of the claim. The claim
// is what the other user said: with one detail wrong it is corrected
// (factcheck.go), as the asker means it to be.

// cutReplyLead cuts a chat reply's lead from s (mentions, a "no", "you
// said"), or a verdict's frame around the claim ("whoever said ... is
// wrong ..."), and whether it cut any.
func cutReplyLead(s string) (string, bool) {
	if !replyLeadOpens(s) {
		return s, false // most questions: read no field, allocate nothing
	}
	fields := strings.Fields(s)
	low := make([]string, len(fields))
	for i, f := range fields {
		low[i] = strings.ToLower(strings.Trim(f, ".,!?;:'\"“”‘’()"))
	}
	if claim, ok := verdictClaim(fields, low); ok {
		return claim, true
	}
	n := 0
	for n < len(fields) && isMention(fields[n]) {
		n++
	}
	if n == 0 {
		return s, false
	}
	for n < len(low) && (replyNo[noStretch(low[n])] || replyYes[noStretch(low[n])]) {
		n++
	}
	switch {
	case n+1 < len(low) && replyYou[low[n]] && tellerVerbs[low[n+1]]:
		n += 2 // "you said", "u said"
	case n+2 < len(low) && replyYou[low[n]] && beAux[low[n+1]] && low[n+2] == "saying":
		n += 3 // "you are saying"
	case n < len(low) && tellerVerbs[low[n]]:
		n++ // "@dan says"
	}
	for n < len(low) && low[n] == "that" {
		n++
	}
	if len(low)-n < 3 {
		return s, false
	}
	return cutDoubtTail(strings.Join(fields[n:], " ")), true
}

// isLeadEdgeMark reports whether r is a mark replyLeadOpens trims from a
// word's ends: ".,!?;:'\"“”‘’()" (a func, as isPieceEndMark is).
func isLeadEdgeMark(r rune) bool {
	switch r {
	case '.', ',', '!', '?', ';', ':', '\'', '"', '“', '”', '‘', '’', '(', ')':
		return true
	}
	return false
}

// replyLeadOpens reports whether s opens as a reply lead can: with a
// mention or a word of whoeverWords. It allocates nothing, as it runs
// for every question.
func replyLeadOpens(s string) bool {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if end := strings.IndexFunc(s, unicode.IsSpace); end >= 0 {
		s = s[:end]
	}
	if isMention(s) {
		return true
	}
	s = strings.TrimFunc(s, isLeadEdgeMark)
	if len(s) < 3 || len(s) > len("whoever'ſ") {
		return false // (a byte test: no word of whoeverWords)
	}
	for _, w := range whoeverList {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// whoeverList is whoeverWords as a list, for replyLeadOpens to walk
// without a map's iterator.
var whoeverList = slices.Sorted(maps.Keys(whoeverWords))

// verdictClaim returns the claim of "whoever said X is wrong, ...":
// X, what the verdict is passed on.
func verdictClaim(fields, low []string) (string, bool) {
	n := 0
	switch {
	case len(low) > 2 && whoeverWords[low[0]] && tellerVerbs[low[1]]:
		n = 2 // "whoever said", "anyone saying"
	case len(low) > 3 && whoeverWords[low[0]] && (low[1] == "who" || low[1] == "that") && tellerVerbs[low[2]]:
		n = 3 // "anyone who says"
	case len(low) > 3 && whoeverWords[low[0]] && beAux[low[1]] && low[2] == "saying":
		n = 3 // "whoever is saying"
	default:
		return "", false
	}
	for n < len(low) && low[n] == "that" {
		n++
	}
	for i := n + 3; i+1 < len(low); i++ {
		if (beAux[low[i]] || low[i] == "s") && tellerVerdicts[low[i+1]] {
			// (the verdict's "is" ends no word of the claim: "is
			// wrong," — its mark is the claim's end)
			claim := strings.Join(fields[n:i], " ")
			return strings.TrimRight(claim, " ,;:"), true
		}
	}
	return "", false
}

// agreedReply reports whether s is a reply that agrees with whom it
// answers ("@bob yeah NK sent troops to Russia"): with no question mark
// nor check tail, it states what they said and asks the bot nothing.
func agreedReply(s string) bool {
	if !replyLeadOpens(s) || strings.Contains(s, "?") {
		return false
	}
	fields := strings.Fields(s)
	n := 0
	for n < len(fields) && isMention(fields[n]) {
		n++
	}
	return n > 0 && n < len(fields) && replyYes[noStretch(strings.ToLower(strings.Trim(fields[n], ".,!;:")))]
}

// isMention reports whether a field is a chat mention ("@mike", "<@123>").
func isMention(f string) bool {
	return len(f) > 1 && (f[0] == '@' || strings.HasPrefix(f, "<@"))
}

// noStretch reads a "no" stretched for tone ("nooo", "nahhh") as it is.
func noStretch(w string) string {
	if _, once, ok := unstretch(w); ok {
		return once
	}
	return w
}

// replyNo are the words that open a reply to whom it answers before what
// they said: that contradict them, or call them (as botNames do).
var replyNo = setOf("no", "nah", "nope", "wrong", "actually", "wait", "bro", "bruh", "mate", "bru", "ja")

// replyYes agree with whom a reply answers: with no question, the reply
// states what they said, and puts nothing to check.
var replyYes = setOf("yeah", "yea", "yes", "yep", "yup")

// replyYou are who a reply says said it.
var replyYou = setOf("you", "u", "ya", "youre", "you're", "ur")

// whoeverWords open a verdict on whoever said a claim.
var whoeverWords = setOf("whoever", "whoevers", "whoever's", "anyone", "anybody", "everyone", "ppl", "people", "whoeva")

// tellerVerdicts pass a verdict on a claim's teller ("is wrong").
var tellerVerdicts = setOf("wrong", "lying", "mistaken", "tripping", "trippin", "capping", "cappin", "confused", "incorrect")

// cutDoubtTail cuts from a reply's claim the asker's doubt after it
// ("..., pretty sure it's lower", "..., i'm sure it was less"): the
// asker's own guess, which the check answers, and no word of the claim.
func cutDoubtTail(s string) string {
	i := lastPieceStart(s)
	if i <= 0 {
		return s
	}
	ws := sentenceWords(s[i:])
	for _, lead := range doubtLeads {
		if len(ws) > len(lead) && len(ws) <= len(lead)+4 && slices.Equal(ws[:len(lead)], lead) {
			return strings.TrimRight(strings.TrimSpace(s[:i]), ",;:—–-")
		}
	}
	return s
}

// doubtLeads open the asker's doubt after a claim they reply to.
var doubtLeads = [][]string{{"pretty", "sure"}, {"im", "pretty", "sure"}, {"i'm", "pretty", "sure"}, {"im", "sure"}, {"i'm", "sure"}, {"i", "thought"}, {"i", "think"}}
