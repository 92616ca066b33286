package knowledge

// An asker who checks a figure they misheard ("Three hundred, was it?"
// after "Over 3,000: ...", "four hundred?" after "About 4,000") names
// only a number, one the report gives nowhere, of the figure just
// given. Read as a fragment of the last question, the number would take
// the place of its date and ask what nobody asked; it asks the last
// answer again, which gives the figure as the report has it.

// checkWords are the words around a number checked against the last
// answer ("was it", "did you say", "right").
var checkWords = setOf("was", "it", "is", "that", "right", "did", "you", "say", "said", "so", "or", "then", "and", "correct",
	"the", "number", "figure", "again", "sorry", "what", "huh", "eh", "oh", "hmm", "just", "only", "about", "around", "roughly")

// misheardFigure reports whether ws names only a number the report does
// not give, besides words that check it, after an answer that gives a
// figure.
func (e *Engine) misheardFigure(c Conversation, ws []string) bool {
	if c.entry == 0 || c.declined || e.figuresIn(c.entry-1) == 0 {
		return false
	}
	n := ""
	for _, w := range numbers(ws) {
		switch {
		case checkWords[w]:
		case isNumber(w) && n == "":
			n = w
		default:
			return false
		}
	}
	if n == "" || len(n) == 4 && n >= "1900" && n <= "2100" {
		return false // no number, or a year: "and 2025?" asks of it
	}
	_, given := e.figures[n]
	return !given
}
