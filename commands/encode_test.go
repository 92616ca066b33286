package commands

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// MarshalResponse writes what json.Marshal writes, for every response the
// commands give and for ones they do not.
func TestMarshalResponseMatchesJSON(t *testing.T) {
	var rs []*discordgo.InteractionResponse
	for _, feedback := range []bool{false, true} {
		s := testSet(t, Options{MaxQuestion: 300, Feedback: feedback})
		p := s.engine.Pack()
		add := func(i *discordgo.Interaction) {
			r, _ := s.Respond(i)
			rs = append(rs, r)
		}
		for _, e := range p.Entries {
			add(press("entry:" + e.ID))
			add(slash("ask", str("question", e.Question)))
		}
		for _, q := range []string{"How many Russian tanks were destroyed?", "hello", "", "🙂", "a<b>c & d?", `say "hi" \ there`,
			"bad \xff utf-8", "sep\u2028arator\u2029", "line\nbreak\ttab\x00", "bake a cake", strings.Repeat("ü", 300)} {
			add(slash("ask", str("question", q)))
		}
		for _, typed := range []string{"", "k", "north korean soldiers", "<&>"} {
			add(autocomplete(typed))
		}
		for n := 0; n <= len(p.Paragraphs)+1; n++ {
			add(press("para:" + itoa(n)))
		}
		for _, name := range []string{"source", "help", "facts", "nonsense"} {
			add(slash(name))
		}
		for _, topic := range append(p.Topics(), "") {
			for page := 0; ; page++ {
				data, ok := s.factsPage(topic, page)
				if !ok {
					break
				}
				rs = append(rs, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: withMentions(data)})
			}
		}
		add(press("vote:0190c2b4-6b1e-7c3d-8e4f-0123456789ab:up"))
		add(press("unknown:x"))
	}
	rs = append(rs, nil, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong},
		// components of another kind, alone and after a row of buttons
		&discordgo.InteractionResponse{Type: 4, Data: &discordgo.InteractionResponseData{Content: "x", Components: []discordgo.MessageComponent{
			discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: "a", CustomID: "b"}}}}}},
		&discordgo.InteractionResponse{Type: 4, Data: &discordgo.InteractionResponseData{Content: `,"components":null`, Components: []discordgo.MessageComponent{
			rows(button("<👍>", "vote:x:up", discordgo.SecondaryButton))[0],
			discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: "a", CustomID: "b"}}}}}},
		&discordgo.InteractionResponse{Type: 4, Data: &discordgo.InteractionResponseData{Content: `,"components":null`, TTS: true,
			Components: rows(button("a&b", "c", discordgo.PrimaryButton), button("d", "e\u2028", 0))}},
	)
	withRows := 0
	for n, r := range rs {
		want, werr := json.Marshal(r)
		got, gerr := MarshalResponse(r)
		if (werr != nil) != (gerr != nil) || !bytes.Equal(got, want) {
			t.Errorf("response %d:\ngot  %s (%v)\nwant %s (%v)", n, got, gerr, want, werr)
		}
		if bytes.Contains(want, []byte(`"components":[{"type":1`)) {
			withRows++
		}
	}
	if withRows < 100 {
		t.Errorf("only %d of %d responses have buttons", withRows, len(rs))
	}
}
