package knowledge

// A "premise" that is only a name or a group ("And Ukraine soldiers, how
// many die?") is the topic the question after it asks of, not a premise
// to set aside: read alone, "how many die?" would answer with another
// side's losses. Such a question is asked as it stands.

// topicOnly reports whether pr, a premise's reading, is only names and
// roles after a word that moves the talk on ("and", "so").
func topicOnly(pr analysis) bool {
	ws := pr.words
	from := 0
	for from < len(ws) && (movesOn[ws[from]] || thanksLead[ws[from]] || topicLead[ws[from]]) {
		from++
	}
	if from == len(ws) {
		return false
	}
	covered := make([]bool, len(ws))
	for _, t := range pr.terms {
		if t.kind != KindEntity && t.kind != KindRole {
			continue
		}
		for i := max(t.pos, 0); i < t.end && i < len(ws); i++ {
			covered[i] = true
		}
	}
	for i := from; i < len(ws); i++ {
		if !covered[i] {
			return false
		}
	}
	return true
}

// thanksLead are the words of a thanks before a topic ("Thank you. And
// Ukraine soldiers, ..."), which moves the talk on as "and" does.
var thanksLead = setOf("thank", "thanks", "you")

// topicLead are the words that name a topic before it ("about the
// Russians — how many died?", "as for Ukraine, ..."): what follows is
// the topic all the same.
var topicLead = setOf("about", "regarding", "re", "concerning", "as", "for", "the")
