package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Two people's claims set against each other, and a question of who is
// right ("Jake: North Korea sent troops to Russia. Mina: nope, Russia
// sent troops to North Korea. who's right?", "Tom says the North Koreans
// fight in Kursk, Sam says Donbas. Who's correct?"): read whole, both
// claims' words weigh alike, and the question asks of no one the report
// names. The first claim is put to check alone, as "..., right?" (see
// claimframe.go): the report's answer confirms it, and is then given
// with no yes or no, as "who's right?" asks which claim, or corrects it
// with its own detail, which is the detail the two differ on. When the
// first is not answered, the second is tried.

// debatedClaims returns the claims a message sets against each other
// before a question of who is right, and whether it is such a message.
func debatedClaims(question string) ([]string, bool) {
	s := strings.TrimSpace(question)
	i := lastPieceStart(s)
	if i <= 0 || !whoIsRight(sentenceWords(s[i:])) {
		return nil, false
	}
	fields := strings.Fields(s[:i])
	var marks []int  // where each claim starts, after its teller
	var starts []int // where each teller starts
	for k, f := range fields {
		low := strings.ToLower(strings.Trim(f, ".,;!?\"'"))
		label := strings.HasSuffix(f, ":") && len(f) > 1 // "Jake:", "user A:"
		if !label && !debateVerbs[low] {
			continue
		}
		from := k
		if !label {
			// the teller: up to three words back, to the end of
			// the piece before
			for from > 0 && k-from < 3 && !strings.ContainsAny(fields[from-1][len(fields[from-1])-1:], ".,;:!?") {
				from--
			}
			if from == k {
				continue
			}
		} else {
			for from > 0 && k-from < 2 && !strings.ContainsAny(fields[from-1][len(fields[from-1])-1:], ".,;:!?") {
				from--
			}
		}
		starts, marks = append(starts, from), append(marks, k+1)
	}
	if len(marks) < 2 {
		return nil, false
	}
	var claims []string
	for j, m := range marks {
		end := len(fields)
		if j+1 < len(starts) {
			end = starts[j+1]
		}
		if m >= end {
			continue
		}
		c := fields[m:end]
		for len(c) > 0 && debateFiller[strings.ToLower(strings.Trim(c[0], ".,;!?"))] {
			c = c[1:]
		}
		claim := strings.Trim(strings.Join(c, " "), " .,;:!?")
		if len(strings.Fields(claim)) >= 3 {
			claims = append(claims, claim)
		}
	}
	return claims, len(claims) > 0
}

// whoIsRight reports whether words only ask which of two is right
// ("who's right?", "which is it per the report?", "who wins?").
func whoIsRight(ws []string) bool {
	if len(ws) == 0 || len(ws) > 8 || ws[0] != "who" && ws[0] != "whos" && ws[0] != "which" {
		return false
	}
	asks := false
	for _, w := range ws[1:] {
		switch {
		case w == "right" || w == "correct" || w == "wins" || w == "it":
			asks = true
		case !whoIsRightWords[w]:
			return false
		}
	}
	return asks
}

var whoIsRightWords = setOf("s", "'s", "is", "has", "got", "of", "us", "them", "one", "per", "the", "report", "article", "according", "to", "exactly", "here", "then")

// debateVerbs tell a claim, or the one who disagrees.
var debateVerbs = setOf("says", "say", "said", "claims", "thinks", "insists")

// debateFiller opens a claim without being part of it ("nope, ...", "it
// was ...").
var debateFiller = setOf("nope", "no", "nah", "that", "actually")

// answerDebate answers a message setting claims against each other by
// the first the report confirms, without the yes of its check; else by the first claim
// put to check that neither narrows nor widens what it claims ("only",
// "all", "regardless"), whose answer, not a yes, gives the report's own
// detail ("it was Cho"). A claim so narrowed that the report neither
// confirms nor corrects is answered by what it speaks of, not by what
// the two differ on.
func (e *Engine) answerDebate(question string, tr *trace) (Answer, bool) {
	if tr == nil {
		// a nil trace is the engine reading a question again for one
		// of its own steps: those readings are no debates (as in
		// claimframe.go)
		return Answer{}, false
	}
	if q, ok := withoutSides(question, e.knowsName); ok {
		return e.askedAs(question, q, "a choice with who holds each side, asked without them", tr)
	}
	claims, ok := debatedClaims(question)
	if !ok {
		return Answer{}, false
	}
	plain := -1
	for i, c := range claims {
		a, ok := e.askedAs(question, c+", right?", "two claims set against each other: one put to check", tr)
		if !ok {
			continue
		}
		if a.unconfirmed != "" {
			// "who's right?" asks which, not yes or no: the yes of the
			// claim's check would read as an answer to the other side
			// too; the answer is given as it stands, its lead with it
			a.Text = a.unconfirmed
			return a, true
		}
		tr.note("not the answer: " + a.EntryID + " neither confirms the claim nor is confirmed the other's")
		if plain < 0 && !slices.ContainsFunc(sentenceWords(c), func(w string) bool { return narrowingWords[w] }) {
			plain = i
		}
	}
	if plain < 0 {
		tr.note("no claim confirmed, nor one answered as it claims")
		return Answer{}, false
	}
	// asked again, so that the trace ends with the answer it gives (a
	// message of two claims is rare; its first reading was not kept)
	return e.askedAs(question, claims[plain]+", right?", "the first claim answered as it claims, its answer the report's detail", tr)
}

// narrowingWords narrow or widen what a claim claims.
var narrowingWords = setOf("only", "just", "solely", "exclusively", "all", "every", "each", "regardless", "always", "automatically", "whatever")

// withoutSides returns a choice that says who holds each side in
// parentheses ("is Cho the foreign minister (me) or the defense minister
// (Dave)?", "January 2025 (me) or December 2024 (my friend)?") without
// them: who holds a side is no part of the choice. It needs two such
// asides, each of at most three words, with an "or" between them, one
// of them surely naming who holds its side. known reports whether the
// pack knows a name (see sideHolder).
func withoutSides(question string, known func(string) bool) (string, bool) {
	if strings.IndexByte(question, '(') < 0 {
		return "", false // no aside: build nothing
	}
	var b strings.Builder
	rest, n, between, sure := question, 0, "", false
	for {
		i := strings.IndexByte(rest, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], ')')
		if j < 0 {
			return "", false
		}
		ws := strings.Fields(rest[i+1 : i+j])
		if len(ws) == 0 || len(ws) > 3 {
			return "", false
		}
		switch sideHolder(ws, known) {
		case notHolder:
			return "", false
		case holder:
			sure = true
		}
		if n == 1 {
			between = rest[:i]
		}
		b.WriteString(strings.TrimRight(rest[:i], " "))
		rest, n = rest[i+j+1:], n+1
	}
	b.WriteString(rest)
	if n != 2 || !sure || !slices.Contains(sentenceWords(between), "or") {
		return "", false
	}
	return b.String(), true
}

// How surely the words of an aside name who holds a side.
const (
	notHolder   = iota // "(3,000)", "(the foreign minister)"
	holder             // "(me)", "(my friend)", "(Dave)"
	maybeHolder        // "(Kim)", "(Russia)": a name the pack knows
)

// sideHolder tells whether the words in parentheses name who holds a
// side: the asker ("me"), someone of theirs ("my friend") or a name the
// pack does not know ("(Dave)") surely do; a name the pack knows may be
// a person ("(me) or ... (Kim)") or part of the choice ("Kursk (Russia)
// or Donbas (Ukraine)"), and holds a side only beside an aside that
// surely names a holder (see withoutSides).
func sideHolder(ws []string, known func(string) bool) int {
	if len(ws) == 1 {
		if r, _ := utf8.DecodeRuneInString(ws[0]); unicode.IsUpper(r) {
			if known(ws[0]) {
				return maybeHolder
			}
			return holder // "(Dave)", "(Émile)"
		}
	}
	switch strings.ToLower(ws[0]) {
	case "me", "i", "my", "him", "her", "his", "mine":
		return holder
	}
	return notHolder
}

// knowsName reports whether the analyzer reads the word w as a term the
// pack gives a kind (a name it knows: "Russia", "Kim" of North Korea's
// leader), not as a word it only carries ("Dave").
func (e *Engine) knowsName(w string) bool {
	return slices.ContainsFunc(e.an.analyze(w, false).terms, func(t term) bool { return t.kind != "" })
}
