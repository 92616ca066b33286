package knowledge

import (
	"slices"
	"strings"
)

// answerFacts is what the follow-ups read of an entry's answer and date,
// read once at load: a follow-up then analyses no text of the pack.
type answerFacts struct {
	// figures counts the figures the answer gives; main lists them each
	// once, but for those of an aside that ends it ("(By early February,
	// about 4,000 ...)").
	figures int
	main    []string
	// given lists every figure the answer gives, its aside's too.
	given []string
	// sentTo are the names the answer sends someone to ("could deploy
	// more troops to Russia").
	sentTo []string
	// stems are the stems of the answer's words ("estimated").
	stems map[string]bool
	// asOf orders the entry's date (see asOfKey); ok is false for none.
	asOf   int
	asOfOK bool
	// cited is where the entry's first citation stands in the report: its
	// paragraph and the quote's offset in it; cited[0] is 0 for none.
	cited [2]int
	// notGiven are what the entry's attribution line says the report
	// does not give ("does not say who estimated": see notgiven.go).
	notGiven []notGiven
	// person is the one person the answer names, if onePerson (see
	// onePersonAnswered).
	person    term
	onePerson bool
}

// answerFactsOf reads every entry's answer and date once.
func answerFactsOf(p *Pack, an *analyzer) []answerFacts {
	out := make([]answerFacts, len(p.Entries))
	for i, en := range p.Entries {
		f := &out[i]
		full := an.analyze(en.Answer, false)
		for _, t := range full.terms {
			if isFigure(t.text) {
				f.figures++
				if !slices.Contains(f.given, t.text) {
					f.given = append(f.given, t.text)
				}
			}
			if t.kind == KindEntity && t.pos > 0 && full.words[t.pos-1] == "to" && !slices.Contains(f.sentTo, t.text) {
				f.sentTo = append(f.sentTo, t.text)
			}
		}
		f.person, f.onePerson = onePersonIn(full)
		for _, t := range an.analyze(aside.ReplaceAllString(en.Answer, ""), false).terms {
			if isFigure(t.text) && !slices.Contains(f.main, t.text) {
				f.main = append(f.main, t.text)
			}
		}
		f.stems = make(map[string]bool, len(full.words))
		for _, w := range full.words {
			f.stems[snowball(w)] = true
		}
		f.asOf, f.asOfOK = asOfKey(en.AsOf)
		for _, at := range p.Talk.Attribution {
			if at.Entry == en.ID {
				f.notGiven = notGivenIn(at.SaidBy)
				break
			}
		}
		for _, ci := range en.Citations {
			if text, found := p.Paragraph(ci.Paragraph); found && ci.Paragraph >= 1 {
				f.cited = [2]int{ci.Paragraph, max(0, strings.Index(text, ci.Quote))}
				break
			}
		}
	}
	return out
}

// isFigure reports whether a term is a figure, not a year.
func isFigure(t string) bool {
	return isNumber(t) && !(len(t) == 4 && t >= "1900" && t <= "2100")
}

// saidByOf maps each name to the entries whose said_by citations name it,
// in the pack's order: those the report's own words have them say.
func saidByOf(p *Pack, an *analyzer, byID map[string]int) map[string][]int {
	out := map[string][]int{}
	for _, at := range p.Talk.Attribution {
		i, ok := byID[at.Entry]
		if !ok {
			continue
		}
		for _, ct := range at.SaidByCite {
			for _, t := range an.analyze(ct.Quote, false).terms {
				if !slices.Contains(out[t.text], i) {
					out[t.text] = append(out[t.text], i)
				}
			}
		}
	}
	return out
}
