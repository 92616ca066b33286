package knowledge

import "testing"

// TestClaimPointedBack: "that claim" in the last sentence is the claim an
// earlier sentence names, asked of as a claim is.
func TestClaimPointedBack(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"The surface 'Kim's men learn the trade' rests on a claim that the North Korean army is picking up battlefield know-how. Does the report make that claim, and who makes it?", "combat-experience"},
		{"The post rests on a claim that the North Korean army is picking up cooking skills. Does the report make that claim, and who makes it?", ""},
		{"My uncle repeats a claim that North Korea sent 50,000 troops. Does the report make that claim?", ""},
		{"A blog pushes the claim that China sent troops to Russia. Who makes that claim in the report?", ""},
	})
}
