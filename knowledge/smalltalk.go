package knowledge

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Small talk ("thanks", "good bot", "ok", "lol", "bye", "are you a bot?")
// gets the short reply the pack gives it (its [[smalltalk]] table), never
// a decline nor the whole greeting. A message is small talk when it is
// nothing but such phrases; before a question ("thx. and who is Cho?",
// "ok, what did he say?") they are dropped.

// talkIndex finds the pack's small-talk phrases among words.
type talkIndex struct {
	rows    []SmallTalk
	longest int // in words
	// byFirst are the phrases by their first word, each with its row,
	// longest first: most sentences start with none, and one that does
	// ("what", "how", "is") is compared with a few, word by word, with
	// nothing joined or hashed.
	byFirst map[string][]talkPhrase
	// words are the words of its phrases, and the words that address
	// the bot: a word stretched for tone is read as one of them ("tyyy",
	// "lmaooo", "thankss", "hahahaha").
	words map[string]bool
	// wordsFilter is words' (wordfilter.go): most words of a question
	// are none of them, and are ruled out with no lookup.
	wordsFilter *wordFilter
	// after are, by row, the words after which what it is for follows
	// ("thanks for the help").
	after []map[string]bool
	// emoji are the rows by their emoji.
	emoji map[rune]int
}

// talkPhrase is one of the small-talk table's phrases, as words.
type talkPhrase struct {
	words []string
	row   int
}

func newTalkIndex(rows []SmallTalk) talkIndex {
	t := talkIndex{rows: rows, byFirst: map[string][]talkPhrase{}, words: withWords(addressed), after: make([]map[string]bool, len(rows)), emoji: map[rune]int{}}
	at := map[string]int{} // a phrase said twice is the later row's
	for i, r := range rows {
		t.after[i] = setOf(r.After...)
		for _, m := range r.Emoji {
			em, _ := utf8.DecodeRuneInString(m)
			t.emoji[em] = i
		}
		for _, s := range r.Says {
			ws := splitWords(s)
			if len(ws) == 0 {
				continue
			}
			for _, w := range ws {
				t.words[w] = true
			}
			key := strings.Join(ws, " ")
			if k, ok := at[key]; ok {
				t.byFirst[ws[0]][k].row = i
				continue
			}
			at[key] = len(t.byFirst[ws[0]])
			t.byFirst[ws[0]] = append(t.byFirst[ws[0]], talkPhrase{ws, i})
			t.longest = max(t.longest, len(ws))
		}
	}
	for _, ps := range t.byFirst {
		// (no two are the same words, so none of the same length both match)
		slices.SortStableFunc(ps, func(x, y talkPhrase) int { return len(y.words) - len(x.words) })
	}
	t.wordsFilter = filterOf(t.words)
	return t
}

// isWord reports whether w is one of t.words.
func (t *talkIndex) isWord(w string) bool {
	return t.wordsFilter.may(w) && t.words[w]
}

// match returns the row and length of the longest phrase at the start of
// ws, or -1.
func (t *talkIndex) match(ws []string) (row, n int) {
	if len(ws) == 0 {
		return -1, 0
	}
	for _, p := range t.byFirst[ws[0]] {
		if len(p.words) <= len(ws) && slices.Equal(p.words, ws[:len(p.words)]) {
			return p.row, len(p.words)
		}
	}
	return -1, 0
}

// talkWords returns ws with each word stretched for tone read as the
// word of small talk it is ("tyyy" ty, "thank youuu", "okk", "lmaooo",
// "hahahaha" haha, "lololol" lol); ws itself when none is.
func (t *talkIndex) talkWords(ws []string) []string {
	var out []string
	for i, w := range ws {
		if !chatSpellingFilter.may(w) {
			// (most words: no lookup)
		} else if s, ok := chatSpellings[w]; ok {
			if out == nil {
				out = slices.Clone(ws)
			}
			out[i] = s
			continue
		}
		if t.isWord(w) {
			continue
		}
		if u, ok := t.unstretched(w); ok {
			if out == nil {
				out = slices.Clone(ws)
			}
			out[i] = u
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// keeps reports whether talkWords leaves w as it is: no chat spelling,
// and a word of the talk's own.
func (t *talkIndex) keeps(w string) bool {
	if chatSpellingFilter.may(w) {
		if _, ok := chatSpellings[w]; ok {
			return false
		}
	}
	return t.isWord(w)
}

// tripled reports whether w has a letter typed three times in a row.
func tripled(w string) bool {
	for i := 2; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] == w[i-2] && 'a' <= w[i] && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// chatSpellings are the words chat spells by their sound, read in small
// talk as the words they are ("r u real", "who made u", "ur the best"; a
// "you're" is read "you").
var chatSpellings = map[string]string{"u": "you", "r": "are", "ur": "you", "thnk": "thank"}

var chatSpellingFilter = filterOf(chatSpellings)

// unstretched returns the word of small talk w is stretched from: its
// runs of three or more letters typed twice or once ("okkk", "tyyy"), its
// last letter typed once ("thankss", "lmaoo"), or a laugh's last syllable
// typed once, as often as it is repeated ("hahahaha", "lololol").
func (t *talkIndex) unstretched(w string) (string, bool) {
	if tripled(w) { // most words are not: nothing is built for them
		twice, once, _ := unstretch(w)
		for _, c := range []string{twice, once} {
			if t.isWord(c) {
				return c, true
			}
		}
		w = once
	}
	if n := len(w); n > 2 && w[n-1] == w[n-2] && t.isWord(w[:n-1]) {
		return w[:n-1], true
	}
	for n := len(w); n >= 4 && w[n-2:] == w[n-4:n-2]; n -= 2 {
		if t.isWord(w[:n-2]) {
			return w[:n-2], true
		}
	}
	return "", false
}

// addressed are the words around small talk that say nothing more: the
// words that address the one spoken to ("thanks bot", "thanks mate",
// "thanks dear": every vocative), and the fillers of a thanks ("my" of
// "thanks my guy").
var addressed = withWords(vocatives, addressedOwn...)

// addressedOwn are the words of addressed that are no vocative.
var addressedOwn = []string{"again", "so", "very", "much", "a", "lot", "u", "you", "my", "please", "pls", "plz", "'s",
	// and what is left of an emoticon (":D", ":P")
	"d", "p",
	// and the words that join one phrase to the next ("thank you very
	// much, is very helpful for me", "thanks, this was really helpful")
	"is", "it", "s", "was", "this", "that", "for", "me", "really", "super"}

// talkLead are the words that may open small talk, saying of whom it is
// ("you're useless", "this bot is great", "that's wrong") or whom it
// addresses ("bro thanks"), when no
// question word is first ("is it ok?" asks).
var talkLead = withWords(vocatives, "you", "youre", "yours", "this", "that", "thats", "it", "its", "'s", "s", "is", "are", "was", "a", "an", "the", "bot",
	"so", "really", "very", "such", "just")

// smallTalk returns the row of the pack's small-talk table that a
// sentence is, or -1: every word of it is one of the table's phrases or
// addresses the bot, and the last phrase decides ("ok thanks" thanks), of
// those not minor ("who made you lol").
func (e *Engine) smallTalk(ws []string) int {
	if len(ws) > 3*e.talk.longest {
		return -1
	}
	ws = e.talk.talkWords(ws)
	row := -1
	for i := 0; i < len(ws); {
		r, n := e.talk.match(ws[i:])
		switch {
		case n > 0:
			if row < 0 || !e.talk.rows[r].Minor || e.talk.rows[row].Minor {
				row = r
			}
			i += n
		case row < 0 && talkLead[ws[i]] && (i > 0 || !questionStarts[ws[i]]):
			// "you're useless", "this bot sucks", "u r a good bot"
			i++
		case row >= 0 && e.talk.after[row][ws[i]] && forWhat(ws[i+1:]):
			// "thanks for the help": what it is for says nothing more
			return row
		case addressed[ws[i]] && row >= 0:
			i++
		default:
			return -1
		}
	}
	return row
}

// greetsWith reports whether ws[i] is part of a greeting: whom it
// addresses, right after it ("hey buddy", "hello sir": no ally, no
// knight), or the "good" of "good morning".
func greetsWith(ws []string, i int) bool {
	switch {
	case vocatives[ws[i]]:
		return i > 0 && greetings[ws[i-1]]
	case ws[i] == "good":
		return i+1 < len(ws) && greetings[ws[i+1]]
	}
	return false
}

// talkPrefix returns how many words at the start of ws are small talk that
// opens a question ("ok", "thx", "lol ok"): short phrases that ask nothing
// themselves, the bot addressed after them or after a greeting ("thanks
// buddy, who is Cho?", "hey buddy, who is Cho?"),
// and what a thanks is for, to the question ("thanks for the help, who is
// Cho?"); more reports that it took such words besides the phrases, which
// the engine would read ("buddy" an ally, "boss" a head).
func (e *Engine) talkPrefix(ws []string) (n int, more bool) {
	if len(ws) > 0 && (whWords[ws[0]] || questionStarts[ws[0]]) && e.talk.keeps(ws[0]) {
		return 0, false // (most questions: their words need no chat spelling read)
	}
	ws = e.talk.talkWords(ws)
	row := -1
	for n < len(ws) {
		w := ws[n]
		if whWords[w] || questionStarts[w] {
			break
		}
		if r, k := e.talk.match(ws[n:]); k > 0 && k <= 2 {
			n, row = n+k, r
			continue
		}
		if n == 0 && len(ws) > 2 && greetings[w] && vocatives[ws[1]] {
			// "hey buddy, who is Cho?"
			n, more = 2, true
			continue
		}
		if row >= 0 && vocatives[w] {
			n, more = n+1, true
			continue
		}
		if row >= 0 && e.talk.after[row][w] {
			k := slices.IndexFunc(ws[n+1:], func(w string) bool { return whWords[w] || joins[w] })
			if k > 0 && forWhat(ws[n+1:n+1+k]) {
				n, more = n+1+k, true
			}
		}
		break
	}
	return n, more
}

// forWhat reports whether ws only say what small talk is for, to the
// sentence's end ("the help", "explaining", "your answers, they were very
// useful"): a few words, none that asks or joins a second thing ("but").
func forWhat(ws []string) bool {
	return len(ws) > 0 && len(ws) <= 8 && !slices.ContainsFunc(ws, func(w string) bool { return whWords[w] || questionStarts[w] || joins[w] })
}

// emojiTalk returns the row of small talk a message of nothing but emoji
// is ("👍", "😂😂", "🙏 ❤️"), the last the table has deciding, or -1.
func (t *talkIndex) emojiTalk(message string) int {
	row := -1
	for _, r := range message {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return -1
		case isEmoji(r):
			if i, ok := t.emoji[r]; ok {
				row = i
			}
		}
	}
	return row
}

// isEmoji reports whether r is a pictograph (an emoji's main rune, not
// its variation selector nor skin tone).
func isEmoji(r rune) bool {
	return unicode.Is(unicode.So, r)
}

// smallTalkAnswer is the reply to small talk of the given row.
func (e *Engine) smallTalkAnswer(message string, row int) Answer {
	a := e.newAnswer(message)
	r := e.talk.rows[row]
	a.Outcome, a.Text = Chat, r.Reply
	if r.Starters {
		e.relate(&a, e.starters(3))
	}
	return a
}

// splitMessage cuts a message into its sentences, each with its closing mark:
// at ".", "!", "?" or a line break before the next word, not after an
// initial or a short title ("U.S.", "Mr."), nor in a number ("3.5"); and at
// a pictograph (an emoji), which ends a thought as a full stop does and is
// dropped; and at a mention after a quoted line ("> ...", quotedclaim.go).
func splitMessage(s string) []string {
	return slices.Collect(sentencesOf(s))
}

// appendSentences appends the sentences of s, as splitMessage cuts them,
// to buf: given a small array on the caller's stack, a message of a
// sentence or a few is cut without allocating.
func appendSentences(buf []string, s string) []string {
	for part := range sentencesOf(s) {
		buf = append(buf, part)
	}
	return buf
}

// severalSentences reports whether splitMessage(s) holds two sentences or
// more, without cutting them out: the steps that read only a message of
// several (a sign-off, a request reported) ask it of every question.
func severalSentences(s string) bool {
	n := 0
	for range sentencesOf(s) {
		if n++; n > 1 {
			return true
		}
	}
	return false
}

// sentencesOf yields the sentences of s, as splitMessage cuts them.
func sentencesOf(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c >= utf8.RuneSelf {
				r, n := utf8.DecodeRuneInString(s[i:])
				if unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) {
					if part := strings.TrimSpace(s[start:i]); part != "" && !yield(part) {
						return
					}
					start = i + n
				}
				i += n - 1
				continue
			}
			if c == '@' && i > start && s[i-1] == ' ' && quotedLine(s[start:i]) {
				// a mention after a quoted line that lost its line
				// break ("> budanov is russian intel @ReportBot who is
				// he actually") opens the asker's own sentence
				if part := strings.TrimSpace(s[start:i]); part != "" && !yield(part) {
					return
				}
				start = i
				continue
			}
			if c != '.' && c != '!' && c != '?' && c != '\n' {
				continue
			}
			j := i + 1
			for j < len(s) && (s[j] == '.' || s[j] == '!' || s[j] == '?') {
				j++
			}
			if c != '\n' && j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '"' && s[j] != ')' {
				continue // "3.5", "tl;dr", "U.S"
			}
			if c == '.' && abbreviation(s[start:i]) {
				continue
			}
			if part := strings.TrimSpace(s[start:j]); part != "" && !yield(part) {
				return
			}
			start, i = j, j-1
		}
		if part := strings.TrimSpace(s[start:]); part != "" {
			yield(part)
		}
	}
}

// requests open a sentence that asks without a question word ("Name the
// two officials", "Explain the JCS warning").
var requests = setOf("tell", "explain", "name", "list", "describe", "compare", "give", "show", "summarize", "summarise",
	"define", "identify", "clarify", "remind", "help", "whats", "wheres", "whos", "hows", "whens", "whys")

// isQuestion reports whether a sentence asks, read as the words ws: a
// question mark, or a question word, an auxiliary or a request first, or
// a request for a question word inside it ("I would be grateful if
// someone could remind me who made the offer.").
func isQuestion(s string, ws []string) bool {
	if strings.HasSuffix(strings.TrimRight(s, " \"')"), "?") {
		return true
	}
	if len(ws) > 0 && (whWords[ws[0]] || bareAsk(ws) || questionStarts[ws[0]] && ws[0] != "in" || requests[ws[0]] || slices.Equal(ws[:min(2, len(ws))], []string{"i", "wonder"})) {
		return true
	}
	if endsAsking(ws) {
		return true // "first time since when fr" (endsasking.go)
	}
	if k := movedOn(ws); k > 0 && k < len(ws) && whWords[ws[k]] {
		// "so what's the other guy's job then": a question word after
		// the words that only move the talk on asks, as it does first
		return true
	}
	for i, w := range ws {
		if !requests[w] && !wondering[w] {
			continue
		}
		for j := i + 1; j < len(ws) && j <= i+2; j++ {
			if whWords[ws[j]] || ws[j] == "whether" {
				return true
			}
			if ws[j] != "me" && ws[j] != "us" {
				break
			}
		}
	}
	return false
}

// wondering are the words that ask indirectly before a question word ("I
// wonder who", "I'd like to know where").
var wondering = setOf("wonder", "wondering", "know", "understand", "ask", "asking")

// movedOn returns how many words open ws only to move the talk on ("so",
// "ok so", "oh wait"; see movesOn).
func movedOn(ws []string) int {
	k := 0
	for k < len(ws) && movesOn[ws[k]] {
		k++
	}
	return k
}

// afterWords returns the text s after its first words ws, as
// sentenceWords read them, with the marks between; s itself when they
// are not found in it.
func afterWords(s string, ws []string) string {
	lower := strings.ToLower(s)
	if len(lower) != len(s) {
		return s
	}
	at := 0
	for _, w := range ws {
		i := strings.Index(lower[at:], w)
		if i < 0 {
			return s
		}
		at += i + len(w)
	}
	return strings.TrimLeft(s[at:], " ,.!;:-")
}
