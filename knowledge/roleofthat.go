package knowledge

import "slices"

// "Who's the guy in charge of that?" asked first refers to nothing: the
// role is of a thing it does not name, and read without it, it asks who
// heads anything at all, which the report answers with the one head it
// names (Budanov) for a thing nobody asked of. So it is asked back. Not
// "what is NK getting out of this?", whose "this" is the report's story:
// only a role's "that" names what the role is of.

// roleOfNothing reports whether ws, with no turn before it, asks of a role
// whose thing is only a reference ("in charge of that", "who runs it")
// and names nothing else the role could be of. tr, if any, is the turn's:
// the words read are kept, for the question answer reads is most often
// the same.
func (e *Engine) roleOfNothing(ws []string, tr *trace) bool {
	if len(ws) < 2 || !roleThings[ws[len(ws)-1]] {
		return false // (most questions: read no more of them)
	}
	an := tr.readAnalysis(e.an, ws, true, true) // (only read)
	at := slices.IndexFunc(an.terms, func(t term) bool { return t.kind == KindRole })
	if at < 0 || slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindEntity || t.kind == KindKey }) {
		return false
	}
	k := an.terms[at].end
	if k < len(ws) && ws[k] == "of" {
		k++
	}
	return k == len(ws)-1 && roleThings[ws[k]]
}

// roleThings stand for the thing a role is of.
var roleThings = setOf("that", "this", "it")
