package knowledge

import "strings"

// A question may set aside a deed rather than a name ("what does South
// Korea offer besides taking the POWs?"): the deed's words are what the
// asker already knows, not what is asked, so they must not draw the
// ranking to the entry that gives that very deed. excluded handles a name
// set aside and setAsideKeys a key word; this drops a deed set aside,
// written as a gerund, when the question asks of a deed of its own
// before it.

// setAsideDeed drops the terms of a trailing "besides doing X" (or
// "apart from doing X", "other than doing X") when a deed is asked
// before it; otherwise ts is returned as it is.
func setAsideDeed(ws []string, ts []term) []term {
	from := asideFrom(ws)
	if from == 0 || from >= len(ws) || !strings.HasSuffix(ws[from], "ing") {
		return ts
	}
	gerund, before := false, false
	cut := len(ts)
	for i, t := range ts {
		deed := t.kind == KindWord || t.kind == KindAct
		switch {
		case t.end <= from-1 && deed:
			before = true
		case t.pos == from && deed:
			gerund = true
			cut = i
		}
		if t.pos >= from && cut > i {
			cut = i
		}
	}
	if !gerund || !before {
		return ts
	}
	return ts[:cut:cut]
}
