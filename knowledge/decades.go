package knowledge

// Chat names a decade of the last century by its two digits ("the 70s",
// "since the '60s"): read as a number (its stem) it is a count of 70, no
// date, and a claim of "the 70s" has no decade for the report's 1950s to
// correct. So a question's "30s" to "90s" the pack does not name as it is
// ("50s" is an alias of the 1950s) is read as the decade it means
// ("1970s"); "20s" and "10s" are left (a decade of this century or the
// last, or an age). It is a decade only where a decade is named: after
// "the" or "since" ("in the 60s", "since the '60s", "the late 60s"); after
// a possessive or anything else ("in their 30s", "his 40s") it may be an
// age, and is left as the number it is.

// decadeLead are the words a two-digit decade follows where it names one.
var decadeLead = setOf("the", "since", "early", "mid", "late")

// decadeLed reports whether a short decade after the words before names a
// decade (see decadeLead).
func decadeLed(before []string) bool {
	return len(before) > 0 && decadeLead[before[len(before)-1]]
}

// shortDecade returns the decade of the 1900s that a two-digit decade
// names, and whether w is one.
func shortDecade(w string) (string, bool) {
	if len(w) == 3 && w[2] == 's' && w[1] == '0' && '3' <= w[0] && w[0] <= '9' {
		return "19" + w, true
	}
	return "", false
}
