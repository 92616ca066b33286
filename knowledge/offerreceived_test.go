package knowledge

import "testing"

func TestOfferReceivedIsNotSaid(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"did they agree to the proposal?", ""},                                                    // not that the POWs must want to move
		{"Dem accept the proposal?", ""},                                                           // not who made it
		{"Wetin Ukraine reply Cho for that phone call? Dem agree to the proposal?", ""},            // the second asked alone
		{"Where would captured North Korean soldiers go if they accept the offer?", "will-accept"}, // accepting it only supposed
		{"must the pows agree to relocate?", "condition"},                                          // agreeing to move, not to the offer
		{"is south korea ready to accept the pows under the proposal?", "will-accept"},             // the POWs accepted, not the offer
	})
}

func TestAsksOfferReceived(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"did ukraine agree to south korea's proposal", true},
		{"has kyiv approved cho's proposal", true},
		{"where would they go if they accept the offer", false},
		{"will south korea accept soldiers under the proposal", false},
	} {
		t.Run(tt.q, func(t *testing.T) {
			an := e.an.analyzeWords(sentenceWords(tt.q), true)
			if got := asksOfferReceived(an.words, an.terms); got != tt.want {
				t.Errorf("asksOfferReceived(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}
