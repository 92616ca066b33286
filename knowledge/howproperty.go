package knowledge

import "strings"

// "How accurate is it now?" after an answer that says a missile's accuracy
// was enhanced asks how accurate the missile is, a measure of the thing
// answered, not how sure the report is of what it said: the word of
// sureness names the property the last answer speaks of. Not asked of
// the last answer's certainty, it is read as its own question (and the
// report gives no such measure).

// howProperty reports whether ws asks "how <sure word> ..." (see howSure)
// where that word is a property the text of entry speaks of
// ("accurate", "accuracy").
func (e *Engine) howProperty(entry int, ws []string) bool {
	if !howSure(ws) {
		return false
	}
	w := ws[1]
	if len(w) < 6 {
		return false // "sure", "fact": no measure of a thing
	}
	// "accurate" of "accuracy": the answer's word grows from the
	// question's stem
	stem := e.an.stem(w)
	for _, t := range sentenceWords(strings.ToLower(e.pack.Entries[entry].Answer)) {
		if strings.HasPrefix(e.an.stem(t), stem) {
			return true
		}
	}
	return false
}
