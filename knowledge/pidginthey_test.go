package knowledge

import "testing"

// TestPidginThey: a clause-opening "dem" before a verb is "they", an
// "abi" before it "or"; after a noun it is the plural, and stays.
func TestPidginThey(t *testing.T) {
	checkRewrite(t, "pidginThey", pidginThey, []readingCase{
		{"dem agree to the proposal", "they agree to the proposal"},
		{"so sk still dey back ukraine abi dem don pull out", "so sk still dey back ukraine or they don pull out"},
		{"or dem go send more", "or they go send more"},
		{"a weh di soldier dem a fight", "a weh di soldier dem a fight"},
		{"dem soldiers fight where", "dem soldiers fight where"},
		{"na so abi", "na so abi"},
	})
}

// TestPidginClauses: read so, the second of two questions stands on the
// first's names ("Dem agree?" of Ukraine, which the report never says),
// an "abi" choice is asked as one, and a claim with Pidgin's perfect
// "don" is put to check.
func TestPidginClauses(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Wetin Ukraine reply Cho for that phone call? Dem agree to the proposal?", ""},
		{"So SK still dey back Ukraine abi dem don pull out? 🤔", "sk-support"},
		{"So Ukraine talk say 4,000 North Korean soldiers don die by January abi? Abeg confirm", "losses-january"},
		{"China don send troops?", ""},
		{"North Korea send troops. Dem go send tanks too?", ""},
	})
}
