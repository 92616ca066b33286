package knowledge

import "testing"

// TestClearLead: an entry ranked far ahead of the second answers below the
// threshold when the question has many terms and no word the pack does
// not know among those it knows; a short question, an unknown word in
// what is asked, or an entry at the threshold that covers too little, is
// still declined.
func TestClearLead(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		// many terms, every word known: a reworded question
		{"Which time-reference applies to the troop-dispatch to Russia: this year or last year?", "when-sent"},
		{"the US also confirm nk troops are in russia or only ukraine says this?", "who-says-sent"},
		// the unknown words come before every known one: a preamble
		{"oppa's gonna quiz me on this lol how did cho tae yul pitch it, like in person or on the phone?", "how-proposed"},
		{"absolute scenes, nk troops getting trained WHILE fighting?? is that actually in the report", "kursk-activity"},
		{"Kindly advise this office: under what condition would Seoul admit these prisoners into its territory?", "condition"},
		// the unknown word is what is asked, among the known ones
		{"How many tanks did North Korea send to Russia?", ""},
		{"How many drones has North Korea sent to Russia?", ""},
		// too few terms for the margin to say much
		{"What is the explosive yield of the KN-23?", ""},
		{"What is meant by the phrase 'bolster Russian forces' in the report?", ""},
		// at the threshold, covering too little: no lead below it
		{"On what date were the KN-23 accuracy improvements first observed?", ""},
		{"Provide the CEP of the KN-23 before and after the Russian-assisted upgrades.", ""},
	})
}
