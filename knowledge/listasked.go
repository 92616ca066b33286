package knowledge

// listRequests open a request for the things after them, one by one
// ("Enumerate the weapons North Korea gave Russia", "list the tanks
// destroyed"): it asks which they are, as "which weapons ...?" does.
// ("Name the decade in which ..." asks a time, when "which decade" does,
// and "name" is left out.)
var listRequests = setOf("list", "enumerate", "itemize", "itemise")

// listedAt reports whether the word at i is what a request opening ws
// lists: right after it, or after its "the", "all" or "any".
func listedAt(ws []string, i int) bool {
	if i == 1 {
		return listRequests[ws[0]]
	}
	return i == 2 && listRequests[ws[0]] && (ws[1] == "the" || ws[1] == "all" || ws[1] == "any")
}
