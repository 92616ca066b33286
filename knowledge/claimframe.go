package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A claim put to check comes in a frame, whatever its words: a teller
// before it ("my uncle says ...", "A guest on my podcast claimed ...",
// "they're saying ...", "I read that ..."), a label before a colon
// ("Headline: ...", "WhatsApp msg: ...", "Letter to the editor: ..."), the
// claim in quotes, a hedge that puts it to check ("Correct me if I'm
// wrong but ...", "no way ..."), a scene set before it ("Grandma here."),
// and after it a tail that only asks whether it is true ("true?",
// "— source?", "Does the report back this up?", "is this in the news or
// not", "or is that fake", "Is that so, dear?"). None of the frame is
// what is checked: read with the claim, the teller's words ("uncle",
// "podcast") and the tail's ("accurate") weigh as much as the claim's and
// sink the entry that states it. So a message in such a frame is first
// asked as its claim alone, put to check as "..., right?" is (see
// checksClaim): stated by the report it is answered, with one detail
// wrong it is corrected (factcheck.go), and what the report does not say
// is declined as before, when the message is read as it stands. A
// teller that names one of the report's people, countries or bodies, or
// a role ("Cho said ...", "Kyiv says ...") is part of the claim; a tail
// that asks a question of its own ("— who captured them though?") keeps
// the message a premise and its question, read as it stands.

// framedClaim returns the claim a message puts to check in a frame, as
// "..., right?", and whether it has one: a frame around it, at least
// three words, a statement (not a question, nor two). The turn's trace,
// nil for none, has the words it read of the message.
func (e *Engine) framedClaim(question string, tr *trace) (string, bool) {
	s := strings.TrimSpace(question)
	framing := noFrame
	if quoted, ok := e.quotedClaim(s); ok {
		s, framing = quoted, leadFrame
	} else if claim, ok := e.exclaimedClaim(s, tr); ok {
		s, framing = claim, leadFrame // (exclaimedclaim.go)
	} else {
		var cut bool
		i := lastPieceStart(s)
		heard := i > 0 && heardTail(sentenceWords(s[i:]))
		if i > 0 && e.echoTail(s[:i], sentenceWords(s[i:])) {
			// "Was it actually the Americans?" after a claim naming
			// them asks whether the claim is true (echotail.go)
			s, cut = strings.TrimSpace(s[:i]), true
			framing = tailOnly
		}
		if s, cut = cutCheckTail(s); cut || framing == tailOnly {
			framing = tailOnly
			if heard {
				// "that's what i heard" says what comes before is a
				// claim, as a teller before it does ("nk fighting in
				// crimea now?? that's what i heard")
				framing = leadFrame
			}
		} else if agreedReply(s) {
			return "", false // a statement to another user (chatreply.go)
		}
		if rest, cut := e.cutClaimLead(s); cut {
			s, framing = rest, leadFrame
		}
	}
	s = strings.TrimRight(strings.TrimSpace(s), ".!?,;:—–- ")
	if framing == noFrame || strings.ContainsAny(s, "?\n") || severalSentences(unquoted.Replace(s)) {
		return "", false // (a question inside: two questions, or a quiz)
	}
	ws := sentenceWords(s)
	if len(ws) < 3 || questionStarts[ws[0]] || isQuestionWord(ws[0]) || negations[ws[0]] || choiceOr(ws) || asksInside(s) && !e.relativeClause(s) {
		return "", false // (a question, or a choice, is asked as it stands)
	}
	if tellsNothing[ws[0]] {
		// "Brazil said something about this war?" asks what was
		// said: "something" states nothing to check
		return "", false
	}
	if framing == tailOnly && !e.statesAct(ws) {
		// "nk troops in ukraine? source?" asks for the source of a
		// thing named, and states nothing
		return "", false
	}
	return s + ", right?", true
}

// unquoted drops the marks of a quote, so that a sentence ended inside
// one ("'Russia holds Kursk.' Where are they fighting?") is read as
// ended.
var unquoted = strings.NewReplacer("'", "", "\"", "", "“", "", "”", "", "‘", "", "’", "")

// What frames a claim: nothing, only a check after it, or words before
// it (a teller, a label, a hedge, quotes).
const (
	noFrame = iota
	tailOnly
	leadFrame
)

// asksInside reports whether a piece of s after a comma, a semicolon or
// a dash opens with a question word ("the 'combat experience' claim
// about nk, who made it"): a question asked of a premise.
func asksInside(s string) bool {
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '—' || r == '–' }) {
		if ws := sentenceWords(p); slices.ContainsFunc(ws[:min(len(ws), 3)], isQuestionWord) {
			return true // (", so like where are they fighting")
		}
	}
	return false
}

// statesAct reports whether the words state something done or so: a form
// of "be", a common verb (see claimVerbs), a past form, or an act the
// pack knows.
func (e *Engine) statesAct(ws []string) bool {
	if slices.ContainsFunc(ws[1:], func(w string) bool { return beAux[w] || claimVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") }) {
		return true
	}
	return slices.ContainsFunc(e.an.analyzeWords(ws, false).terms, isAct)
}

// tellerWords reports whether ws may be who tells a claim, or a label
// for it ("my uncle", "A guest on my podcast", "WhatsApp msg"): a few
// words that name none of the report's, and ask nothing ("what did
// pootin", "On what basis does the article").
func (e *Engine) tellerWords(ws []string) bool {
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	if slices.ContainsFunc(ws, func(w string) bool {
		return isQuestionWord(w) || w == "wat" || w == "wot" || doAux[w] || beAux[w] || negations[w] || w == "not"
	}) {
		return false
	}
	return !e.namesReports(ws)
}

// tellsNothing are the words that stand for what a teller said without saying
// it.
var tellsNothing = setOf("something", "smth", "sth", "smthn", "somethin", "anything", "stuff", "things")

// answerFramedClaim answers a message in a claim's frame by its claim
// alone, put to check (see framedClaim), when that answers.
func (e *Engine) answerFramedClaim(question string, tr *trace) (Answer, bool) {
	if tr == nil {
		// a nil trace is the engine's own reading (see answer): a
		// statement read for what the question after it refers to
		// (statementAnswer), or a question it makes up (countedEntry).
		// A statement so read is that question's premise, not a claim
		// put to check: "A letter says Iran made the KN-23 more
		// precise. Who does the article say did that?" (Answered as a
		// claim, its premise gets the answer to who said it.)
		return Answer{}, false
	}
	claim, ok := e.framedClaim(question, tr)
	if !ok || claim == question {
		return Answer{}, false
	}
	return e.askedAs(question, claim, "a claim put to check, without its frame", tr)
}

// quotedClaim returns the words a message quotes ("Headline: 'North
// Korea's first war since the 1960s.' Accurate?"), when what is around
// them is only a frame: a teller or a label before, a check after.
func (e *Engine) quotedClaim(s string) (string, bool) {
	from, to, ok := quoteSpan(s)
	if !ok {
		return "", false
	}
	before := sentenceWords(s[:from])
	after, _ := cutCheckTail("x, " + strings.TrimSpace(s[to:]))
	if strings.Trim(after, " .!?,;:—–-") != "x" || len(before) > 0 && !e.tellerWords(before) {
		// (a teller or a label names none of the report's: "Cho said
		// 'we stand ready'" quotes the claim's own words)
		return "", false
	}
	return quoteInner(s, from, to), true
}

// cutCheckTail cuts from the end of s the pieces that only ask whether
// what comes before is true ("..., true?", "... — source?", "... Is that
// what the article says?", "... or is that fake"), and whether it cut
// any. A piece ends at a sentence's end, a comma or a dash.
func cutCheckTail(s string) (string, bool) {
	cut := false
	for {
		i := lastPieceStart(s)
		if i <= 0 {
			return s, cut
		}
		ws := sentenceWords(s[i:])
		if len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool { return !vocatives[w] }) {
			// "..., dear?": whom it asks is no check of its own, but
			// asks of what comes before as "..., right?" does ("so
			// it's Budanov saying that, mate?")
			cut = cut || strings.HasSuffix(s, "?")
			s = strings.TrimSpace(s[:i])
			continue
		}
		if !checkTail(ws) {
			return s, cut
		}
		s, cut = strings.TrimSpace(s[:i]), true
	}
}

// isPieceEndMark reports whether r is a mark lastPieceStart trims from the
// end of s: " .!?,;:—–-" and a newline. A func, not a cutset: a cutset
// with a mark not ASCII is searched for each rune trimmed, at every
// question.
func isPieceEndMark(r rune) bool {
	switch r {
	case ' ', '.', '!', '?', ',', ';', ':', '—', '–', '-', '\n':
		return true
	}
	return false
}

// lastPieceStart returns where the last piece of s begins: after the
// last mark that ends a sentence, a comma or a dash between words,
// before the words that end s; 0 when s is one piece.
func lastPieceStart(s string) int {
	t := strings.TrimRightFunc(s, isPieceEndMark)
	for i := len(t) - 1; i > 0; i-- {
		if !pieceBytes[t[i]] {
			continue // (by table: most bytes are letters and spaces)
		}
		switch c := t[i]; {
		case c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == '\n':
			if c == '.' && i+1 < len(t) && t[i+1] != ' ' {
				continue // "3.5", "U.S"
			}
			return i + 1
		case c == '-' && i+1 < len(t) && t[i+1] == ' ' && t[i-1] == ' ':
			return i + 1
		case c >= utf8.RuneSelf:
			if r, n := utf8.DecodeLastRuneInString(t[:i+1]); r == '—' || r == '–' {
				return i + 1
			} else if n > 1 {
				i -= n - 1
			}
		}
	}
	return 0
}

// pieceBytes are the bytes lastPieceStart stops at: the marks it reads
// and every byte beyond ASCII.
var pieceBytes = func() (t [256]bool) {
	for _, c := range []byte(".!?,;\n-") {
		t[c] = true
	}
	for c := utf8.RuneSelf; c < len(t); c++ {
		t[c] = true
	}
	return t
}()

// checkTail reports whether words only ask whether what was said before
// is true, or is what the report says: every word is one such a check
// is made of, and one of them asks it ("true", "source", "fake", "back",
// "news").
func checkTail(ws []string) bool {
	asks := false
	if heardTail(ws) || lieTail(ws) {
		return true
	}
	if len(ws) > 0 && isQuestionWord(ws[0]) {
		return false // "what's the article say?" asks a question of its own
	}
	for i, w := range ws {
		switch {
		case truthWords[w] || verifyWords[w] || reportSaysWords[w] || checkAsks[w] || slangVerdicts[w]:
			asks = true
		case checkFrame[w] || reportFrameWords[w] || askingYouWords[w] || beAux[w] || vocatives[w] || w == "just":
		case w == "how" && i > 0 && (ws[i-1] == "that" || ws[i-1] == "this"):
			// "Is that how the report describes it?": the way of what
			// was said, no question of its own
		default:
			return false
		}
	}
	return asks
}

// heardTail reports whether words, after a claim, only say it is what
// the asker heard or read ("that's what i heard", "or so i've read", "so
// i was told"): hearsay put to check, as "..., true?" is.
func heardTail(ws []string) bool {
	n := 0
	switch {
	case len(ws) > 2 && (ws[0] == "thats" || ws[0] == "that") && ws[1] == "what":
		n = 2
	case len(ws) > 3 && ws[0] == "that" && (ws[1] == "is" || ws[1] == "'s") && ws[2] == "what":
		n = 3
	case len(ws) > 1 && ws[0] == "or" && ws[1] == "so":
		n = 2
	case len(ws) > 1 && ws[0] == "so":
		n = 1
	case len(ws) == 2 && ws[0] == "i" && heardVerbs[ws[1]]:
		return true // ", I read"
	default:
		return false
	}
	rest := ws[n:]
	if len(rest) > 0 && (rest[0] == "i" || rest[0] == "ive" || rest[0] == "we") {
		rest = rest[1:]
	}
	if len(rest) > 0 && rest[0] == "'ve" {
		rest = rest[1:]
	}
	if len(rest) > 0 && (rest[0] == "have" || rest[0] == "was" || rest[0] == "were") {
		rest = rest[1:]
	}
	return len(rest) == 1 && heardVerbs[rest[0]] && len(ws)-len(rest) > n
}

// heardVerbs say how the asker came by a claim, in a tail after it.
var heardVerbs = setOf("heard", "read", "told", "seen", "saw")

// checkAsks are words that, beside truthWords, ask of a claim whether
// it is true or is in the report ("fake", "source?", "is this in the
// news?", "fact check please"): claimTags ask it anywhere in a check.
var checkAsks = withWords(claimTags, "fake", "false", "wrong", "source", "sources", "news", "article", "report", "fact", "accurate", "accurately", "correctly",
	"so", "legit", "real", "really", "sure", "proof", "evidence", "cap", "bs", "true")

// checkFrame are the other words of a check ("is that so", "is the title
// right?", "is it in the report or not").
var checkFrame = setOf("that", "this", "it", "title", "headline", "he", "she", "they", "in", "from", "on", "or", "not", "no", "nah", "there", "up", "the", "a", "any", "of",
	"please", "pls", "plz", "lol", "lmao", "haha", "tho", "though", "then", "now", "ok", "okay", "hmm", "seriously", "even", "at", "all", "can", "could", "someone", "anyone", "somebody", "check", "checks",
	"date", "month", "year", "given")

// vocatives address the one asked, after a check ("Is that so, dear?").
var vocatives = withWords(botNames, vocativeOwn...)

// vocativeOwn are the vocatives that name no bot.
var vocativeOwn = []string{"dear", "darling", "honey", "sweetie", "love", "guys", "folks", "sir", "maam", "madam", "friend", "pal", "buddy", "bud",
	"fam", "boss", "king", "queen", "chief", "champ", "homie", "bruh", "bruv", "brother", "lad", "guy", "everyone", "all", "yall", "cher",
	"lads", "bru", "boet", "ser", "fren", "frens"} // "confirm ser?", "right, bru?": Irish, South African and crypto chat's

// botNames address the bot after a check (vocatives) and around small
// talk ("thanks bot": addressed).
var botNames = setOf("bot", "reportbot", "man", "dude", "bro", "mate")

// cutClaimLead cuts from the start of s what only frames the claim after
// it, as often as one frame follows another ("Podcast host here:
// ...", "I read a post that said ..."), and whether it cut any.
func (e *Engine) cutClaimLead(s string) (string, bool) {
	cut := false
	for range 4 {
		rest, ok := e.cutOneLead(s)
		if !ok {
			break
		}
		s, cut = rest, true
	}
	return s, cut
}

// cutOneLead cuts one frame from the start of s: a label before a colon,
// a scene set ("Grandma here."), a teller with their verb of saying, or a
// hedge that puts what follows to check.
func (e *Engine) cutOneLead(s string) (string, bool) {
	s = strings.TrimLeft(s, " \n")
	if rest, ok := cutReplyLead(s); ok {
		return rest, true // a chat reply's lead (chatreply.go)
	}
	if i := strings.IndexByte(s, ','); i > 0 && i < 8 && inLowered(vocatives, s[:i]) {
		return strings.TrimLeft(s[i+1:], " \n"), true // "Sir, ...": the one asked, addressed
	}
	if rest, ok := e.cutCheckingLead(s); ok {
		return rest, true
	}
	if rest, ok := cutCopyLead(s); ok {
		return rest, true // "Copy has ...", "Our par says ..." (copylead.go)
	}
	if i := strings.IndexAny(s, ":.!\n"); i > 0 && i+1 < len(s) {
		head := s[:i]
		hw := sentenceWords(head)
		if s[i] == ':' && len(hw) <= 6 && e.tellerWords(hw) ||
			len(hw) <= 4 && e.tellerWords(hw) && hw[len(hw)-1] == "here" {
			// "Headline:", "Letter to the editor:"; "Grandma here."
			return strings.TrimLeft(s[i+1:], " \n"), true
		}
	}
	if !mayOpenLead(s) {
		return s, false // (most questions: no word lowered, nothing cut)
	}
	// (on the stack for most messages: every question is read here)
	var fieldsBuf, lowBuf [32]string
	fields, low := fieldsBuf[:0], lowBuf[:0]
	for f := range strings.FieldsSeq(s) {
		if len(low) == 8 && !mayCutLead(low) {
			return s, false // (most questions: their words past the eighth are not read)
		}
		fields = append(fields, f)
		low = append(low, strings.ToLower(trimWordMarks(f)))
	}
	if n := hedgeLead(low); n > 0 {
		return strings.Join(fields[n:], " "), true
	}
	for k := 1; k < len(low) && k <= 7; k++ {
		if !tellerVerbFilter.may(low[k]) || !tellerVerbs[low[k]] {
			continue
		}
		if quotedWords(fields[:k+1]) {
			// "'significant casualties reported' — russian side
			// too?": a verb inside a quote is the quote's, and its
			// words no teller
			return s, false
		}
		if questionStarts[low[0]] || (determiners[low[k-1]] || theFigure[low[k-1]]) || !e.tellerWords(sentenceWords(strings.Join(fields[:k], " "))) {
			// (who says it is part of the claim when named: "Cho said
			// ...", "Kyiv says ..."; "the claim about" is no teller)
			return s, false
		}
		n := k + 1
		for n < len(low) && (low[n] == "me" || low[n] == "us" || low[n] == "that" || low[n] == "somewhere" || low[n] == "online") {
			n++
		}
		if n < len(low) && (low[n] == "about" && !(n+1 < len(low) && isNumber(strings.ReplaceAll(low[n+1], ",", ""))) || low[n] == "of" || low[n] == "on") {
			// (but "tells me about 4,000 ..." tells a figure)
			return s, false // "my friend told me about this ...": no claim
		}
		if len(low)-n < 3 {
			return s, false
		}
		return strings.Join(fields[n:], " "), true
	}
	return s, false
}

// mayCutLead reports whether the first words low of a message may open
// a frame cutOneLead cuts after them: a hedge's first word, or a teller's
// verb among its second to eighth words.
func mayCutLead(low []string) bool {
	if checkingLeads[low[0]] || askingYouWords[low[0]] || low[0] == "will" || low[0] == "confirm" || low[0] == "verify" || truthLead(low) > 0 || slices.ContainsFunc(claimHedges, func(h []string) bool { return h[0] == low[0] }) {
		return true
	}
	for _, w := range low[1:min(len(low), 8)] {
		if tellerVerbFilter.may(w) && tellerVerbs[w] {
			return true
		}
	}
	return false
}

// mayOpenLead reports whether s may open a frame cutOneLead cuts, as
// mayCutLead does of its first eight words lowered, with no word copied:
// its first word one a hedge, a check or a request to confirm opens
// (claimLeadOpeners; truthLead's "is", "would", "will"), or a teller's verb
// among its second to eighth. Every lead cutOneLead cuts after its
// checks above (hedgeLead's and the teller's) needs one of them, so a
// message with none is read no further.
func mayOpenLead(s string) bool {
	k := 0
	for f := range strings.FieldsSeq(s) {
		w := trimWordMarks(f)
		if k == 0 && inLowered(claimLeadOpeners, w) || k > 0 && inLowered(tellerVerbs, w) {
			return true
		}
		if k++; k == 8 {
			break
		}
	}
	return false
}

// claimLeadOpeners are the first words of the leads mayCutLead looks for.
var claimLeadOpeners = func() map[string]bool {
	set := withWords(checkingLeads, "will", "confirm", "verify", "is", "would")
	for w := range askingYouWords {
		set[w] = true
	}
	for _, h := range claimHedges {
		set[h[0]] = true
	}
	return set
}()

// trimWordMarks trims the marks around a word cutOneLead reads, with no
// cut set walked for a word that opens and ends with a letter or digit,
// as most do.
func trimWordMarks(f string) string {
	if asciiAlnum(f[0]) && asciiAlnum(f[len(f)-1]) {
		return f
	}
	return strings.Trim(f, ".,!?;:'\"“”‘’()")
}

// asciiAlnum reports whether c is an ASCII letter or digit.
func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// quotedWords reports whether a quote opens or closes among fields.
func quotedWords(fields []string) bool {
	return slices.ContainsFunc(fields, func(f string) bool {
		return strings.ContainsAny(f[:1], "'\"“‘") || strings.ContainsAny(f[len(f)-1:], "'\"”’") && !strings.HasSuffix(f, "s'")
	})
}

// namesReports reports whether words name one of the report's people,
// countries, places or bodies, a role, a number or a date: who says a
// claim, so named, is part of it.
func (e *Engine) namesReports(ws []string) bool {
	an := e.an.analyzeWords(ws, false)
	return slices.ContainsFunc(an.terms, func(t term) bool {
		return t.kind == KindEntity || t.kind == KindRole || t.kind == KindKey || t.person || isNumber(t.text)
	})
}

// tellerVerbs say that what follows is what someone said, wrote, or the
// asker heard or read; chat drops the g of their -ing ("mandem in the gc
// sayin ..."), and Patois "seh" is says ("mi cousin seh ...").
var tellerVerbs = setOf("says", "said", "saying", "say", "claims", "claimed", "claiming", "claim", "told", "tells", "telling",
	"insists", "insisted", "swears", "swore", "wrote", "writes", "posted", "posts", "tweeted", "argues", "argued",
	"heard", "read", "saw", "reckons", "reckoned", "thinks", "reported", "mentioned", "states", "stated", "puts",
	"sayin", "claimin", "tellin", "postin", "swearin", "seh")

// hedgeLead returns how many words open ws with a hedge that puts what
// follows to check ("correct me if i'm wrong but", "no way", "is it true
// that"), or 0.
func hedgeLead(ws []string) int {
	if n := truthLead(ws); n > 0 && len(ws) > n+2 {
		for n < len(ws) && ws[n] == "that" {
			n++
		}
		return n
	}
	if n := confirmLead(ws); n > 0 {
		return n
	}
	for _, h := range claimHedges {
		if len(ws) > len(h)+2 && slices.Equal(ws[:len(h)], h) {
			n := len(h)
			for n < len(ws) && (ws[n] == "but" || ws[n] == "that") {
				n++
			}
			return n
		}
	}
	return 0
}

// truthLead returns the length of a lead asking whether what follows
// may be said, however it words it ("is it accurate to state", "would it
// be correct to claim", "would it be right that"), or 0. "Is it true
// that" is not one: a claim after it is read as it stands (checksClaim).
func truthLead(ws []string) int {
	n := 0
	switch {
	case len(ws) > 3 && ws[0] == "is" && ws[1] == "it":
		n = 2
	case len(ws) > 4 && (ws[0] == "would" || ws[0] == "will") && ws[1] == "it" && ws[2] == "be":
		n = 3
	default:
		return 0
	}
	if !truthWords[ws[n]] && ws[n] != "fair" {
		return 0
	}
	n++
	if n+1 < len(ws) && ws[n] == "to" && sayVerbs[ws[n+1]] {
		return n + 2
	}
	if n < len(ws) && ws[n] == "that" && ws[0] != "is" {
		return n // "would it be correct that ...": "is it true that" is read as it stands
	}
	return 0
}

// sayVerbs are the verbs of "is it fair to say ...".
var sayVerbs = setOf("say", "state", "claim", "suggest", "conclude", "assert", "write", "report", "describe", "summarize", "summarise")

var claimHedges = [][]string{
	{"correct", "me", "if", "i'm", "wrong"}, {"correct", "me", "if", "im", "wrong"}, {"correct", "me", "if", "i", "am", "wrong"}, {"correct", "me", "if", "wrong"},
	{"no", "way"}, {"apparently"}, {"supposedly"}, {"allegedly"}, {"rumor", "has", "it"}, {"rumour", "has", "it"}, {"word", "is"},
}

// checkThenAsk reports whether a claim put to check is followed by a
// question of its own ("cho had a phone call about this, right? who was
// on the other end of the line?"): the claim is that question's premise,
// and its answer alone answers none of what the message asks.
func checkThenAsk(claim, then []string) bool {
	// (a question of what the claim names, "who published it
	// exactly?", "what is his proposal exactly", asks of the claim's
	// own answer)
	return len(then) > 0 && isQuestionWord(then[0]) && checksClaim(claim) &&
		!slices.ContainsFunc(findReferences(then), func(r reference) bool { return r.want != "other" })
}

// choiceOr reports whether ws join two things with "or", a choice asked,
// not claimed: not an "or" between two kinds of loss, which is one figure's
// ("over 3,000 dead or injured").
func choiceOr(ws []string) bool {
	for i, w := range ws {
		if w == "or" && !(i > 0 && i+1 < len(ws) && lossWords[ws[i-1]] && lossWords[ws[i+1]]) {
			return true
		}
	}
	return false
}

// lossWords are words of the kinds of loss the report's figures count
// ("captured" is none: no figure counts the captured, and "dead or
// captured" is a choice no figure answers).
var lossWords = setOf("dead", "killed", "died", "perished", "injured", "wounded", "hurt")

// checkingLeads open a message by saying the asker is checking what
// follows: "Checking a line in our copy — ...", "Reading 4,000
// fatalities as of early March. Correct?".
var checkingLeads = setOf("checking", "reading", "verifying", "double-checking", "fact-checking", "confirming", "rechecking")

// cutCheckingLead cuts a checking lead from the start of s: with the few
// words of what is checked before a dash or a colon ("Checking a line in
// our copy —"), words that name none of the report's; or alone before a
// figure ("Reading 4,000 ..."), the figure read being the claim. Before
// anything else ("Reading the report, ...", "Checking whether ...") it
// frames nothing: what follows is read as it stands.
func (e *Engine) cutCheckingLead(s string) (string, bool) {
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 || !inLowered(checkingLeads, s[:i]) {
		return s, false
	}
	rest := strings.TrimLeft(s[i:], " ")
	if j := strings.IndexAny(rest, ":—–"); j >= 0 {
		if hw := sentenceWords(rest[:j]); len(hw) <= 6 && e.tellerWords(hw) {
			_, size := utf8.DecodeRuneInString(rest[j:])
			return strings.TrimLeft(rest[j+size:], " \n"), true
		}
	}
	if ws := sentenceWords(rest); len(ws) > 2 && isNumber(strings.ReplaceAll(ws[0], ",", "")) {
		return rest, true
	}
	return s, false
}

// confirmLead returns how many words open ws with a request to confirm
// whether what follows is so ("Kindly confirm whether it was ...",
// "could you confirm that ...", "verify if ..."), or 0. Without
// "whether", "if" or "that" after it, what is to be confirmed is named,
// not claimed ("Confirm the month attached to ..."), and is read as it
// stands.
func confirmLead(ws []string) int {
	// askingYouWords open a request to confirm ("kindly", "could you"),
	// and so does "will you"; "will" is not one of them elsewhere, where
	// it says what is to come.
	n := 0
	for n < len(ws) && n < 3 && (askingYouWords[ws[n]] || ws[n] == "will") {
		n++
	}
	if n+4 >= len(ws) || ws[n] != "confirm" && ws[n] != "verify" {
		return 0
	}
	switch ws[n+1] {
	case "whether", "if", "that":
		return n + 2
	}
	return 0
}
