package knowledge

// A claim put to check may put a wrong name where the report has another:
// "the reports about NK troops came from China, right?" (Kyiv and its
// allies). Asked without the name, the claim may be nearest another entry
// (what the reports say); the name stands in the slot of a "who": asked
// with "who" in its place ("the reports came from who?"), the entry
// answering that names the one the report has there, and where it names
// another of the class (see namesOther), its fact corrects the claim,
// without a "Yes.". Asked plainly, a name asks whether it is so, and
// stays declined (plainlyChecked).

// whoAsked returns, for each person, country or body a claim put to
// check names ("..., right?", "is it true ..."), a
// name's detail with "who" in its place.
func (e *Engine) whoAsked(an analysis) []detail {
	var out []detail
	if !checksClaim(an.words) {
		return nil // (a claim stated with a question mark alone, "Kim Jong Un said something?", asks whether it is so)
	}
	for i := range an.terms {
		switch e.nameClass(an, i) {
		case "person", "country", "body":
			if e.slotOf(an, i) == noSlot && an.terms[i].kind == KindEntity {
				out = append(out, detail{kind: nameSlot, from: i, to: i + 1, asked: whoWord})
			}
		}
	}
	return out
}

// whoWord is the pack's term asking who.
const whoWord = "who"
