package knowledge

import "slices"

// A question after a claim put to check that names nothing of its own
// ("A reader writes that NK troops fight in Donetsk. Which region does
// the article name?", "Letter claims the 3,000 number came from the JCS.
// Who reported it according to the article?") asks what the report says
// of what the claim speaks of: read alone it names only the report, and
// the report's source or a figure of another thing would answer it. So
// it is asked again with the claim's terms after its teller ("a reader
// writes", "letter claims"), less what the claim puts in the asked slot,
// which is what is checked: its places for "where", the doer it names for "who",
// its dates for "when".

// claimAsked returns proper, the question after the claim pr, asked of
// what the claim speaks of; nil if proper names a thing of its own or the
// claim gives nothing else.
func claimAsked(proper, pr analysis) *analysis {
	if slices.ContainsFunc(proper.terms, overviewContent) || !slices.ContainsFunc(proper.words, isQuestionWord) {
		return nil // (a yes or no of the report, "does the article say anything?", asks of the claim whole)
	}
	if slices.ContainsFunc(pr.unknown, func(w string) bool { return !isNumber(w) && finestDate([]string{w}) == noDate }) {
		return nil // the claim speaks of what the pack never heard of ("pilots to Vietnam")
	}
	teller := -1
	for _, t := range pr.terms {
		if t.kind == KindAct && t.text == "say" || claimTellers[pr.words[t.pos]] {
			teller = t.end
			break
		}
	}
	if teller < 0 {
		for i, w := range pr.words {
			if claimTellers[w] {
				teller = i + 1
				break
			}
		}
	}
	if teller < 0 {
		return nil
	}
	asks := func(q string) bool {
		return slices.ContainsFunc(proper.terms, func(t term) bool { return t.kind == KindQuestion && t.text == q })
	}
	claim := proper
	claim.claim = nil
	claim.words = append(slices.Clone(proper.words), pr.words...)
	claim.terms = slices.Clone(proper.terms)
	if i := slices.IndexFunc(claim.terms, func(t term) bool { return t.kind == KindQuestion }); i >= 0 {
		// the first question word is what is asked: a later "who" of
		// "which region does the article name" names no doer
		claim.terms = slices.DeleteFunc(claim.terms, func(t term) bool {
			return t.kind == KindQuestion && t.pos > claim.terms[i].pos && t.text == "who"
		})
	}
	if len(claim.terms) > 1 {
		// asked of the claim, not of the report: its name is no term
		claim.terms = slices.DeleteFunc(claim.terms, func(t term) bool { return t.kind == KindFrame || writingWords[t.text] })
	}
	n := len(proper.words)
	added, doer := 0, true // the first name after the teller, and what it qualifies, is the doer claimed
	for _, t := range pr.terms {
		if t.pos < teller || !overviewContent(t) || t.kind == "" && !isNumber(t.text) {
			continue
		}
		if asks("who") && !asks("where") && t.kind == KindEntity && t.pos >= teller && doer {
			doer = t.qualifier
			continue // the doer the claim names, which is checked
		}
		if asks("where") && (t.place || t.kind == KindEntity) && !t.qualifier || asks("when") && finestDate([]string{t.text}) > noDate {
			continue // the slot the claim fills, which is checked
		}
		t.pos, t.end = t.pos+n, t.end+n
		if t.modifies >= 0 {
			t.modifies += n
		}
		claim.terms = append(claim.terms, t)
		added++
	}
	if added == 0 {
		return nil
	}
	return &claim
}
