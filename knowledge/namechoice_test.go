package knowledge

import "testing"

func TestNamesChoiceOnly(t *testing.T) {
	e := testEngine(t)
	tests := []turnCase{
		{"first, is it from", nil, "is it from Ukraine or South Korea?", "", ""},
		{"first, it is from", nil, "It is from Ukraine or from South Korean intelligence?", "", ""},
		{"after a premise that asks", nil, "Who made the estimation of 4000 dead? It is from Ukraine or from South Korean intelligence? source?", "", ""},
		{"after figures, of them", []string{"how many north korean soldiers were killed or injured?"}, "is it from Ukraine or South Korea?", "losses", "Ukraine reported"},
	}
	checkTurns(t, e, tests)
}
