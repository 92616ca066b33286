package bot

import (
	"strings"
	"testing"
	"unicode"

	"github.com/bwmarrin/discordgo"
)

func TestCleanText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "who is budanov?", "who is budanov?"},
		{"right-to-left override", "who is \u202Evonadub\u202C?", "who is vonadub?"},
		{"isolates and marks", "\u2066who\u2069 \u200Fis\u200E \u061Cit", "who is it"},
		{"zero-width space, joiners, word joiner", "bu\u200Bda\u200Cn\u200Do\u2060v", "budanov"},
		{"byte-order mark and soft hyphen", "\uFEFFkursk\u00AD", "kursk"},
		{"control characters", "kn\x0023\x1b[31m", "kn23[31m"},
		{"line breaks and tabs stay", "a\nb\tc", "a\nb\tc"},
		{"other scripts stay", "Курськ 쿠르스크 كورسك", "Курськ 쿠르스크 كورسك"},
		{"emoji stay", "🇺🇦 👍", "🇺🇦 👍"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanText(tt.in); got != tt.want {
				t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// hiddenIn names the first format or control character in s.
func hiddenIn(s string) (rune, bool) {
	for _, r := range s {
		if unicode.Is(unicode.Cf, r) && r != '\u200B' || unicode.Is(unicode.Cc, r) && r != '\n' {
			// the commands put a zero-width space in "@everyone" on purpose
			return r, true
		}
	}
	return 0, false
}

// Fault 8: right-to-left overrides and zero-width characters typed into a
// question are not echoed into the answer's title.
func TestEchoedQuestionIsCleaned(t *testing.T) {
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 5})
	const q = "\u202Ewho is \u200Bbudanov\u2066?\u2069\uFEFF"
	r.fake.dispatch("INTERACTION_CREATE", interaction("3701", discordgo.InteractionApplicationCommand, askData(q), "300000000000000001", true))
	cb := r.callback(t, "3701")
	r.fake.dispatch("MESSAGE_CREATE", message("3702", "610000000000000001", "", "300000000000000002", q, false))
	m := r.reply(t, "610000000000000001")
	for what, embeds := range map[string][]*discordgo.MessageEmbed{"/ask": cb.Data.Embeds, "DM": m.Embeds} {
		if len(embeds) != 1 {
			t.Errorf("%s: %d embeds", what, len(embeds))
			continue
		}
		if c, bad := hiddenIn(embeds[0].Title); bad {
			t.Errorf("%s: title %q holds %U", what, embeds[0].Title, c)
		}
		if !strings.Contains(embeds[0].Title, "who is budanov?") || !strings.Contains(embeds[0].Description, "Defense Intelligence") {
			t.Errorf("%s: answered %q with %q", what, embeds[0].Title, embeds[0].Description)
		}
	}
}
