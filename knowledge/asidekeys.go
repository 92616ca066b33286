package knowledge

import "slices"

// "Apart from deaths and injuries, what else has happened to some North
// Korean soldiers?" sets aside every key word it names and asks what
// else: the entry that gives those very measures answers what the asker
// already knows, however well it ranks (setAsideKeys keeps such keys,
// having no other key to rank by). asideKeysGuard turns it down; the
// question is declined with suggestions, or answered by an entry of
// something else.

// asideKeysOnly returns the key words of a question asking what else that
// are all set aside ("besides", "apart from", "other than" the key, or a
// list of keys after it); nil when it names a key it does not set aside,
// or asks no "else".
func asideKeysOnly(ws []string, ts []term) []string {
	if !slices.Contains(ws, "else") {
		return nil
	}
	var aside []string
	listed := false // the key before was set aside: one joined to it is too
	for i, t := range ts {
		if t.kind != KindKey {
			listed = false
			continue
		}
		p := t.pos
		if p > 0 && ws[p-1] == "the" {
			p--
		}
		set := false
		if p > 0 {
			w := ws[p-1]
			if p > 1 && (w == "than" || w == "from") {
				w = ws[p-2] + " " + w
			}
			set = setAside[w]
		}
		if !set && listed && i > 0 {
			prev := ts[i-1]
			set = t.pos == prev.end || t.pos == prev.end+1 && joins[ws[prev.end]]
		}
		if !set {
			return nil
		}
		aside = append(aside, t.text)
		listed = true
	}
	return aside
}

// asideKeysGuard: "Apart from deaths and injuries, what else has happened
// to them?" is not answered by the deaths and injuries.
var asideKeysGuard = guard{
	name:    "aside-keys",
	example: "Apart from deaths and injuries, what else has happened to some North Korean soldiers?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, k := range asideKeysOnly(q.words, q.terms) {
			if ie.names(k) {
				return "entry gives " + k + ", which the question sets aside"
			}
		}
		return ""
	},
}
