package knowledge

// "Is he the one who said NK troops are getting combat experience?" puts a
// claim to check as "he said it, right?" does: the name before "the one
// who" stands where the report may have another ("No: Budanov said it"),
// not a question of whether he is someone. So does "was it Cho who
// called?". A question whose "the one" is of a thing ("is the 4,000 the
// one that counts deaths?") is no claim of a name, and whoAsked finds no
// name in it to correct.

// asksTheOne reports whether ws opens "is/was NAME the one who/that" or
// "is/was it NAME who/that", within a few words.
func asksTheOne(ws []string) bool {
	if len(ws) < 4 || ws[0] != "is" && ws[0] != "was" {
		return false
	}
	for i := 2; i+1 < len(ws) && i <= 6; i++ {
		switch {
		case ws[i] == "the" && i+2 < len(ws) && ws[i+1] == "one" && (ws[i+2] == "who" || ws[i+2] == "that"):
			return true
		case ws[1] == "it" && i >= 3 && ws[i] == "who":
			return true
		}
	}
	return false
}
