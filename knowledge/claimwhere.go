package knowledge

// A claim put to check may put the troops in the wrong place with no word
// of fighting: "the nk troops are in kherson right?", "wait so di nk
// mandem deh inna kherson right?". Asked without the place, what is left
// ("the North Korean troops") is nearest why or how many were sent, an
// entry that locates nothing, and the claim went uncorrected. The place
// stands in the slot of a "where", as a name stands in a "who"'s
// (claimwho.go): asked with "where" in its place, the entry answering
// that locates them, and where it locates them elsewhere (namesOther),
// its fact corrects the claim. Asked plainly ("are the troops in
// kherson?") it stays declined (plainlyChecked).

// whereAsked returns, for each place a claim put to check names, the
// place's detail with "where" in its place.
func (e *Engine) whereAsked(an analysis) []detail {
	if !checksClaim(an.words) {
		return nil
	}
	var out []detail
	for i := range an.terms {
		if e.nameClass(an, i) == "place" && e.slotOf(an, i) == noSlot && an.terms[i].kind == KindEntity {
			out = append(out, detail{kind: nameSlot, from: i, to: i + 1, asked: whereTerm})
		}
	}
	return out
}
