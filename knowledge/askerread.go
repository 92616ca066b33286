package knowledge

// "I only read first and last paragraph; in which region is the fighting?"
// tells what the asker has read, not where the answer stands: a paragraph
// named as the object of the asker's own "only read" ("just read",
// "skimmed") points at nothing, so the question is ranked as any other
// (and the pack's fillers read the whole aside away), not turned down by
// paragraphGuard for quoting nothing of the paragraph named.

// readByAsker reports whether the ordinal at i (of "first paragraph",
// "first and last paragraph") follows the asker's "only read" or "just
// read" within four words.
func readByAsker(ws []string, i int) bool {
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if askerReadWords[ws[j]] && askerReadLead[ws[j-1]] {
			return true
		}
	}
	return false
}

var (
	askerReadWords = setOf("read", "skimmed", "skim")
	askerReadLead  = setOf("only", "just")
)
