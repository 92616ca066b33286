package knowledge

import "testing"

// TestRoleHolder: "who was the minister on the call?" asks who holds a
// post, answered by the entry whose answer names the one who does; a post
// of another country, or one the report never tells, is declined.
func TestRoleHolder(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"@kim no, it says phone call not a meeting. but who was the minister on the call", "how-proposed"},
		{"g'day, which country's the minister from that rang up ukraine", "how-proposed"},
		{"who was the Ukrainian minister on the call?", ""},
		{"who was the defence minister on the call?", ""},
		{"Who is the minister of Ukraine who spoke with Cho?", ""},
	})
}
