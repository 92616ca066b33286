package knowledge

import "strings"

// In "these POW discussions" or "the Kursk talks" the name is a noun
// used as a modifier: the head of the phrase is the plural noun after it.
// A follow-up's "their" ("And their principal focus?") means the
// discussions, not the prisoners. Only a group's name is read so (the
// caller checks): a thing's name before its plural noun is the things
// themselves ("KN-23 missiles"), and a country's may be who talks ("SK
// and Ukraine talks"); read as the name, the follow-up asks of
// the prisoners' focus, which the report does not give, and an overview
// answered it. So such a phrase is one referent, a group, said in full.

// modifierOf reports whether the entity t only modifies the term next
// after it: t is no person, nationality adjective, possessive or place,
// next is a plain word right after it, and next's last word is a plural
// noun ("discussions", "talks").
func modifierOf(t, next term, ws []string) bool {
	if t.person || t.qualifier || t.place || t.people || next.pos != t.modifies || next.kind != KindWord || next.end > len(ws) {
		return false
	}
	w := ws[next.end-1]
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}
