package commands

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's limits on what a message may hold. They are enforced here and
// nowhere else: every response passes through fitEmbed and fitComponents.
const (
	maxContent       = 2000
	maxTitle         = 256
	maxDescription   = 4096
	maxFieldName     = 256
	maxFieldValue    = 1024
	maxFields        = 25
	maxFooter        = 2048
	maxEmbedTotal    = 6000
	maxEmbeds        = 10
	maxButtonsPerRow = 5
	maxRows          = 5
	maxLabel         = 80
	maxCustomID      = 100
	maxChoices       = 25
	maxChoiceName    = 100
	maxChoiceValue   = 100
)

const ellipsis = "…"

// truncate cuts s to at most n characters, at a rune boundary, ending in
// an ellipsis when it cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	rs := []rune(s)
	return strings.TrimRight(string(rs[:n-1]), " ") + ellipsis
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// embedSize is what Discord counts towards an embed's 6000 characters.
func embedSize(e *discordgo.MessageEmbed) int {
	n := runes(e.Title) + runes(e.Description)
	if e.Footer != nil {
		n += runes(e.Footer.Text)
	}
	if e.Author != nil {
		n += runes(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += runes(f.Name) + runes(f.Value)
	}
	return n
}

// fitEmbed makes e obey every embed limit: each part is cut to its own
// limit, then fields are dropped from the end until the total fits.
func fitEmbed(e *discordgo.MessageEmbed) *discordgo.MessageEmbed {
	e.Title = truncate(e.Title, maxTitle)
	e.Description = truncate(e.Description, maxDescription)
	if e.Footer != nil {
		e.Footer.Text = truncate(e.Footer.Text, maxFooter)
	}
	if len(e.Fields) > maxFields {
		e.Fields = e.Fields[:maxFields]
	}
	for _, f := range e.Fields {
		f.Name = truncate(f.Name, maxFieldName)
		f.Value = truncate(f.Value, maxFieldValue)
		if f.Name == "" {
			f.Name = "\u200b" // Discord rejects empty field names
		}
		if f.Value == "" {
			f.Value = "\u200b"
		}
	}
	size := embedSize(e)
	for size > maxEmbedTotal && len(e.Fields) > 0 {
		f := e.Fields[len(e.Fields)-1]
		size -= runes(f.Name) + runes(f.Value)
		e.Fields = e.Fields[:len(e.Fields)-1]
	}
	if over := size - maxEmbedTotal; over > 0 {
		e.Description = truncate(e.Description, runes(e.Description)-over)
	}
	return e
}

// button is a button that sends customID back when pressed.
func button(label, customID string, style discordgo.ButtonStyle) discordgo.Button {
	return discordgo.Button{Label: truncate(label, maxLabel), CustomID: customID, Style: style}
}

// rows lays buttons out in action rows of at most five, at most five rows.
// Buttons whose custom_id is too long to send are left out: a cut id would
// point at nothing.
func rows(buttons ...discordgo.Button) []discordgo.MessageComponent {
	var out []discordgo.MessageComponent
	var row buttonRow
	for _, b := range buttons {
		if len(b.CustomID) > maxCustomID || b.CustomID == "" {
			continue
		}
		if len(row) == maxButtonsPerRow {
			out = append(out, row)
			row = nil
		}
		row = append(row, b)
	}
	if len(row) > 0 {
		out = append(out, row)
	}
	if len(out) > maxRows {
		out = out[:maxRows]
	}
	return out
}

// buttonRow is an action row of buttons. It encodes itself: discordgo's
// ActionsRow and Button re-marshal through wrapper types, which cost more
// than all the rest of a response (measured: 12 of 14.5µs).
type buttonRow []discordgo.Button

func (r buttonRow) Type() discordgo.ComponentType { return discordgo.ActionsRowComponent }

func (r buttonRow) MarshalJSON() ([]byte, error) {
	return r.appendJSON(make([]byte, 0, 128*len(r))), nil
}

// appendJSON appends the row as MarshalJSON encodes it, and as
// encoding/json passes that on: compact, with <, > and & escaped (in
// appendString).
func (r buttonRow) appendJSON(b []byte) []byte {
	b = append(b, `{"type":1,"components":[`...)
	for i, btn := range r {
		if i > 0 {
			b = append(b, ',')
		}
		style := btn.Style
		if style == 0 {
			style = discordgo.PrimaryButton
		}
		b = append(b, `{"type":2,"style":`...)
		b = strconv.AppendInt(b, int64(style), 10)
		b = append(b, `,"label":`...)
		b = appendString(b, btn.Label)
		b = append(b, `,"custom_id":`...)
		b = appendString(b, btn.CustomID)
		b = append(b, `,"disabled":`...)
		b = strconv.AppendBool(b, btn.Disabled)
		b = append(b, '}')
	}
	return append(b, "]}"...)
}

// appendString appends s as a JSON string, as encoding/json writes it: a
// string with nothing to escape (most labels and ids) is copied, the rest
// is escaped by encoding/json.
func appendString(b []byte, s string) []byte {
	if plainJSON(s) {
		b = append(b, '"')
		b = append(b, s...)
		return append(b, '"')
	}
	q, _ := json.Marshal(s) // a string always encodes
	return append(b, q...)
}

// plainJSON says whether encoding/json writes s as it is, between quotes:
// valid UTF-8 with no control character, quote, backslash, HTML character
// (<, >, &) or line or paragraph separator.
func plainJSON(s string) bool {
	ascii := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20, c == '"', c == '\\', c == '<', c == '>', c == '&':
			return false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return ascii || (utf8.ValidString(s) && !strings.ContainsAny(s, "\u2028\u2029"))
}

// markdown escapes the characters Discord reads as formatting, so user
// text shows as typed.
var markdown = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`, ">", `\>`, "#", `\#`, "[", `\[`, "]", `\]`, "@", "@\u200b",
)

func escape(s string) string { return markdown.Replace(s) }

// noMentions allows no mentions at all: nothing a user typed, echoed back,
// may ping @everyone, a role or a user.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}
