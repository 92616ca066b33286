package knowledge

// howCameAbout reports whether ws asks how a state came about: "how did
// Kursk end up under Russian control?", "how had it come to this?". Such a
// question asks the way there, as "how exactly" does (see asksMethod): an
// entry that states the state ("the Kursk region is under Russian
// control") does not answer it. "How would a POW end up in South Korea?"
// asks what would have to happen, and is not read so.
func howCameAbout(ws []string) bool {
	if len(ws) < 4 || ws[0] != "how" || !cameAboutAux[ws[1]] {
		return false
	}
	for i := 2; i+1 < len(ws); i++ {
		if cameAboutVerbs[ws[i]] && cameAboutAfter[ws[i+1]] {
			return true
		}
	}
	return false
}

// cameAboutAux, cameAboutVerbs and cameAboutAfter make up "how did ...
// end up", "how has ... come to", "how did ... come under".
var (
	cameAboutAux   = setOf("did", "had", "has", "have")
	cameAboutVerbs = setOf("end", "ended", "come", "came")
	cameAboutAfter = setOf("up", "to", "under")
)
