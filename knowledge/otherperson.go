package knowledge

// otherPersonNouns are the nouns after "the other" that name a person
// ("the other guy", "the other lady"): a person other than one named,
// whom the question asks of, not a thing; resolved or asked back.
var otherPersonNouns = setOf("guy", "man", "person", "dude", "official",
	"woman", "lady", "gal", "fella", "fellow", "bloke", "chap")

// The people of the asker's own chat ("the other mod", "another admin",
// the pack's [usage] chat_people) are no one the report names. Read as a
// thing, "mod" is left to the pack, which reads it as a change ("modded")
// and answers what Budanov said of improving weapons; read as a person,
// "the other" would be Budanov. The report says nothing of them:
// asksOfChatPeople declines.

// asksOfChatPeople reports whether the question asks of another of the
// asker's chat: "the other mod", "another admin", "other mods"; chat are
// the nouns of its people.
func asksOfChatPeople(ws []string, chat map[string]bool) bool {
	for i := 1; i < len(ws); i++ {
		if chat[ws[i]] && (ws[i-1] == "other" || ws[i-1] == "another") {
			return true
		}
	}
	return false
}
