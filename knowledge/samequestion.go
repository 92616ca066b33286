package knowledge

// On Discord a message may point at another user's question before asking
// it again in full: "^ same question, what's the catch for the pows to go
// to sk". With no question of its own before, the pointer has nothing to
// point at in this conversation, but the question after it asks whole:
// it is answered as that question, not asked back ("same question for
// february", a fragment, still is).

// askedAfterPointer returns the question after a pointer back of n words
// ("same question", "ditto"), when it is one of its own: it opens with a
// question word or an auxiliary, and asks more than a kind of question.
func askedAfterPointer(ws []string, n int) ([]string, bool) {
	rest := ws[n:]
	if len(rest) < 3 || !questionStarts[rest[0]] || rest[0] == "in" {
		return nil, false
	}
	return rest, true
}
