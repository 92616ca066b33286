package knowledge

import "slices"

// The name of a place a clause says ("what's the name of the region where
// they fight?", "name of the area where nk troops are") asks where: the
// clause is the question (and "the region name where they fight"), not a relative that only says which place is
// meant (see dropRelative), and the name asked is the place's, which a
// where question answers.

// namesPlaceWhere reports whether the question term q asks a name
// ("name", "called") of a place noun right before the "where" at ws[at].
func namesPlaceWhere(ws []string, q term, at int) bool {
	if at >= 2 && ws[at-1] == "name" && placeNouns[ws[at-2]] {
		at-- // "the region name where they fight"
	}
	if at < 1 || !placeNouns[ws[at-1]] {
		return false
	}
	return slices.ContainsFunc(ws[q.pos:q.end], func(w string) bool { return w == "name" || w == "called" })
}
