package knowledge

import (
	"slices"
	"strings"
)

// A wh-question may end with the asker's guess at its answer, set off by
// a dash or a comma: "Which country did Cho say South Korea remains
// committed to supporting — Russia?", "Which soldiers are trained and
// monitored in Kursk, the South Korean ones?", "so who's running kursk
// now, is it the ukrainians?" (an "is it" or "was it" only puts the
// guess). When the guess is wrong, no
// entry answers the whole; the question without it is what is asked, and
// its answer is the correction (Ukraine; the North Korean ones). Only a
// short guess with no act, question word, choice or list in it is one
// ("— Russia or Ukraine?" is a choice, choice.go's; ", and why?" a second
// question), not one opening with a preposition ("..., in January?"
// narrows what is asked), and not after a question whose pronoun the
// guess may name ("what did he say, Budanov?").

// beforeGuess answers question without the guess after its wh-question,
// when that is answered.
func (e *Engine) beforeGuess(question string, tr *trace) (Answer, bool) {
	head, ok := e.guessedAfter(question)
	if !ok {
		return Answer{}, false
	}
	return e.askedAs(question, head, "asked without the guess after it", tr)
}

// guessedAfter returns the wh-question before a guess at its end (see
// beforeGuess), with its question mark, and whether it has one.
func (e *Engine) guessedAfter(question string) (string, bool) {
	q := strings.TrimSpace(question)
	tagged := false // the guess ends "or what": one, asking
	if t := strings.TrimRight(q, "?!. "); len(t) > 8 {
		// "..., like a full squad or what": the tag only says the guess
		// is one, asking
		for _, tag := range guessTags {
			if hasLoweredSuffix(t, tag) {
				q = t[:len(t)-len(tag)] + "?"
				tagged = true
				break
			}
		}
	}
	marked := strings.HasSuffix(q, "?")
	q = strings.TrimRight(q, "?!. ")
	cut := -1
	for _, sep := range [...]string{" — ", " – ", " - ", "--"} {
		if i := strings.LastIndex(q, sep); i > cut {
			cut = i
		}
	}
	if cut < 0 {
		// else the last comma, not one grouping digits ("10,000")
		for i := strings.LastIndexByte(q, ','); i > 0; i = strings.LastIndexByte(q[:i], ',') {
			if !(isDigit(q[i-1]) && i+1 < len(q) && isDigit(q[i+1])) {
				cut = i
				break
			}
		}
	}
	if cut <= 0 {
		return "", false
	}
	head, tail := q[:cut], strings.TrimLeft(q[cut:], " —–-,")
	if strings.ContainsAny(q, "?!.") {
		return "", false // one sentence: not "how many? like 10k? 12k?"
	}
	hws, tws := sentenceWords(head), sentenceWords(tail)
	hws, _ = dropLeadingTalk(hws, e) // "gg, and how many ..., like a full squad or what"
	hws = hws[movedOn(hws):]         // "so who's running kursk now, ..."
	if len(hws) > 1 && !whWords[hws[0]] && whWords[hws[1]] && !slices.ContainsFunc(e.an.analyze(strings.Join(hws[:2], " "), false).terms, func(t term) bool { return t.pos == 0 }) {
		// a word hailing the one asked that the pack reads as nothing
		// before a wh-question: "bestie who's in charge of kursk rn,,
		// ukraine??"
		hws = hws[1:]
	}
	if len(tws) > 2 && (tws[0] == "is" || tws[0] == "was") && tws[1] == "it" {
		// "..., is it the ukrainians?" guesses as "..., the ukrainians?";
		// the "is it" asks, with or without its mark ("who controls
		// kursk now, is it still ukraine's bit"), and an adverb after it
		// only says how the asker holds the guess
		tws = tws[2:]
		for len(tws) > 1 && midAdverbs[tws[0]] {
			tws = tws[1:]
		}
		tail = strings.Join(tws, " ")
		marked = true
	}
	if !marked && !tagged {
		return "", false
	}
	if tagged && len(tws) > 1 && len(tws) <= 4 && prepositions[tws[0]] && len(hws) >= 3 && whWords[hws[0]] &&
		!slices.ContainsFunc(tws, func(w string) bool { return isQuestionWord(w) || pronouns[w] || w == "or" || w == "and" }) &&
		!slices.ContainsFunc(e.an.analyze(tail, false).terms, func(t term) bool { return t.kind == KindAct || t.kind == KindQuestion || t.kind == KindKey }) {
		// "how'd he pitch it to them, at some big summit or what?": a
		// guess at where or how, tagged as one, names no one a pronoun
		// of the question could be; untagged ("..., in January?") it
		// narrows what is asked
		return head + "?", true
	}
	if len(hws) < 3 || len(tws) == 0 || len(tws) > 4 || !whWords[hws[0]] && hws[0] != "when" ||
		slices.ContainsFunc(hws, func(w string) bool { return pronouns[w] || personPronouns[w] }) ||
		prepositions[tws[0]] || questionStarts[tws[0]] ||
		slices.ContainsFunc(tws, func(w string) bool { return isQuestionWord(w) || pronouns[w] || w == "or" || w == "and" }) {
		return "", false
	}
	an := e.an.analyze(tail, false)
	named := slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindEntity || t.kind == KindRole })
	if len(an.terms) == 0 || slices.ContainsFunc(an.terms, func(t term) bool {
		// (a word no synonym reads beside a name or role is part of
		// it: "minister of defence")
		return t.kind != KindEntity && t.kind != KindRole && !isNumber(t.text) && !slices.Contains(an.unknown, t.text) && !(named && t.kind == "")
	}) {
		// a guess names someone or something (a name, a role, a word
		// the pack does not know: "the Hwasong"), or gives a number:
		// not "..., proof?"
		return "", false
	}
	return head + "?", true
}

// guessTags end a guess, asking whether it is right.
var guessTags = []string{" or what", " or wha", " or wat", " or something", " or smth", " or sth", " or so"}
