package knowledge

import "testing"

// The pack reads the wrappers of a formal or a plain register around a
// question as nothing ("in respect of", "in fact", "in simple words", "in
// kid-friendly terms", "can you tell us"; "in what terms" is how, "on
// what basis" the report describes a thing what it says, a figure
// "qualified" one hedged), and losses "deterring" a country as the
// question whether it sends more; the rest of the question decides, and
// declines what the report does not say, as whether a party does "the
// right thing", which it does not judge.
func TestRegisterWrappers(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ name, q, entry string }{
		{"in respect of", "In respect of the KN-23, what did Russia do?", "kn23"},
		{"in fact", "Has Ukraine in fact captured any North Korean soldiers?", "captured"},
		{"in fact, not said", "Did Ukraine in fact capture any Russian generals?", ""},
		{"in plain words", "Could you tell us in plain words who Cho Tae-yul is?", "cho-role"},
		{"kid-friendly", "Can you tell us who Kyrylo Budanov is in kid-friendly terms?", "budanov-role"},
		{"simple words, not said", "Can you tell us the weather in Kursk in simple words?", ""},
		{"losses deterring", "Have the losses discouraged Pyongyang from sending reinforcements?", "more-troops"},
		{"deterring no sending", "Is anything deterring Seoul from accepting the prisoners?", ""},
		{"in what terms", "In what terms did Minister Cho reaffirm Seoul's position towards Kyiv?", "sk-support"},
		{"on what basis described", "On what basis does the report describe North Korea's participation as historically notable?", "first-since-1950s"},
		{"on what basis, the offer", "On what basis would South Korea accept the prisoners?", "condition"},
		{"figure qualified", "How is the 4,000 fatality figure qualified in the report?", "fatalities-feb"},
		{"who qualifies", "Who qualifies to move to South Korea?", "condition"},
		{"feature of a weapon", "Which feature of the KN-23 did Russia improve?", "kn23"},
		{"feature, another improver", "Which feature of the KN-23 did China improve?", ""},
		{"weapons capabilities", "What does the report suggest Russia is contributing to North Korea's weapons capabilities?", "combat-experience"},
		{"nuclear capabilities", "Does North Korea have nuclear weapons capabilities?", ""},
		{"the right thing", "Do you think South Korea is doing the right thing here?", ""},
		{"a good idea", "Is taking the prisoners in a good idea?", ""},
		{"an idea, asked whose", "Whose idea was the offer?", "who-proposed"},
		{"the writer describes", "How does the writer describe the talks between South Korea and Ukraine?", "significance"},
		{"who the writer is", "Who is the writer?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.entry)
		})
	}
}
