package knowledge

import "testing"

func TestRequestPointsBack(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"I heard there might be more soldiers sent soon can you tell me who said that", true},
		{"I heard there might be more soldiers sent soon can you tell me who said that, right?", true},
		{"can you tell me who said that", false},                                        // nothing before it to point at
		{"I read the article twice can you tell me who proposed accepting them", false}, // asks of its own words
		{"could you please tell me who said that", false},                               // a polite opener says nothing
		{"I had understood it was made in Kyiv; would you tell me whether that is what the article says?", true},
		{"I read the article twice; can you tell me whether that proposal was accepted?", false}, // "that" names its own thing
	}
	e := testEngine(t)
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			r, at, ok := requestedAt(tt.s)
			if !ok {
				t.Fatalf("requested(%q) found no request", tt.s)
			}
			if got := e.an.requestPointsBack(tt.s[:at], r); got != tt.want {
				t.Errorf("requestPointsBack(%q, %q) = %v, want %v", tt.s, r, got, tt.want)
			}
		})
	}
	checkAnsweredBy(t, e, "I heard there might be more North Korean soldiers sent to Russia soon can you tell me who said that", "more-troops")
}

// TestPointedQuestion: a request whether what the message said is so puts
// what it said to check, and a claim with a wrong detail is corrected.
func TestPointedQuestion(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"I had understood that it was made in Kyiv; would you tell me whether that is what the article says?", "I had understood that it was made in Kyiv; is that right?"},
		{"I read that Cho made the offer in a letter, could you tell me whether that's right?", "I read that Cho made the offer in a letter; is that right?"},
		{"could you tell me whether that is right?", ""},                           // nothing said before it
		{"I read the article twice; can you tell me whether Cho proposed it?", ""}, // no pointer
	} {
		got, _ := pointedQuestion(tt.s)
		if got != tt.want {
			t.Errorf("pointedQuestion(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	e := testEngine(t)
	checkCorrection(t, e, "I had understood, perhaps wrongly, that the proposal was made during a visit by the minister to Kyiv; would you be kind enough to tell me whether that is what the article says?", "phone call")
}
