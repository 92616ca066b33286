package knowledge

import "slices"

// A post may be named with its qualifier after it, joined by "of": "the
// minister of defense Cho made the proposal, no?", "Budanov is the chief
// of the army, right?". The word after "of" is part of the post, wrong as
// "defense" of "defense minister" is: a role's qualifier alone (roleSlot),
// dropped so that the claim is asked of the post, whose entry says what
// the one named holds. Only a word the pack gives no kind to, and no name
// ("minister of South Korea" says whose post it is, see factanchor.go;
// "head of Defense Intelligence" is a post the pack knows whole), and one
// word alone: "the minister of defense policy" may be another thing.

// ofQualifier returns the detail of the word after "of" (or "of the")
// that follows the role at an.terms[i], if it qualifies the post.
func (e *Engine) ofQualifier(an analysis, i int) []detail {
	j := i + 1
	if j >= len(an.terms) || !ofBetween(an, i, j) {
		return nil
	}
	t := an.terms[j]
	if t.kind != "" || e.slotOf(an, j) != noSlot || e.nameClass(an, j) != "" ||
		j+1 < len(an.terms) && an.terms[j+1].pos == t.end && an.terms[j+1].kind == "" {
		return nil
	}
	return []detail{{kind: roleSlot, from: j, to: j + 1}}
}

// ofBetween reports whether only "of", or "of the", stands between the
// terms i and j of an.
func ofBetween(an analysis, i, j int) bool {
	if an.terms[i].end > an.terms[j].pos || an.terms[j].pos > len(an.words) {
		return false // (terms read from one word, as senses may be)
	}
	gap := an.words[an.terms[i].end:an.terms[j].pos]
	return slices.Equal(gap, []string{"of"}) || slices.Equal(gap, []string{"of", "the"})
}

// qualifiedRole returns the index of the role the qualifier d qualifies:
// the one before "of" for a qualifier after it, else the term right
// after d.
func qualifiedRole(an analysis, d detail) int {
	if r := d.from - 1; r >= 0 && r < len(an.terms) && d.from < len(an.terms) && an.terms[r].kind == KindRole && ofBetween(an, r, d.from) {
		return r
	}
	return d.to
}
