package knowledge

// A question may name a person by the post they hold, not by name ("the
// korean minister guy, what exactly did he put on the table?"), and its
// answer name no one ("South Korea has offered to accept ..."): the "he"
// of the follow-up ("how'd he pitch it, face to face?") is the one who
// holds that post, as if the question had named him. Which roles are such
// posts, and who holds each, is pack data: a [[referent]] of the role with
// holder = the person's term. A post of another owner than the holder's
// own ("Ukraine's foreign minister") is not his, and is a group of its
// own as before: asked of, it is declined.

// heldBy reports whether the role, of owner (a concept, "" for none),
// is a post whose holder the pack names.
func (e *Engine) heldBy(role, owner string) bool {
	h := e.referentInfo[role].holder
	return h != "" && (owner == "" || e.an.actsFor[h] == owner)
}

// holderOf is the referent of the one who holds the post role, named at
// turn.
func (e *Engine) holderOf(role string, turn int) referent {
	rf := e.referentInfo[e.referentInfo[role].holder]
	rf.turn = turn
	return rf
}
