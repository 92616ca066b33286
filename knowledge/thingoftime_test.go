package knowledge

import "testing"

func TestThingOfTime(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"which war did nk fight in the 1950s, whats it called", ""},
		{"which war did north korea last fight", ""},
		{"what war did nk join last year", "why-sent"}, // the war against Ukraine, not when
		{"which year did north korea send troops", "when-sent"},
		{"What happened during the war North Korea fought in the 1950s?", ""}, // its events, not when
		{"What happened in January 2025?", "losses-january"},                  // what the report has of a date
		{"When did North Korea last take part in a war before this one?", "first-since-1950s"},
		{"What historical precedent does the deployment represent for the DPRK?", "first-since-1950s"}, // a precedent is a time before
	})
}
