package knowledge

import "testing"

func TestHedgeFrame(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"How confident is the article about the number of troops North Korea sent to Russia?", "troop-count", []string{"Not confirmed", "suggest"}},
		{"Is the claim that the troops are being trained and monitored stated as fact, or only as reported?", "kursk-activity", []string{"reportedly"}},
		{"May I ask, is the information about North Korea sending troops to Russia officially confirmed, or is it based on reports?", "who-says-sent", []string{"Kyiv"}},
		{"is the information about China sending troops to Russia officially confirmed, or is it based on reports?", "", nil},
		{"How confident is the article about the number of Russian troops killed in Kursk?", "", nil},
		{"is the news that Ukraine accepted the offer confirmed or just reported?", "", nil},
	})
}

func TestConfirmedOr(t *testing.T) {
	tests := []struct{ q, want string }{
		{"is the 4k death number confirmed or just an estimate", "the 4000 death number"},
		{"May I ask, is the information about North Korea sending troops officially confirmed, or reports?", "north korea sending troops"},
		{"is that confirmed or an estimate", ""},
		{"is the figure confirmed by Ukraine", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			rest, _ := confirmedOr(sentenceWords(tt.q))
			if got := joinWords(rest); got != tt.want {
				t.Errorf("confirmedOr(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
