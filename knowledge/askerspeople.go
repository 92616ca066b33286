package knowledge

import "strings"

// The asker's own people ("my boss forwarded me this", "our teacher
// asked") are none of the report's, though a word for them may be a
// synonym of a report term ("boss" of head): read as one, "my boss"
// would make a question about the head of Defense Intelligence of a
// message that only says where it came from. The word is dropped from
// the terms, as a word of chatter is; askersPeople (ownreference.go) are
// the words an asker uses so.

// What they ask is the question, not a word of it ("My students will
// surely ask whether the soldiers will be forced to go"): "ask" a few words
// after one of them is no term.

// A child named by age ("explain to my 10-year-old how many ...") is one
// of them too: the age, cut into "10year" and "old", is no figure asked.

// dropAskersPeople returns ts without the terms read from one of the
// asker's own people, named after "my" or "our", by a word for them or
// by age.
func dropAskersPeople(ws []string, ts []term) []term {
	return dropTerms(ts, func(_ int, t term) bool { return askersPerson(ws, t) })
}

// askersPerson reports whether t, a term of one word, names one of the
// asker's own people: a word for them after "my" or "our", a child's age,
// or their "ask" ("my students will ask whether ...").
func askersPerson(ws []string, t term) bool {
	if t.end != t.pos+1 || t.pos >= len(ws) {
		return false
	}
	if t.pos > 0 && askersPeople[ws[t.pos]] && (ws[t.pos-1] == "my" || ws[t.pos-1] == "our") {
		return true
	}
	return byAge(ws, t.pos) || askedByAskers(ws, t.pos)
}

// byAge reports whether ws[i] is part of an asker's own child named by
// age after "my" or "our": "my 10year old", "our 7year old".
func byAge(ws []string, i int) bool {
	if ws[i] == "old" && i > 0 {
		i-- // the age before it
	}
	if i == 0 || i+1 >= len(ws) || ws[i+1] != "old" || ws[i-1] != "my" && ws[i-1] != "our" {
		return false
	}
	age, ok := strings.CutSuffix(ws[i], "year")
	return ok && age != "" && strings.Trim(age, "0123456789") == ""
}

// askedByAskers reports whether ws[i] is "ask" (or "asks", "asked") said
// of one of the asker's own people named within the three words before
// it: "my students will surely ask whether ...".
func askedByAskers(ws []string, i int) bool {
	if ws[i] != "ask" && ws[i] != "asks" && ws[i] != "asked" {
		return false
	}
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if askersPeople[ws[j]] && (ws[j-1] == "my" || ws[j-1] == "our") {
			return true
		}
	}
	return false
}
