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
