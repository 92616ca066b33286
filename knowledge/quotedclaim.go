package knowledge

import "strings"

// A line quoted as chat quotes it ("> nk has lost like 10k guys
// already", then on the next line "is that actually true? what does the
// article say") is what someone else said: a claim put to check, as much
// as one said with "someone said". Discord keeps the line break, so the
// quoted line is a statement of its own, and the question after it that
// names only the report asks what the report says of the claim, not its
// gist (see claimOverview).

// quotedLine reports whether the sentence s of a message is a quoted
// line: it opens with ">".
func quotedLine(s string) bool {
	return strings.HasPrefix(strings.TrimLeft(s, " \t"), ">")
}
