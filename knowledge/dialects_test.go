package knowledge

import "testing"

// Taglish questions mix Tagalog question words, particles and verbs into
// English (the pack's Taglish synonyms): they are read as the English
// question they ask, and one the report does not answer is still declined.
func TestTaglish(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q string
		entry   string
	}{
		{"who, with particles", "Sino po yung foreign minister ng South Korea?", "cho-role"},
		{"how many, killed or injured", "Ilan po ang sugatan o patay nung January?", "losses-january"},
		{"when sent", "Kailan po nagpadala ng sundalo ang North Korea?", "when-sent"},
		{"where fighting", "Saan po nakikipaglaban yung NK troops?", "where-fighting"},
		{"captured count, not given", "Ilan po ang nahuli ng Ukraine na NK soldiers?", ""},
		{"not about the report", "Sino po ang presidente ng Pilipinas?", ""},
		{"end of the war, not given", "Kailan po matatapos ang giyera?", ""},
		{"phone or in person", "Paano po ginawa ni Cho yung offer, phone call o personal?", "how-proposed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.entry)
		})
	}
}

// Stan and gamer chat around a question ("gg ez", "so slay", "bestie"
// hailing the bot) is read as framing, and the question inside answered.
func TestChatSlang(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q string
		entry   string
	}{
		{"bestie before a question", "bestie what did budanov say", "combat-experience"},
		{"sis before a question", "sis when did nk send troops", "when-sent"},
		{"taunt before a question", "gg ez, how many nk soldiers died by feb", "fatalities-feb"},
		{"praise before a question", "sk taking the pows is so slay, who proposed it tho", "who-proposed"},
		{"praise, unanswerable", "slay, what is the kn-23 range", ""},
		{"a game's raid beside the question", "raid tonight, but first: who proposed taking the pows", "who-proposed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.entry)
		})
	}
}
