package knowledge

// phrasingReply reports whether a reply to a question asked back is itself
// one of the pack's curated phrasings, asked word for word, and refers to
// nothing ("source?" after "how sure is that number?" was asked back): a
// question of its own, not what the reference meant. Put in the place of
// "that number" it would ask how sure the source is, which nobody asked.
func (e *Engine) phrasingReply(reply []string) bool {
	if len(reply) == 0 || len(findReferences(reply)) > 0 {
		return false
	}
	_, ok := e.exactEntry(reply)
	return ok
}
