package knowledge

import "slices"

// supposedOnlyGuard: "so south korea'll have the nk lads if ukraine
// catches em yeah?" is not answered by who captured them: where the
// clause before an "if" reads no act, key or kind of question (its verb
// is a word the pack does not read as one), all the question's words
// that the ranking matched are in the supposition, and an entry that
// answers them answers the condition, not what is asked or claimed of it.
var supposedOnlyGuard = guard{
	name:    "supposed-only",
	example: "so south korea'll have the nk lads if ukraine catches em yeah?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if supposedOnly(q.words, q.terms) {
			return "what the question asks, before its \"if\", reads nothing the entry could answer"
		}
		return ""
	},
}

// supposedOnly reports whether ws has an "if" after its first words, and
// the words before it read no act, key, word nor kind of question, where
// the words after it do: only names are read of what is asked.
func supposedOnly(ws []string, ts []term) bool {
	at := slices.Index(ws, "if")
	if at < 2 {
		return false
	}
	if slices.ContainsFunc(ws[:at], func(w string) bool { return whWords[w] || w == "whether" || ifAsWhether[w] }) {
		// "what does sk do w/ the pows if they wanna come" asks its
		// own thing; "tell me if", "wanna know if" ask whether
		return false
	}
	asked := func(t term) bool { return t.kind != KindEntity && t.kind != KindRole }
	supposed := func(t term) bool { return t.pos > at && asked(t) }
	named := slices.ContainsFunc(ts, func(t term) bool { return t.pos < at && !asked(t) })
	// A key before the "if" that the supposition reads as well ("so sk
	// will grab em if ukraine captures them": "grab" is read as capturing)
	// asks nothing of its own: an entry matching it matches the
	// supposition. (A word repeated is the condition asked: "would only
	// go there if they want to move there".)
	before := slices.ContainsFunc(ts, func(t term) bool {
		return t.pos < at && asked(t) &&
			!(t.kind == KindKey && slices.ContainsFunc(ts, func(u term) bool { return supposed(u) && u.text == t.text }))
	})
	after := slices.ContainsFunc(ts, supposed)
	return named && !before && after
}

// ifAsWhether are the words before an "if" that make it "whether": "tell
// me if", "I wonder if", "wanna know if", "grateful if you could".
var ifAsWhether = setOf("know", "tell", "wonder", "wondering", "ask", "asking", "see", "check", "curious", "sure", "unsure", "idk", "grateful", "says", "say", "said", "me", "us", "clue", "confirm", "explain", "kindly", "please", "pls", "plz")
