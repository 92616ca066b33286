package knowledge

// A follow-up that only changes a date of the question before it ("and in
// feb?", "what about january?") asks nothing when nothing was asked
// before it: the conversation's first message is asked back, and the
// reply completes it.

// dateAlone reports whether ws continues a question before it with a date
// alone: "and" (or "what about", "how about") and then only a date and the
// words around one ("and in feb?", "and by early february?").
func dateAlone(ws []string) bool {
	n := 0
	switch {
	case len(ws) > 0 && ws[0] == "and":
		n = 1
	case len(ws) > 1 && (ws[0] == "what" || ws[0] == "how") && ws[1] == "about":
		n = 2
	default:
		return false
	}
	dated := false
	for _, w := range ws[n:] {
		switch {
		case months[w] || w == "may":
			dated = true
		case dateAround[w]:
		default:
			return false
		}
	}
	return dated
}

// dateAround are the words a date alone is said with.
var dateAround = setOf("in", "by", "on", "for", "as", "of", "during", "the", "early", "mid", "late", "end", "start", "beginning", "then")
