package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// cleanText removes what a user could type to make the bot's echo of
// their question read otherwise than it is: format characters (Unicode
// category Cf: right-to-left and other bidi overrides and isolates,
// zero-width spaces and joiners, the byte-order mark, soft hyphens) and
// control characters other than line breaks and tabs.
func cleanText(s string) string {
	i := strings.IndexFunc(s, hidden)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if !hidden(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func hidden(r rune) bool {
	if r < utf8.RuneSelf {
		return r < 0x20 && r != '\n' && r != '\t' && r != '\r' || r == 0x7f
	}
	return unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Cc, r)
}

// cleanInteraction applies cleanText to the text a user typed into a
// command's options (and autocomplete's partial input), in place.
func cleanInteraction(i *discordgo.Interaction) {
	if i.Type != discordgo.InteractionApplicationCommand && i.Type != discordgo.InteractionApplicationCommandAutocomplete {
		return
	}
	d, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return
	}
	cleanOptions(d.Options)
}

func cleanOptions(opts []*discordgo.ApplicationCommandInteractionDataOption) {
	for _, o := range opts {
		if o == nil {
			continue
		}
		if s, ok := o.Value.(string); ok {
			o.Value = cleanText(s)
		}
		cleanOptions(o.Options)
	}
}
