package knowledge

import (
	"strings"
	"testing"
)

func TestReadBlanks(t *testing.T) {
	for _, tt := range []struct {
		name, text, want string
	}{
		{"before what is counted", "Ukraine has captured ___ North Korean soldiers so far.", "ukraine has captured how many north korean soldiers so far"},
		{"before a verb of those counted", "Of the casualties, ___ were killed.", "of the casualties how many were killed"},
		{"after a word of degree", "forces endured about ____ fatalities", "forces endured about how many fatalities"},
		{"a thing named around it", "The talks focus on the ___ of the prisoners.", "the talks focus on the of the prisoners"},
		{"its own question word", "North Korea sent troops ___ (when?)", "north korea sent troops when"},
		{"one underscore is no blank", "a_b troops", "a b troops"},
		{"no blank", "how many died?", "how many died"},
		{"Discord's underline", "who proposed accepting __North Korean soldiers__?", "who proposed accepting north korean soldiers"},
		{"a place", "North Korea sent troops to ___", "north korea sent troops to where"},
		{"after another preposition", "sent troops to Russia in ___", "sent troops to russia in " + blankWord},
		{"a place of its own", "accept the POWs within its ___ if they wish", "accept the pows within its where if they wish"},
		{"a verb after to", "POWs willing to ___.", "pows willing to"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(sentenceWords(tt.text), " "); got != tt.want {
				t.Errorf("sentenceWords(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
