package knowledge

// "Since when have they been over there?" after "who holds Kursk?" asks
// since when the troops have been where they are: the report dates only
// their sending (to Russia, last year), never their coming to the place
// "there" would name (the Kursk region), which an entry of the sending
// does not speak of. So "there" in a question of since when or how long
// is left as it stands, as "they are there" is: the question is of them,
// and the entry of their sending answers it.

// asksSince reports whether ws asks since when ("since when", read as
// "start when" by then) or how long.
func asksSince(ws []string) bool {
	for i, w := range ws[:max(len(ws)-1, 0)] {
		if (w == "since" || w == "start") && ws[i+1] == "when" || w == "how" && ws[i+1] == "long" {
			return true
		}
	}
	return false
}
