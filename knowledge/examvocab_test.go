package knowledge

import "testing"

// TestExamVocabulary checks an exam's wording of questions the pack
// answers: imperatives that only say how to answer ("Indicate ...",
// "Enumerate ..."), a person's "designation" as the post held, and a
// "strategic benefit" as what a side gets out of a thing.
func TestExamVocabulary(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		q, want string
	}{
		{"Indicate the original source of the report.", "source"},
		{"With reference to the given report, identify the designation of the South Korean official who proposed accepting North Korean prisoners of war.", "who-proposed"},
		{"What is Cho's designation?", "cho-role"},
		{"What is Budanov's designation?", "budanov-role"},
		{"Missile designation improved by Russia?", "kn23"},
		{"What, according to the report, is the strategic benefit accruing to North Korea from its collaboration with Russian forces?", "combat-experience"},
		{"Enumerate the casualty figures provided in the report for North Korean troops, indicating the time reference of each.", "fatalities-feb"},
		{"Name the region in which North Korean troops are stated to be engaged in combat.", "kursk-activity"},
		// elsewhere the same words keep their meaning or stay unknown
		{"Name the city in which Russian troops are stated to be engaged in combat.", ""},
		{"Enumerate the casualty figures provided in the report for Russian troops, indicating the time reference of each.", ""},
		{"List the troop numbers provided in the report, indicating the source of each.", ""},
		{"Was North Korea provided weapons?", ""},
		{"What do the losses indicate?", "casualties-indicate"},
		{"What's the official designation of the North Korean unit deployed to Kursk?", ""},
		{"Indicate the date of the phone call.", ""},
	} {
		t.Run(tt.q, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.want)
		})
	}
}
