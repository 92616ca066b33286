package knowledge

// opposedLead reports whether ws, the words before a name, only put what
// follows against what the report says: "isn't it the opposite, Russia
// sent troops to North Korea?", "or rather the reverse: ...". The name
// then opens a statement asked back, its subject as if it stood first
// ("Russia sent troops to North Korea?"), so the guards of who does what
// hold for it as they do for the statement alone.
func opposedLead(ws []string) bool {
	turned := false
	for _, w := range ws {
		if !opposedWords[w] {
			return false
		}
		turned = turned || turnWords[w]
	}
	return turned
}

// turnWords say the thing is the other way round; opposedWords may lead
// to them.
var (
	turnWords    = setOf("opposite", "reverse", "contrary", "around", "round", "backwards")
	opposedWords = setOf("isnt", "is", "it", "its", "not", "the", "opposite", "reverse", "contrary", "other", "way", "around", "round", "backwards", "on", "no", "nope", "actually", "rather", "or", "wait", "but", "surely", "so", "hmm", "i", "think", "thought", "wasnt", "was")
)
