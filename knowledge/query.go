package knowledge

import (
	"slices"
	"strings"
)

// scopes lists the names a "where" question asks within: "Where in South
// Korea will the POWs live?" asks for a place in South Korea, which
// "South Korea" does not answer. A name before "where" is a premise ("They
// are in Kursk; is that where they fight?").
func scopes(ws []string, ts []term) []string {
	i := slices.IndexFunc(ts, func(t term) bool { return t.kind == KindQuestion && t.text == whereTerm })
	if i < 0 {
		return nil
	}
	return placesAfter(ws, ts[i+1:], within)
}

// identity returns what a "who is X?" question asks the identity of
// ("Who is Cho?", "Who are the North Korean POWs?", "names of the POWs"):
// the word "who" and a form of "be" first, or the word "name" anywhere,
// and besides only names, roles, key words ("captured") and plain words
// after them, X being the first such plain word ("the chief's deputy"),
// or else the first name or role not qualifying another ("the foreign
// minister of South Korea", "the North Korean POWs"). An entry that says
// who did something to X ("who proposed accepting the POWs") does not say
// who X is.
func identity(ws []string, ts []term) (string, bool) {
	q := slices.IndexFunc(ts, func(t term) bool {
		return t.kind == KindQuestion && strings.HasPrefix(ws[t.pos], "name")
	})
	if q < 0 && len(ts) > 0 && ts[0].kind == KindQuestion && ws[ts[0].pos] == "who" && ts[0].end < len(ws) && beAux[ws[ts[0].end]] {
		q = 0
	}
	if q < 0 || len(ts) < 2 {
		return "", false
	}
	rest := slices.Delete(slices.Clone(ts), q, q+1)
	x := ""
	for i, t := range rest {
		switch {
		case t.kind == KindKey: // "the captured soldiers"
		case t.kind == "" && i > 0:
			// a word no synonym reads, after a name or role, is the one
			// asked about: "the name of Ukraine's intelligence chief's
			// deputy" (but "who is reporting that" asks no identity)
			return t.text, true
		case t.kind == "":
			return "", false
		case t.kind != KindEntity && t.kind != KindRole:
			return "", false
		case x == "" && !(t.kind == KindEntity && i+1 < len(rest) && modifier(rest, i)):
			x = t.text
		}
		if t.kind == KindRole && t.end < len(ws) && ws[t.end] == possessive {
			x = "" // "the foreign minister's boss": the boss is asked about
		}
	}
	return x, x != ""
}

// askedFor returns the plain word a "which" or "what" asks for ("Which
// reports indicate ...?", "What weapons ...?"): an answer must speak of
// it.
func askedFor(ws []string, ts []term) (string, bool) {
	for i, t := range ts {
		if w := before(ws, t.pos); t.kind == "" && (w == "which" || w == "what") && !verbBefore(ws, ts, i) {
			return t.text, true
		}
	}
	return "", false
}

// verbBefore reports whether ts[i], a plain word, is a verb before its
// object ("What marks North Korea's first war?", "What marks the ..."),
// not the thing asked for.
func verbBefore(ws []string, ts []term, i int) bool {
	t := ts[i]
	if t.end < len(ws) && determiners[ws[t.end]] {
		return true
	}
	return i+1 < len(ts) && ts[i+1].pos == t.end && ts[i+1].kind == KindEntity
}

// officialAsked reports whether the question asks which official did a
// thing, and of which country if it says ("Which Ukrainian official is
// quoted ...?"): an answer must name one, as Budanov acts for Ukraine.
func officialAsked(ws []string, ts []term) (country string, ok bool) {
	for i, w := range ws {
		if w != "which" && w != "what" {
			continue
		}
		j := i + 1
		for _, t := range ts {
			if t.kind == KindEntity && t.pos == j {
				country, j = t.text, t.end
			}
		}
		if j < len(ws) && officials[ws[j]] {
			return country, true
		}
		country = ""
	}
	return "", false
}

// counted returns the word a question counts, right before or after its
// "how many" ("how many casualties", "the casualty figure"), when that is
// a word of the pack's, not a name or a role (those are checked as such).
func counted(ts []term) (string, bool) {
	for i, t := range ts {
		if t.kind != KindQuestion || t.text != howMany {
			continue
		}
		if i+1 < len(ts) && ts[i+1].pos == t.end && ts[i+1].kind == KindWord {
			return ts[i+1].text, true
		}
		if i > 0 && ts[i-1].end == t.pos && ts[i-1].kind == KindWord {
			return ts[i-1].text, true
		}
	}
	return "", false
}

// kindAsked reports whether the question asks if a name is a thing of some
// kind ("Is the KN-23 a cruise missile?"): a copula first, then the name,
// then "a" or "an".
func kindAsked(ws []string, ts []term) bool {
	if len(ws) < 4 || !beAux[ws[0]] {
		return false
	}
	i := 1
	if ws[i] == "the" {
		i++
	}
	for _, t := range ts {
		if t.pos == i && t.kind == KindEntity {
			return t.end < len(ws) && (ws[t.end] == "a" || ws[t.end] == "an")
		}
	}
	return false
}

// excluded lists the names a question sets aside ("besides North Korea",
// "other than Kyiv"): it asks about others.
func excluded(ws []string, ts []term) []string {
	var out []string
	for _, t := range ts {
		if t.kind != KindEntity || t.pos == 0 {
			continue
		}
		w := ws[t.pos-1]
		if t.pos > 1 && (w == "than" || w == "from") {
			w = ws[t.pos-2] + " " + w
		}
		if setAside[w] {
			out = append(out, t.text)
		}
	}
	return out
}
