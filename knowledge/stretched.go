package knowledge

import "strings"

// Chat stretches a word for tone, a letter typed three times or more
// ("sooo is seoul actually backing ukraine", "whyyyy", "kurskkk"). The
// typo index allows an edit or two, so a stretched word is far from the
// word it is, and a stretched "so" is no word at all: left unknown it
// weighs as a word the pack does not know, and sinks the question.

// unstretched returns w with each run of three or more of one letter
// typed twice, or once, whichever is a word the engine knows (a stop
// word or a greeting before the pack's); false if w has no such run or
// neither is.
func (a *analyzer) unstretched(w string) (string, bool) {
	twice, once, ok := unstretch(w)
	if !ok {
		return "", false
	}
	// a stop word or a greeting first: "nooo" is "no", though "noo"
	// stems as a word of the pack does ("noon")
	for _, c := range []string{twice, once} {
		if stopWords[c] || greetings[c] {
			return c, true
		}
	}
	for _, c := range []string{twice, once} {
		if a.isKnown(c) {
			return c, true
		}
	}
	return "", false
}

// unstretch returns w with its runs of three or more of one letter cut to
// two letters, and to one, and whether it has such a run; digits are
// never cut ("1000").
func unstretch(w string) (twice, once string, ok bool) {
	var b2, b1 strings.Builder
	for i := 0; i < len(w); {
		j := i
		for j < len(w) && w[j] == w[i] {
			j++
		}
		n := j - i
		if n >= 3 && 'a' <= w[i] && w[i] <= 'z' {
			ok = true
			b2.WriteString(w[i : i+2])
			b1.WriteByte(w[i])
		} else {
			b2.WriteString(w[i:j])
			b1.WriteString(w[i:j])
		}
		i = j
	}
	return b2.String(), b1.String(), ok
}
