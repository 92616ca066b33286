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
}

// talkPhrase is one of the small-talk table's phrases, as words.
type talkPhrase struct {
	words []string
	row   int
}

func newTalkIndex(rows []SmallTalk) talkIndex {
	t := talkIndex{rows: rows, byFirst: map[string][]talkPhrase{}}
	at := map[string]int{} // a phrase said twice is the later row's
	for i, r := range rows {
		for _, s := range r.Says {
			ws := splitWords(s)
			if len(ws) == 0 {
				continue
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
	return t
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

// addressed are the words around small talk that say nothing more: the
// names that address the bot ("thanks bot", "thanks mate"), and the
// fillers of a thanks.
var addressed = withWords(botNames, addressedOwn...)

// addressedOwn are the words of addressed that name no bot.
var addressedOwn = []string{"again", "so", "very", "much", "a", "lot", "u", "you",
	// and the words that join one phrase to the next ("thank you very
	// much, is very helpful for me", "thanks, this was really helpful")
	"is", "it", "s", "was", "this", "that", "for", "me", "really", "super"}

// smallTalk returns the row of the pack's small-talk table that a
// sentence is, or -1: every word of it is one of the table's phrases or
// addresses the bot, and the last phrase decides ("ok thanks" thanks).
func (e *Engine) smallTalk(ws []string) int {
	if len(ws) > 3*e.talk.longest {
		return -1
	}
	row := -1
	for i := 0; i < len(ws); {
		r, n := e.talk.match(ws[i:])
		switch {
		case n > 0:
			row = r
			i += n
		case addressed[ws[i]] && row >= 0:
			i++
		default:
			return -1
		}
	}
	return row
}

// talkPrefix returns how many words at the start of ws are small talk that
// opens a question ("ok", "thx", "lol ok"): short phrases that ask nothing
// themselves.
func (e *Engine) talkPrefix(ws []string) int {
	n := 0
	for n < len(ws) {
		_, k := e.talk.match(ws[n:])
		if k == 0 || k > 2 || whWords[ws[n]] || questionStarts[ws[n]] {
			break
		}
		n += k
	}
	return n
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
