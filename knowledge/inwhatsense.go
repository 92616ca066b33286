package knowledge

// "In what sense is North Korea's involvement a first?" asks how it is
// one, as "in what way" does (the pack's "how"). The word "sense" is left
// to no synonym: known to the pack, it would be the nearest word to a
// misspelt "since" ("first war sinse the 1950s"), which it then is not.

// inWhatSense reads "in what sense" and "in which sense" as "in what
// way", in place.
func inWhatSense(ws []string) []string {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "in" && (ws[i+1] == "what" || ws[i+1] == "which") && (ws[i+2] == "sense" || ws[i+2] == "respects") {
			ws[i+2] = "way"
		}
	}
	return ws
}
