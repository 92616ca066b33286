package knowledge

import (
	"slices"
	"strings"
)

// A curated answer may open with "Yes." because its entry's question asks
// yes or no ("Is South Korea ready to accept them?"). Asked another way
// ("Where would the prisoners go?", or a bare "seoul"), that opening
// answers nothing the user asked, so it is left off.

// polarOpenings are the openings left off an answer to a question that
// is not asked yes or no.
var polarOpenings = []string{"Yes. ", "Yes, ", "No. ", "No, "}

// fitPolar returns text without its yes or no when question does not ask
// yes or no, or asks it of all of a kind ("will South Korea accept every
// prisoner?") or of those who do not want what the condition asks ("will
// South Korea accept prisoners who don't want to come?", see wishTested),
// where the answer holds only on a condition ("... if they want to
// relocate"): "Yes" would say all, the answer says which. So too when it
// asks how things turn out ("will the POWs ultimately go to South
// Korea?"): the report gives an offer on a condition, and "Yes" would
// foretell what the condition leaves open.
func fitPolar(text, question string) string {
	rest := withoutPolar(text)
	if rest == text {
		return text
	}
	if ws := sentenceWords(question); !asksYesOrNo(question, ws) || asksPastCondition(question, ws) && conditional(rest) {
		return rest
	}
	return text
}

// sidedPolar returns text without its yes or no when the question puts
// a name on a side ("Is South Korea against Ukraine?") the answer does
// not put it on ("... its commitment to support Ukraine"): the yes
// would answer a question the answer does not (see sameSides).
func (e *Engine) sidedPolar(text, question string) string {
	if question == "" || !startsPolar(text) || !slices.ContainsFunc(sentenceWords(question), func(w string) bool {
		s := sideWords[w]
		return s == sideWith || s == sideAgainst || fightForms[w]
	}) {
		return text
	}
	if _, ok := e.sameSides(e.an.analyze(question, false), withoutPolar(text), true); !ok {
		return withoutPolar(text)
	}
	return text
}

// asksPastCondition reports whether a question asks past the condition
// an answer may hold on: of all of a kind, whatever happens, of a wish,
// of how things turn out, or of those who do not want what it asks (see
// fitPolar). A yes to it would say what holds only on the condition.
func asksPastCondition(question string, ws []string) bool {
	return asksOfAll(ws) || asksWhatever(ws) || asksWish(ws) || asksOutcome(ws) || testsWish(question)
}

// withoutPolar returns text without its opening yes or no, if it has one.
func withoutPolar(text string) string {
	for _, o := range polarOpenings {
		if rest, ok := strings.CutPrefix(text, o); ok && rest != "" {
			return upperFirst(rest)
		}
	}
	return text
}

// asksWish reports whether a question asks of someone's wish or consent
// ("are the POWs willing to go?", "did they agree to move?"): an answer
// that holds if they want to says that it is a condition, not that they
// want to, so its "Yes." would answer what the report does not say.
func asksWish(ws []string) bool {
	for _, w := range ws {
		if w == "if" || w == "unless" || w == "provided" {
			return false // "will they accept them if they want?" states the condition
		}
		if consentWords[w] {
			return true
		}
	}
	return false
}

// consentWords ask of a wish or a consent, in any form (wishWords, in
// rephrase.go, are the verbs whose negation tests the condition).
var consentWords = setOf("want", "wants", "wanted", "willing", "wish", "wishes", "wished", "desire", "desires", "agree", "agreed", "agrees", "consent", "consented", "choose", "chose", "chosen", "interested")

// asksOutcome reports whether a question asks how things turn out in
// the end ("will the POWs ultimately go to South Korea?", "do they end up
// in Seoul?"), not whether someone will do what they said they would.
func asksOutcome(ws []string) bool {
	for i, w := range ws {
		if outcomeWords[w] || w == "end" && i+1 < len(ws) && ws[i+1] == "up" {
			return true
		}
	}
	return false
}

// outcomeWords say how things turn out in the end.
var outcomeWords = setOf("eventually", "ultimately", "finally")

// asksOfAll reports whether a question speaks of all of a kind ("every",
// "all", "each"); not "after all this", "at all", nor "any" ("any chance
// South Korea accepts them?" asks whether it does, see asksWhatever).
func asksOfAll(ws []string) bool {
	for i, w := range ws {
		if allWords[w] && !(i > 0 && (ws[i-1] == "after" || ws[i-1] == "at")) && !(i+1 < len(ws) && (ws[i+1] == "this" || ws[i+1] == "that")) {
			return true
		}
	}
	return false
}

// allWords speak of all of a kind.
var allWords = setOf("every", "all", "each", "everyone", "everybody")

// asksWhatever reports whether a question asks of an outcome whatever
// happens ("does he automatically go to South Korea?", "will they be sent
// no matter what?") or of whoever it may be, "any" after a modal or
// "just" ("would SK just take any NK soldier?", "can any POW go?"): as of
// all of a kind, "Yes" would say what holds only on a condition. Not "any"
// that asks whether there is one ("any chance ...?", "does the report
// state any commitment?"), nor a question that states the condition
// itself ("would they only take them if they want to? my uncle says no
// matter what"), by a wish after "if".
func asksWhatever(ws []string) bool {
	if k := slices.IndexFunc(ws, func(w string) bool { return w == "if" || w == "unless" || w == "provided" }); k >= 0 && slices.ContainsFunc(ws[k:], func(w string) bool { return consentWords[w] }) {
		return false // not "if a soldier is captured, does he go automatically?"
	}
	for i, w := range ws {
		if unconditionalWords[w] || w == "no" && i+1 < len(ws) && ws[i+1] == "matter" {
			return true
		}
		if w == "any" && i+1 < len(ws) && !anyWhether[ws[i+1]] && slices.ContainsFunc(ws[:i], func(w string) bool { return modals[w] || future[w] || w == "just" }) {
			return true
		}
	}
	return false
}

// unconditionalWords speak of an outcome whatever happens.
var unconditionalWords = setOf("automatically", "automatic", "regardless", "unconditionally", "whatever", "anyway")

// anyWhether are the words after "any" that ask whether there is one,
// not of whoever it may be: "any chance", "any sign", "any condition".
var anyWhether = setOf("chance", "chances", "sign", "signs", "way", "reason", "idea", "word", "news", "evidence", "indication",
	"plan", "plans", "update", "info", "information", "details", "detail", "mention", "more", "other", "condition", "conditions",
	"strings", "catch", "requirement", "requirements", "limit", "limits", "numbers", "number", "figures", "time")

// conditional reports whether an answer says it holds only on a condition.
func conditional(answer string) bool {
	return anyCondition(sentenceWords(answer))
}

// anyCondition is conditional of an answer's words.
func anyCondition(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return conditionWords[w] })
}

// conditionWords say that what a sentence says holds on a condition.
var conditionWords = setOf("if", "only", "provided", "unless", "condition", "willing")

// asksYesOrNo reports whether a question asks yes or no: its first
// question word is an auxiliary ("did they ...", "so is it true ..."), or
// it has none and ends with a question mark ("nk sent troops?"); and it
// offers no alternatives ("captured by Ukraine or any soldier?" asks
// which, "... or not?" still yes or no). ws are its words.
func asksYesOrNo(question string, ws []string) bool {
	if polar, ok := polarWords(ws); ok {
		return polar
	}
	return strings.HasSuffix(strings.TrimSpace(question), "?")
}

// polarWords reports whether words ask yes or no, as asksYesOrNo reads
// them, and ok false where only a question mark would tell.
func polarWords(ws []string) (polar, ok bool) {
	for i, w := range ws {
		if w == "or" && i+1 < len(ws) && !yesOrNoTails[ws[i+1]] {
			return false, true
		}
	}
	return opensAuxiliary(ws)
}

// opensAuxiliary reports whether words open with an auxiliary, as a
// question asking yes or no (or which of alternatives) does: its first
// question word is one ("is the 4,000 ..."), not a wh-word; ok false where
// it has none.
func opensAuxiliary(ws []string) (aux, ok bool) {
	for _, w := range ws {
		switch {
		case isQuestionWord(w):
			return false, true
		case questionStarts[w] && w != "in":
			return true, true
		}
	}
	return false, false
}

// figureTested returns the measures a question opened by an auxiliary asks
// whether a figure counts, with the figure (a number, or a word for one)
// before them: the key words after a word that includes, in a question
// asking yes or no ("Does the January figure count only the dead?", "Is
// it true that the 4,000 figure includes the wounded?"); or the key words
// of a choice between one measure and more ("is the 4,000 just deaths or
// deaths plus injuries?", "the figure is deaths only, not deaths and
// injuries?", see measureOrMore). Such a question is answered by the
// entry that gives the figure, whose answer says what it counts; it need
// not count the measure asked of it. k is the index of the word that
// includes, or of the figure.
func figureTested(ws []string, ts []term) (keys []string, k int) {
	if aux, _ := opensAuxiliary(ws); !aux {
		return nil, -1
	}
	figure := -1
	k = -1
	for i, w := range ws {
		if figure < 0 && (isNumber(w) || figureNouns[w]) {
			figure = i
		}
		if includes[w] && figure >= 0 {
			k = i
			break
		}
	}
	if figure < 0 {
		return nil, -1
	}
	polar, _ := polarWords(ws)
	if k < 0 || !polar {
		if !measureOrMore(ws, ts, figure) {
			return nil, -1
		}
		k = max(k, figure)
	}
	for _, t := range ts {
		if t.pos > k && t.kind == KindKey && !isDate(t) && !dateKey(t.text) && !slices.Contains(keys, t.text) {
			keys = append(keys, t.text)
		}
	}
	return keys, k
}

// measureOrMore reports whether the words after index from offer a
// measure alone and with another as alternatives: a key word, a word
// that offers another ("or", "not"), the same key word again, and another
// key word ("killed or killed and wounded"). What a figure counts is
// asked, not a part of it ("were more of the 3,000 killed or injured?").
func measureOrMore(ws []string, ts []term, from int) bool {
	var measures []term
	for _, t := range ts {
		if t.pos > from && t.kind == KindKey && !isDate(t) && !dateKey(t.text) {
			measures = append(measures, t)
		}
	}
	for i, a := range measures {
		for _, b := range measures[i+1:] {
			if b.text == a.text && slices.ContainsFunc(ws[a.end:b.pos], func(w string) bool { return offersAnother[w] }) &&
				slices.ContainsFunc(measures, func(o term) bool { return o.text != a.text }) {
				return true
			}
		}
	}
	return false
}

// offersAnother are the words between alternatives.
var offersAnother = setOf("or", "not", "vs", "versus", "instead")

// yesOrNoTails are the words after "or" that keep a question yes or no.
var yesOrNoTails = setOf("not", "no", "nah", "what", "something", "anything", "so", "nope", "whatever")

// testsWish reports whether a question asked yes or no tests the wish a
// condition asks, by its negation (see wishTested).
func testsWish(question string) bool {
	ws := splitWords(countryUS(withoutMarkup(question)))
	return !slices.Equal(wishTested(slices.Clone(ws)), ws)
}
