package knowledge

import (
	"slices"
	"strings"
)

// heldTerm is the pack's term of holding a thing: a pack without it
// never reads "do they have any?" as the last question's thing.
const heldTerm = "captured"

// askedHolding reports whether the last question, base, asked of holding
// its thing ("how many prisoners has ukraine captured?").
func (e *Engine) askedHolding(base []string) bool {
	return slices.ContainsFunc(e.an.analyze(strings.Join(base, " "), false).terms, func(t term) bool { return t.text == heldTerm })
}

// "how many north korean prisoners has ukraine captured?" "do they even
// have any?": the "any" is the last question's thing, left unsaid, and
// "they" the one it asked has them, not the thing itself (read so, "do
// the prisoners have any?" asks nothing the report says). The question is
// read with both in their places: "do ukraine even have any north korean
// prisoners". Only when the last question asked of holding the thing
// ("has ukraine captured"): after "does south korea want the prisoners?"
// the "have" is not asked before, and read away it would leave a
// question of South Korea and prisoners that any entry naming both
// answers, with a yes about wanting.

// haveAny reports whether ws asks whether r's "they" has any, its thing
// left unsaid ("do they have any?", "do they even have any").
func haveAny(ws []string, r reference) bool {
	if r.want != "they" || r.word != "they" || r.at == 0 || !doAux[ws[r.at-1]] || ws[len(ws)-1] != "any" {
		return false
	}
	between := ws[r.end : len(ws)-1]
	if len(between) == 0 || between[len(between)-1] != "have" {
		return false
	}
	for _, w := range between[:len(between)-1] {
		if w != "even" && w != "really" && w != "actually" && w != "still" {
			return false
		}
	}
	return true
}

// hasAny returns ws with the one that the last question asked of as
// having its thing in r's place, and the thing after "any"; ok is false
// unless the last question named just one group and one other name.
func (c Conversation) hasAny(ws []string, r reference) ([]string, bool) {
	if len(c.refs) == 0 || c.refs[0].turn%2 != 1 {
		return nil, false
	}
	last := c.refs[0].turn
	asked := pick(c.refs, func(rf referent) bool { return rf.turn == last })
	var group, owner []referent
	for _, rf := range asked {
		switch rf.class {
		case "group":
			group = append(group, rf)
		case "country", "body", "person":
			owner = append(owner, rf)
		}
	}
	if len(group) != 1 {
		return nil, false
	}
	thing := group[0].words
	if at := wordsAt(c.base, thing); at > 0 {
		// "north korean prisoners": a name that qualifies the thing is
		// of it, not who has it
		for k, o := range owner {
			if n := len(o.words); at >= n && wordsAt(c.base[at-n:at], o.words) == 0 {
				thing = c.base[at-n : at+len(thing)]
				owner = append(owner[:k:k], owner[k+1:]...)
				break
			}
		}
	}
	if len(owner) != 1 {
		return nil, false
	}
	return append(append(append(append([]string(nil), ws[:r.at]...), owner[0].say(r)...), ws[r.end:]...), thing...), true
}
