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
		{"prisoners flown there, offered", "will the prisoners be flown to seoul", "will-accept"},
		{"a minister flown there went in person", "did cho fly to kyiv", "how-proposed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.entry)
		})
	}
}
