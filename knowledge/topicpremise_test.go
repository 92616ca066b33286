package knowledge

import "testing"

func TestTopicPremiseKept(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ name, q, want string }{
		{"another side's losses", "And Ukraine soldiers, how many die?", ""},
		{"russia's losses", "and russian soldiers, how many died?", ""},
		{"the topic the report speaks of", "and the north korean troops, how many died?", "losses"},
		{"a person as topic", "and cho, what is his job?", "cho-role"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.want)
		})
	}
}
