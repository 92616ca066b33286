package knowledge

import "testing"

// TestWrongTitle: a claim put to check with a wrong word qualifying a
// title before a name is answered by the entry that states the post; a
// question asked plainly is declined.
func TestWrongTitle(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"defense minister Cho proposed accepting the POWs, right?", "Foreign Minister"},
		{"I read that South Korea's defence minister, Cho Tae-yul, offered to take in captured North Korean soldiers. Is that right?", "Foreign Minister"},
		{"Did Prime Minister Cho propose it?", ""},                                           // asked plainly
		{"I read that Prime Minister Cho Tae-yul made the offer. true?", "Foreign Minister"}, // asked as "minister Cho"
		// review leftover 4: a post put in the past, and a title on the wrong name
		{"Former Minister Cho proposed accepting the prisoners, right?", "Foreign Minister"}, // "former", the pack's "previously"
		{"Minister Kim proposed accepting the prisoners, right?", "Cho Tae-yul"},             // "Kim" after a title is a person, not North Korea
		{"FM Kim offered to take the POWs, right?", "Cho Tae-yul"},                           // review28 item 4: one reading of a titled Kim, the pack's sense, no entity of its own
		{"Minister Kim from South Korea made the POW offer, right?", "Cho Tae-yul"},          // the same wrong person, where he is from between him and the act (asked as who made it), never answered as South Korea's offer alone
		{"Minister Kim from Japan made the POW offer, right?", ""},                           // two names wrong
		{"Did Minister Kim propose it?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}
