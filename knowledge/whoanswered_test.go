package knowledge

import "testing"

// whoHolds reads the role a question asks who holds, and nothing of a
// question that asks who did a thing.
func TestWhoHolds(t *testing.T) {
	checkRewrite(t, "whoHolds", whoHolds, []readingCase{
		{"who 's the south korean minister", "south korean minister"},
		{"who is budanov", "budanov"},
		{"who said the troops gain experience", ""},
		{"what did he say", ""},
	})
}
