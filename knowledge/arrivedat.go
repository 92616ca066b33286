package knowledge

import "slices"

// arrivedAt returns the place a question asking whether a thing was done
// (see doneActs) asks whether someone got to: "Did the prisoners get to
// South Korea yet?", "has any POW made it to Seoul already?". Whether
// they got there is said only by an entry that sends someone there or
// puts someone there (see doneGuard): that Ukraine captured them, or that
// South Korea is ready to take them, is no arrival. "" for none.
func arrivedAt(ws []string, ts []term, done []string) string {
	// only where it says so ("yet", "already", "so far"): "how many
	// troops did Pyongyang send to Russia?" asks a number, which the
	// entry of the troops sent gives though its answer says "to Russia"
	// in no way the places read
	if len(done) == 0 || !slices.ContainsFunc(ws, func(w string) bool { return classOf(w).is(completedClass) }) {
		return ""
	}
	if ps := placesAfter(ws, ts, sentTo); len(ps) > 0 {
		return ps[0]
	}
	return ""
}
