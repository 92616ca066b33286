package knowledge

import "slices"

// namesSomeone reports whether ws, the words before a "he" or "she" in a
// first message, name anyone or anything that could act: a name, a role,
// or a thing of the pack that is not a way of saying. "quote me the bit
// where he says the troops are in Kyiv" has only a request to quote
// before its "he", which names no speaker, so who "he" is is asked back,
// as "what did he say?" is; "the minister who made the offer, what's his
// title?" names one.
func (e *Engine) namesSomeone(ws []string, tr *trace) bool {
	an := tr.readAnalysis(e.an, slices.Clone(ws), true, false) // (only read)
	return slices.ContainsFunc(an.terms, func(t term) bool {
		switch t.kind {
		case KindFiller, KindFrame, KindQuestion:
			return false
		case KindAct:
			return !slices.Contains(speechActs, t.text) // (quoting is saying)
		case "":
			return e.isTopic(t.text)
		}
		return true
	})
}
