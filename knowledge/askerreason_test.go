package knowledge

import "testing"

func TestAskersReason(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		q, rest string
		ok      bool
	}{
		{"what did Russia do to the KN-23 missiles because I could not catch it the first time", "what did Russia do to the KN-23 missiles", true},
		{"who is Budanov? asking because my reader skipped over it", "who is Budanov? asking", true},
		{"why did Seoul offer, because North Korea sent troops?", "", false}, // names the report's people: part of what is asked
		{"how many died because I heard", "how many died", true},
		{"died because I heard", "", false}, // too short to leave a question
		// what the asker knows of is the asker's state, though it names a country
		{"where are they fighting, as I confess my geography of that part of Russia is rather hazy.", "where are they fighting", true},
		{"where are they fighting, as I think Russia is hiding them", "", false},
		// what the answer means to the asker, its subject pointing back at what is asked
		{"was it on a phone call, because I'd like to share it with a colleague tomorrow.", "was it on a phone call", true},
		{"will they send more, since that would mean more families waiting at home.", "will they send more", true},
		{"is it over 3,000, because those are very different griefs to carry", "is it over 3,000", true},
		{"has North Korea fought a war since that war in the 1950s?", "", false}, // "since that" with no verb after it: a date
		{"why did they go, since that would help Russia?", "", false},            // names the report's country
		{"is this the first war since those years of the 1950s?", "", false},     // a date, not a reason
	} {
		rest, ok := e.withoutAskersReason(tt.q)
		if ok != tt.ok || rest != tt.rest {
			t.Errorf("withoutAskersReason(%q) = %q, %v; want %q, %v", tt.q, rest, ok, tt.rest, tt.ok)
		}
	}
	checkAnsweredBy(t, e, "can you tell me what the report says Russia did to the North Korean KN-23 missiles because I could not catch it the first time", "kn23")
}
