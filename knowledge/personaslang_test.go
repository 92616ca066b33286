package knowledge

import "testing"

// The slang of a London roadman, a stoner, a K-pop stan, a New Zealand
// farmer and a Spanish speaker writing English (the pack's senses and
// fillers for them) is read as the question it asks; the same words about
// something else keep their own reading, and a question the report does
// not answer is still declined.
func TestPersonaSlang(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q string
		entry   string
	}{
		{"troops just chillin", "are the nk soldiers like... just chillin or actually in combat", "kursk-activity"},
		{"troops chilling", "are the troops chilling in kursk", "kursk-activity"},
		{"chill on sending is easing off", "will nk chill on sending more troops", "more-troops"},
		{"sk chiefs, after a wonder", "whoa so the sk chiefs think nk might send even more dudes? even after all the losses?", "more-troops"},
		{"chiefs of no one named", "what did the chiefs say about the kn-23", ""},
		{"prisoners flown there, not done", "✈️🇰🇷 have the pows flown to seoul yet??", ""},
		{"prisoners flown there already, not done", "prisoners flown to Seoul already?", ""},
		{"prisoners flown there, asked done", "were the prisoners flown to seoul already?", ""},
		{"prisoners flown there, offered", "will the prisoners be flown to seoul", "will-accept"},
		{"a minister flown there went in person", "did cho fly to kyiv", "how-proposed"},
		{"a count of dem man", "wait so 5000 of dem man died by early feb innit?", "fatalities-feb"},
		{"a country's mandem scrappin", "where are the nk mandem actually scrappin, wat region", "where-fighting"},
		{"the asker's mandem sayin, a frame", "mandem in the gc sayin the sk joint chiefs reckon nk is pullin its troops out innit?", "more-troops"},
		{"an offer scrapped, not fought", "is sk scrapping the offer", ""},
		{"peak for them, a proper war", "peak for nk innit, dis is their first proper war since when bruv", "first-since-1950s"},
		{"properly in a war", "is this rly the first war nk's been properly in since the 50s?? 😳", "first-since-1950s"},
		{"a place proper, not said", "were any nk troops sent into ukraine proper or only kursk so far?", ""},
		{"allow it, linkin wiv", "allow it, wats nk actually gettin out of linkin wiv russia", "combat-experience"},
		{"a link is a source's", "send me the link to the article", "source"},
		{"a link up had is a meeting", "how did cho pitch it, was it like a link up in person or wot", "how-proposed"},
		{"a proper sit down", "how did cho pitch it then, like a proper sit down meetin or a phone call", "how-proposed"},
		{"linking up with someone is working with them", "did sk link up with ukraine on the pows", "collaboration"},
		{"bestie after the question, for my thread", "which paragraph talks about the phone call bestie, need it for my thread", "how-proposed"},
		{"a country's bestie is its ally, not said", "is russia nk's bestie now", ""},
		{"main character energy", "bestie who is cho tae-yul bc he's giving main character energy", "cho-role"},
		{"need receipts", "where does this article come from, need receipts 🧾", "source"},
		{"pagina web", "oye what is the source of this, which pagina web?", "source"},
		{"more recent of two figures, brain fried", "so like, 3000 vs 4000, which one is more recent man, my brain is fried", "losses"},
		{"fixin to, a Southern frame", "@reportbot howdy y'all, who's the fm fixin to take in them nk soldiers?", "who-proposed"},
		{"fixing to is about to, no fix", "is sk fixing to take in the pows", "will-accept"},
		{"a country fixed a weapon", "russia fixed nk missiles??", "kn23"},
		{"muck around with", "whats the go with the kn23s, did the russians muck around with em?", "kn23"},
		{"help out generally", "crikey, did Cho reckon SK would help Ukraine out generally?", "sk-support"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.entry)
		})
	}
}

func TestGivingIsNoFillerAlone(t *testing.T) {
	// "he's giving" is a verb and its subject, filler only before "main
	// character": dropped, the question loses whom it asks of
	checkAnswers(t, testEngine(t), []answerCase{{"what is he's giving ukraine", ""}, {"what help hes giving the prisoners", ""}})
}
