package knowledge

import "testing"

// TestChatSlangWords: chat's asides (typing one-handed, "teh", a "galaxy
// brain" summary, Patois "ahlie" and "mi cyaan tell", Tamil "dai", "real
// talk" before a question, "trust me bro") say nothing; a
// "proper scrap" is a war, "free xp" is experience, to "rock up"
// somewhere is to move there, a country that "will have" the soldiers
// takes them in, a country's "foreign guy" is its foreign minister. Each word's other
// uses, and the same words of what the report does not say, stay
// declined.
func TestChatSlangWords(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"sorry typing w baby on me who is teh korean guy who offerd to take the prisoners", "who-proposed"},
		{"nk farming free xp from this war or what 😂", "combat-experience"},
		{"what's the whole point of the sk ukraine talks, galaxy brain summary 🧠", "talks-focus"},
		{"sound. what's the catch though la, can any of them just rock up in seoul?", "condition"},
		{"is this the first time nk's been in a proper scrap since the 50s?", "first-since-1950s"},
		{"ahlie so budanov a seh nk gettin better at war from dis? wah exactly dem gainin, mi cyaan tell", "combat-experience"},
		{"so south korea will have the nk lads if ukraine catches em?", "who-proposed"},
		{"south korea would have them if they want to go?", "will-accept"},
		{"so japan will have the nk lads if ukraine catches em?", ""},
		{"will nk have more soldiers in kursk?", ""},
		{"so russia will have the prisoners back?", ""},
		{"kursk is ukraine side or russia side, dai?", "kursk-control"},
		{"ok real talk how many nk soldiers dead by early feb", "fatalities-feb"},
		{"ok real talk how many russian soldiers dead by early feb", ""},
		{"dai who controls crimea?", ""},
		{"@bot who's actually saying nk sent troops, 'trust me bro' or real sources", "who-says-sent"},
		{"who says nk sent tanks, trust me bro or real sources", ""},
		{"This Crimea wahala, who dey control that place sef?", ""},
		{"who is the SK foreign guy", "cho-role"},
		{"who is the ukraine foreign guy", ""},
		{"was there a foreign man in kursk?", ""},
		{"did sk scrap the proposal?", ""},
		{"can they rock up in tokyo?", ""},
		{"did cho rock up in kyiv?", ""},
		{"nk getting free weapons from russia?", ""},
		{"is this the first time japan's been in a proper scrap since the 50s?", ""},
		{"who is teh japanese guy who offered to take the prisoners", ""},
	})
}
