package knowledge

import "strings"

// A question may ask where a figure comes from, or how sure it is, naming
// the figure by what it counts instead of pointing at it: "where do those
// casualty numbers come from?", "who gave the casualty numbers?", "what's
// the source of the casualty figures?". After an answer that gives those
// figures, the phrase is that answer's figures, as "that number" is; with
// none before it (a first question, or one after a question turned down),
// it is the figures the report gives of what it counts (the entry that
// answers "how many casualties?"), and the question is asked of that
// entry's answer, from the pack's attribution, as any question about an
// answer is (see lastanswer.go).

// countNouns name a figure after the words that say what it counts: not
// "one" or "amount", which name no figure of their own.
var countNouns = setOf("figure", "figures", "number", "numbers", "estimate", "estimates", "toll", "count", "stats",
	"statistics", "data", "tally", "total", "totals")

// countDeterminers open a phrase that names a figure known to both.
var countDeterminers = setOf("the", "those", "these", "that", "this")

// figureCounted returns the words that say what a figure ws names counts,
// in "the casualty numbers", "those death figures": a determiner, one
// or two words, then a figure noun, at noun. nil when ws names none so.
func figureCounted(ws []string) (counted []string, noun int) {
	for i := 0; i+2 < len(ws); i++ {
		if !countDeterminers[ws[i]] {
			continue
		}
		for n := 1; n <= 2 && i+1+n < len(ws); n++ {
			mods := ws[i+1 : i+1+n]
			if !countNouns[ws[i+1+n]] {
				continue
			}
			ok := true
			for _, w := range mods {
				if stopWords[w] || countNouns[w] || figureNouns[w] || isQuestionWord(w) || isNumber(w) {
					ok = false
				}
			}
			if ok {
				return mods, i + 1 + n
			}
		}
	}
	return nil, 0
}

// countedAsked returns what the figure ws names counts, and where its
// noun is (see figureCounted), when ws asks who gives it or how sure it
// is, and points at no answer with "that"; nil otherwise, without
// looking for the figure.
func countedAsked(ws []string, ask string, that bool) ([]string, int) {
	if that || ask != askSaidBy && ask != askCertainty {
		return nil, 0
	}
	return figureCounted(ws)
}

// onlyCounted reports whether ws asks nothing of the figure it names by
// what it counts (at noun, counted before it) but who gives it or how
// sure it is: no other topic ("the casualty estimate for Ukrainian forces"
// asks of those), and for how sure, a word that asks it besides the noun
// ("what is the casualty estimate?" asks the figure).
func (e *Engine) onlyCounted(ws, counted []string, noun int, ask string) bool {
	var others []string
	sure := false
	for i, w := range ws {
		if i >= noun-len(counted) && i <= noun {
			continue
		}
		c := classOf(w)
		sure = sure || c.is(sureClass)
		if !c.is(aboutAnswerClasses) {
			others = append(others, w)
		}
	}
	if ask == askCertainty && !sure {
		return false
	}
	return !e.hasTopic(others)
}

// countedEntry returns the entry that gives the figures of what counted
// says ("casualty": the losses), as a "how many" question of it finds.
func (e *Engine) countedEntry(counted []string) (int, bool) {
	a := e.answer("how many "+strings.Join(counted, " "), nil)
	en := e.entryOf(a)
	if !a.Answered || en < 0 || !e.givesCount(en) {
		return 0, false
	}
	return en, true
}

// givesCount reports whether entry gives a count: figures in its answer,
// or, for a count the report gives in words ("thousands of troops"), its
// own question asks how many. Then "the troop numbers" are its figures.
func (e *Engine) givesCount(entry int) bool {
	if e.figuresIn(entry) > 0 {
		return true
	}
	ws := strings.Fields(strings.ToLower(e.pack.Entries[entry].Question))
	return len(ws) > 1 && ws[0] == "how" && (ws[1] == "many" || ws[1] == "much")
}

// ofCounted reports whether the words counted are all in the bag of entry:
// the figures it gives are of that.
func (e *Engine) ofCounted(entry int, counted []string) bool {
	for _, t := range e.an.analyzeWords(counted, true).terms {
		if e.entries[entry].bag[t.text] == 0 {
			return false
		}
	}
	return true
}

// giveWords ask, with "who" and a figure named by what it counts, who
// gave it: "who gave the casualty numbers?" asks who says so.
var giveWords = setOf("gave", "give", "gives", "giving", "given", "provided", "provide", "provides", "released",
	"release", "releases", "published", "publish", "publishes", "came")

// asksGiver reports whether ws asks who gave a figure it names by what
// it counts ("who gave the casualty numbers?", "who provided those death
// figures?").
func asksGiver(ws []string) bool {
	for _, w := range ws {
		if giveWords[w] {
			counted, _ := figureCounted(ws)
			return counted != nil || pointedFigure(ws)
		}
	}
	return false
}

// pointedFigure reports whether ws point at a figure given before ("this
// number", "that figure"): "who is giving this number?" asks who gives
// the last answer's figure, as "who says that?" does.
func pointedFigure(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "this" || ws[i] == "that" || ws[i] == "these" || ws[i] == "those") && figureNouns[ws[i+1]] {
			return true
		}
	}
	return false
}
