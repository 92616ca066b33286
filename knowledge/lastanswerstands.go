package knowledge

// A question about the last answer that the report does not answer of it
// ("says who?" of the early-February estimate, which it attributes to no
// one) leaves that answer in view: "is that confirmed?" next is still of
// the estimate, not of a question turned down. Only a question asked of
// its own, declined, turns the conversation's last answer away.

// stands marks a, an answer about the last answer, as leaving it in view
// when it is declined.
func stands(a Answer) Answer {
	if !a.Answered && a.Outcome == Declined {
		a.ofLastStands = true
	}
	return a
}
