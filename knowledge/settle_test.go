package knowledge

import "testing"

func TestDoerChoice(t *testing.T) {
	// the act a choice of names is asked the doer of, "" for none
	checkReading(t, "doerChoice", func(an analysis) string {
		act, _, ok := doerChoice(an.words, an.terms)
		if !ok {
			return ""
		}
		return act
	}, []readingCase{
		{"Was it South Korea or Ukraine that suggested working together on the prisoners?", "propose"}, // a cleft
		{"who proposed it, sk or ua?", "propose"},                                                      // the names "who" may be
		{"did South Korea or Ukraine propose the approach?", "propose"},
		{"Did North Korea send troops to Russia or Ukraine?", ""}, // where to, not who
		{"was it a phone call or a meeting?", ""},                 // no names
	})
}
