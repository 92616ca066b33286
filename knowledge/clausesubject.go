package knowledge

import (
	"slices"
	"strings"
)

// clauseSubject reports whether ts[i], a name (or its forces, see
// forcesOf), opens a clause after a word that opens one ("that",
// "whether", "if") or after a word of chance with its "that" left out,
// before a verb it does at word n: "is there any chance that South Korea
// sends troops?", "is it possible the US sends troops", "what if Seoul
// will send soldiers?". The name does the act, as after "does" ("does
// South Korea send troops?"), so an entry where another does it (North
// Korea sends, South Korea reports it) does not answer, as it does not
// answer the question without the chance. A people so placed act as its
// forces do ("any chance that North Koreans move to Seoul?").
func clauseSubject(ws []string, ts []term, i, n int) bool {
	t := ts[i]
	if n >= len(ws) || t.pos == 0 {
		return false
	}
	w := before(ws, t.pos)
	if !clauseOpeners[w] && !chanceWords[w] {
		return false
	}
	k := t.pos - 1 // the word that opens the clause
	if ws[k] == "the" {
		k--
	}
	if clauseOpeners[w] && slices.ContainsFunc(ts[:i], func(p term) bool { return p.end == k }) {
		// not a "that" right after a thing, which says which ("the
		// soldiers that Seoul offered to accept", see relativeSubject)
		return false
	}
	if modals[ws[n]] || future[ws[n]] || pastForms[ws[n]] {
		return true
	}
	return finiteAt(ws, ts, n)
}

// finiteAt reports whether a verb of the pack's, in the present's "-s",
// starts at word n ("sends", "accepts"), not a noun of an act
// ("readiness", "losses") nor a role ("troops"). (A past in "-ed" may
// be a participle, "is it true that Seoul promised ...", left to the
// past forms the engine knows, pastForms.)
func finiteAt(ws []string, ts []term, n int) bool {
	k := -1
	for j, t := range ts {
		if t.pos == n {
			k = j
			break
		}
	}
	if k < 0 || ts[k].kind != KindWord && ts[k].kind != KindAct && ts[k].kind != "" {
		return false
	}
	w := ws[n]
	if nounForm(w) || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ies") {
		return false
	}
	return strings.HasSuffix(w, "s")
}

// clauseOpeners open a clause whose subject follows ("that South Korea
// sends", "whether Ukraine accepts", "if Seoul sends").
var clauseOpeners = setOf("that", "whether", "if")

// chanceWords ask whether a thing may happen, the "that" after them left
// out: "is there a chance South Korea sends", "is it possible the US
// sends", "is it likely Seoul deploys".
var chanceWords = setOf("chance", "chances", "possible", "possibly", "possibility", "likely", "likelihood", "unlikely", "odds", "probability", "probable", "conceivable", "plausible")
