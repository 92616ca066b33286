package knowledge

import "testing"

// TestItsNames: a part that is only a kind of question and says "it" asks
// it of the part before's names that are no person, and both parts are
// answered; with no "it", it borrows the topic of the part before.
func TestItsNames(t *testing.T) {
	checkAnswersSaying(t, testEngine(t), []sayingCase{
		{"In what decade was North Korea last actively in a war like this, and whose side is it on now?", "first-since-1950s", []string{"1950s", "Russian forces"}},
		{"When did North Korea send troops and how many?", "when-sent", []string{"Last year", "thousands"}},
		// a part opened by the "how" of a manner asks it of the part before's topic
		{"Who made the offer, and how did he make it?", "who-proposed", []string{"Cho Tae-yul", "phone call"}},
	})
}
