package knowledge

import "testing"

func TestSupposedOnlyIsNoAnswer(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"boss, so south korea'll have the nk lads if ukraine catches em yeah?", ""}, // not who captured them
		{"so sk will have em if ukraine captures them yeah?", "who-proposed"},        // "will have" reads as taking in: an act before the "if"
		{"south korea will take them if they want to move, right?", "will-accept"},   // the claim reads its act
		{"where would they go if they accept the offer?", "will-accept"},             // a kind of question before the "if"
		{"so sk will grab em if ukraine captures them yeah?", ""},                    // "grab" reads as capturing, as the supposition does: not "By Ukraine"
		{"so sk will nab em if ukraine captures them yeah?", ""},                     // the same key on both sides of the "if"
		{"so sk will take em if ukraine captures them yeah?", "who-proposed"},        // "take" is accepting: an act of its own
		{"lowkey what does sk do w/ the pows if they wanna come", "condition"},
		{"Tell me if the troops are monitored.", "kursk-activity"}, // "if" as "whether"
	})
}
