package knowledge

import (
	"slices"
	"strings"
)

// A choice of dates ("the 4000 estimate was by end of jan or early
// feb?") is answered by the entry whose facts hold for one of them: an
// entry's as_of names the month its figures are of, and another month it
// names is context beside them ("(As of January 2025, Ukraine had
// reported over 3,000 ...)" in the February toll's answer), so the
// entry tells which alternative is so rather than naming both.

// datedAside reports whether t, a term of the alternative not chosen, is
// a month that the entry en names only beside the month its as_of gives,
// which the chosen alternative (side) names.
func (e *Engine) datedAside(en int, side analysis, t term) bool {
	if !slices.Contains(monthOrder, t.text) {
		return false
	}
	own := asOfMonth(e.pack.Entries[en].AsOf)
	return own != "" && own != t.text && slices.ContainsFunc(side.terms, func(o term) bool { return o.text == own })
}

// asOfMonth returns the one month an as_of date names ("early February
// 2025" gives "february"), or "" for none or two.
func asOfMonth(asOf string) string {
	got := ""
	for _, w := range strings.Fields(strings.ToLower(asOf)) {
		if slices.Contains(monthOrder, w) {
			if got != "" {
				return ""
			}
			got = w
		}
	}
	return got
}
