package commands

import (
	"bytes"
	"encoding/json"

	"github.com/bwmarrin/discordgo"
)

// MarshalResponse is json.Marshal(r), byte for byte, for the HTTP
// endpoint, which answers with it.
//
// It costs less: encoding/json checks and compacts again what every
// json.Marshaler returns, and each row of buttons is one (discordgo's
// MessageComponent must be). That was a quarter of encoding an answer
// with feedback buttons. So the rest of the response is encoded without
// its rows, and the rows, which this package encodes already as
// encoding/json would pass them on, go where encoding/json wrote
// "components":null. A row of any other kind gets json.Marshal.
func MarshalResponse(r *discordgo.InteractionResponse) ([]byte, error) {
	if r == nil || r.Data == nil || len(r.Data.Components) == 0 {
		return json.Marshal(r)
	}
	for _, c := range r.Data.Components {
		if _, ok := c.(buttonRow); !ok {
			return json.Marshal(r)
		}
	}
	data := *r.Data
	data.Components = nil
	rest, err := json.Marshal(&discordgo.InteractionResponse{Type: r.Type, Data: &data})
	if err != nil {
		return nil, err
	}
	// Only "tts", "content" (a string: any quote in it is escaped, so no
	// `,"` inside it) and the type come before the components: the first
	// match is the field.
	const none = `,"components":null`
	at := bytes.Index(rest, []byte(none))
	if at < 0 { // a discordgo that orders its fields otherwise
		return json.Marshal(r)
	}
	at += len(none) - len("null")
	out := make([]byte, 0, len(rest)+160*len(r.Data.Components))
	out = append(append(out, rest[:at]...), '[')
	for i, c := range r.Data.Components {
		if i > 0 {
			out = append(out, ',')
		}
		out = c.(buttonRow).appendJSON(out)
	}
	out = append(out, ']')
	return append(out, rest[at+len("null"):]...), nil
}
