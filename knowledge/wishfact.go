package knowledge

// A question may ask, as a fact, whether a group wants to do a thing: "do
// the north korean prisoners actually want to go to south korea?". The
// report states their wish only as the condition of an offer ("if they
// desire to relocate"), which says nothing of whether they want to; so the
// act wished is asked as done (see doneGuard), and an entry that speaks of
// it only as offered, on that condition, does not answer. A question of
// the condition itself ("do they have to want to move?", "will South Korea
// take those who want to come?", "... or only if they want?") asks what
// the entry says, and so does one of a state's or a minister's wish ("does
// South Korea want to help them?"): only a group (a referent of class
// "group" in the pack) is read.

// wishTerms are the pack's terms that say a wish ("wish", "desire",
// "interested"; "willing", "keen", "eager"): the pack's vocabulary, read
// as the question's terms.
var wishTerms = setOf("desire", "ready")

// wishWant is the plain "want", which the pack reads with what is wanted
// ("want to go" is "relocate"), not as a term of its own.
var wishWant = setOf("want", "wants")

// wishAsides are words that make the wish a condition, a requirement or a
// thing said, not the fact asked.
var wishAsides = setOf("if", "unless", "who", "whether", "or", "only", "even", "have", "has", "had", "need", "needs", "must", "gotta", "got",
	"require", "requires", "required", "should", "say", "said", "says", "show", "tell", "told")

// wishAux open a question of what is so now.
var wishAux = setOf("do", "does", "are", "is")

// wishedActs returns the act a question asks whether a group wants to do,
// as above, or nil.
func wishedActs(ws []string, ts []term, refs map[string]referent) []string {
	aux := -1
	for i := 0; i < len(ws) && i < 2; i++ {
		if wishAux[ws[i]] {
			aux = i
			break
		}
	}
	if aux < 0 {
		return nil
	}
	k, end := -1, -1
	for i, w := range ws {
		if wishAsides[w] {
			return nil
		}
		if k < 0 && i > aux && wishWant[w] {
			k, end = i, i+1
		}
	}
	for _, t := range ts {
		if t.pos > aux && (k < 0 || t.pos < k) && wishTerms[t.text] {
			k, end = t.pos, t.end
		}
	}
	if k < 0 {
		return nil
	}
	group := false
	for _, t := range ts {
		if t.pos > aux && t.end <= k && refs[t.text].class == "group" {
			group = true
		}
	}
	if !group {
		return nil
	}
	for _, t := range ts {
		if t.pos >= k && t.end > end && (t.kind == KindWord || t.kind == KindAct) { // not the wish word alone ("willing" read as ready)
			return []string{t.text}
		}
	}
	return nil
}
