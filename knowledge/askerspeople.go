package knowledge

// The asker's own people ("my boss forwarded me this", "our teacher
// asked") are none of the report's, though a word for them may be a
// synonym of a report term ("boss" of head): read as one, "my boss"
// would make a question about the head of Defense Intelligence of a
// message that only says where it came from. The word is dropped from
// the terms, as a word of chatter is; askersPeople (ownreference.go) are
// the words an asker uses so.

// dropAskersPeople returns ts without the terms read from one of the
// asker's own people, named after "my" or "our".
func dropAskersPeople(ws []string, ts []term) []term {
	// (most terms are no one's: ts itself, no copy, unless one is dropped)
	var out []term
	for i, t := range ts {
		if t.end == t.pos+1 && t.pos > 0 && t.pos < len(ws) && askersPeople[ws[t.pos]] &&
			(ws[t.pos-1] == "my" || ws[t.pos-1] == "our") {
			if out == nil {
				out = append(make([]term, 0, len(ts)-1), ts[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return ts
	}
	return out
}
