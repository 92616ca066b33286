package knowledge

// A name written right before a role, as a plain noun ("the intelligence
// chief of Ukraine", "the army boss of Russia"), says what the role is of;
// the "of" after it then says whose that thing is, not what the role is
// of. So the role's object is the name before it. A nationality or a
// possessive before the role ("Ukraine's chief of intelligence") only
// qualifies it, and a person's name holds it; neither is its object.

// adjunctObject returns the name written right before the role ts[i] as a
// plain noun, when "of" follows the role, or "" for none ("the nk
// soldiers sk wants" are North Korea's, and of nothing).
func adjunctObject(ts []term, i int, ws []string) string {
	if i == 0 || ts[i].end >= len(ws) || ws[ts[i].end] != "of" {
		return ""
	}
	p := ts[i-1]
	if p.kind != KindEntity || p.qualifier || p.person || p.people || p.place || p.forces || p.end != ts[i].pos {
		return ""
	}
	return p.text
}
