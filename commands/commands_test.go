package commands

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/google/uuid"

	"reportbot/knowledge"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func testSet(t testing.TB, opts Options) *Set {
	t.Helper()
	p, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return New(knowledge.NewEngine(p), opts)
}

// slash builds the interaction Discord sends for a slash command.
func slash(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: "1", Type: discordgo.InteractionApplicationCommand,
		Data: discordgo.ApplicationCommandInteractionData{Name: name, Options: opts},
	}
}

func str(name, value string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: value}
}

func press(customID string) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: "2", Type: discordgo.InteractionMessageComponent,
		Data: discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent},
	}
}

func autocomplete(typed string) *discordgo.Interaction {
	o := str("question", typed)
	o.Focused = true
	return &discordgo.Interaction{
		ID: "3", Type: discordgo.InteractionApplicationCommandAutocomplete,
		Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{o}},
	}
}

// checkLimits fails the test for anything Discord would reject. It counts
// independently of limits.go, so a bug there cannot hide here.
func checkLimits(t *testing.T, what string, r *discordgo.InteractionResponse) {
	t.Helper()
	n := utf8.RuneCountInString
	if r == nil || r.Data == nil {
		if r != nil && r.Type == discordgo.InteractionResponsePong {
			return
		}
		t.Fatalf("%s: no response data", what)
	}
	d := r.Data
	if n(d.Content) > 2000 {
		t.Errorf("%s: content %d > 2000", what, n(d.Content))
	}
	if r.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
		if len(d.Choices) > 25 {
			t.Errorf("%s: %d choices > 25", what, len(d.Choices))
		}
		for _, c := range d.Choices {
			if v, _ := c.Value.(string); n(c.Name) > 100 || n(c.Name) == 0 || n(v) > 100 {
				t.Errorf("%s: choice %q too long or empty", what, c.Name)
			}
		}
		return
	}
	if d.AllowedMentions == nil || d.AllowedMentions.Parse == nil || len(d.AllowedMentions.Parse) != 0 || len(d.AllowedMentions.Users) != 0 || len(d.AllowedMentions.Roles) != 0 {
		t.Errorf("%s: allowed mentions %+v, want none allowed", what, d.AllowedMentions)
	}
	if len(d.Embeds) > 10 {
		t.Errorf("%s: %d embeds", what, len(d.Embeds))
	}
	for _, e := range d.Embeds {
		total := n(e.Title) + n(e.Description)
		if n(e.Title) > 256 || n(e.Description) > 4096 || len(e.Fields) > 25 {
			t.Errorf("%s: title %d, description %d, fields %d", what, n(e.Title), n(e.Description), len(e.Fields))
		}
		for _, f := range e.Fields {
			if n(f.Name) > 256 || n(f.Value) > 1024 || f.Name == "" || f.Value == "" {
				t.Errorf("%s: field %q (%d) / value %d", what, f.Name, n(f.Name), n(f.Value))
			}
			total += n(f.Name) + n(f.Value)
		}
		if e.Footer != nil {
			if n(e.Footer.Text) > 2048 {
				t.Errorf("%s: footer %d", what, n(e.Footer.Text))
			}
			total += n(e.Footer.Text)
		}
		if total > 6000 {
			t.Errorf("%s: embed total %d > 6000", what, total)
		}
	}
	if len(d.Components) > 5 {
		t.Errorf("%s: %d rows", what, len(d.Components))
	}
	for _, c := range d.Components {
		// read the row as Discord will: from its JSON
		raw, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		var row struct {
			Type       int                `json:"type"`
			Components []discordgo.Button `json:"components"`
		}
		if err := json.Unmarshal(raw, &row); err != nil || row.Type != 1 {
			t.Errorf("%s: component %s is not an action row (%v)", what, raw, err)
			continue
		}
		if len(row.Components) == 0 || len(row.Components) > 5 {
			t.Errorf("%s: row of %d buttons", what, len(row.Components))
		}
		for _, btn := range row.Components {
			if n(btn.Label) > 80 || btn.Label == "" || len(btn.CustomID) > 100 || btn.CustomID == "" {
				t.Errorf("%s: button %q / %q", what, btn.Label, btn.CustomID)
			}
		}
	}
}

// Every entry of the pack, every decline path and hostile input, rendered
// and checked against every Discord limit.
func TestEveryResponseFitsDiscord(t *testing.T) {
	s := testSet(t, Options{})
	p := s.engine.Pack()
	for _, e := range p.Entries {
		r, res := s.Respond(press("entry:" + e.ID))
		if res.Kind != ResultAnswered {
			t.Errorf("entry %s: result %s", e.ID, res)
		}
		checkLimits(t, "entry "+e.ID, r)
		r, _ = s.Respond(slash("ask", str("question", e.Question)))
		checkLimits(t, "ask "+e.ID, r)
	}
	long := strings.Repeat("Why did @everyone ** __ say `kn23`? ", 200)
	for _, q := range []string{"How many Russian tanks were destroyed?", "hello", "", "🙂", long[:299], strings.Repeat("ü", 300), strings.Repeat("x", 5000)} {
		r, _ := s.Respond(slash("ask", str("question", q)))
		checkLimits(t, "ask "+q[:min(len(q), 20)], r)
	}
	for _, typed := range []string{"", "k", "north korean soldiers", long} {
		r, _ := s.Respond(autocomplete(typed))
		checkLimits(t, "autocomplete", r)
	}
	for n := 1; n <= len(p.Paragraphs); n++ {
		r, _ := s.Respond(press("para:" + itoa(n)))
		checkLimits(t, "paragraph", r)
	}
	for _, topic := range append(p.Topics(), "") {
		for page := 0; ; page++ {
			data, ok := s.factsPage(topic, page)
			if !ok {
				break
			}
			checkLimits(t, "facts "+topic, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: withMentions(data)})
		}
	}
	for _, name := range []string{"source", "help", "facts"} {
		r, _ := s.Respond(slash(name))
		checkLimits(t, name, r)
	}
}

func withMentions(d *discordgo.InteractionResponseData) *discordgo.InteractionResponseData {
	d.AllowedMentions = noMentions()
	return d
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestDispatch(t *testing.T) {
	s := testSet(t, Options{MaxQuestion: 300})
	tests := []struct {
		name       string
		i          *discordgo.Interaction
		wantResult Kind
		wantType   discordgo.InteractionResponseType
		wantText   string // in content or the first embed's description or title
		private    bool
	}{
		{"answer", slash("ask", str("question", "who is budanov")), ResultAnswered, discordgo.InteractionResponseChannelMessageWithSource, "head of Defense Intelligence", false},
		{"decline", slash("ask", str("question", "How many Russian soldiers died?")), ResultDeclined, discordgo.InteractionResponseChannelMessageWithSource, "doesn't say", false},
		{"private option", slash("ask", str("question", "who is budanov"), &discordgo.ApplicationCommandInteractionDataOption{Name: "private", Type: discordgo.ApplicationCommandOptionBoolean, Value: true}), ResultAnswered, discordgo.InteractionResponseChannelMessageWithSource, "Budanov", true},
		{"too long", slash("ask", str("question", strings.Repeat("a ", 200))), ResultRejected, discordgo.InteractionResponseChannelMessageWithSource, "at most 300 characters", true},
		{"no question", slash("ask"), ResultRejected, discordgo.InteractionResponseChannelMessageWithSource, "Please give a question", true},
		{"unknown command", slash("frobnicate"), ResultRejected, discordgo.InteractionResponseChannelMessageWithSource, "don't know that command", true},
		{"related button", press("entry:condition"), ResultAnswered, discordgo.InteractionResponseChannelMessageWithSource, "express interest", false},
		{"stale entry button", press("entry:gone-away"), ResultRejected, discordgo.InteractionResponseChannelMessageWithSource, "no longer", true},
		{"unknown button", press("zap:1"), ResultRejected, discordgo.InteractionResponseChannelMessageWithSource, "older version", true},
		{"paragraph", press("para:8"), ResultOther, discordgo.InteractionResponseChannelMessageWithSource, "approximately 4,000 fatalities", true},
		{"bad paragraph", press("para:99"), ResultRejected, discordgo.InteractionResponseChannelMessageWithSource, "not in the report", true},
		{"facts next page", press("facts::1"), ResultOther, discordgo.InteractionResponseUpdateMessage, "What the report says", false},
		{"facts bad page", press("facts::99"), ResultRejected, discordgo.InteractionResponseChannelMessageWithSource, "changed", true},
		{"facts unknown topic", slash("facts", str("topic", "weather")), ResultRejected, discordgo.InteractionResponseChannelMessageWithSource, "no facts on that topic", true},
		{"ping", &discordgo.Interaction{Type: discordgo.InteractionPing}, ResultOther, discordgo.InteractionResponsePong, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, res := s.Respond(tt.i)
			if res.Kind != tt.wantResult || r.Type != tt.wantType {
				t.Fatalf("Respond = type %d result %s, want type %d result %s", r.Type, res, tt.wantType, tt.wantResult)
			}
			if r.Data == nil {
				return
			}
			text := r.Data.Content
			if len(r.Data.Embeds) > 0 {
				text += r.Data.Embeds[0].Title + r.Data.Embeds[0].Description
			}
			if !strings.Contains(text, tt.wantText) {
				t.Errorf("response %q lacks %q", text, tt.wantText)
			}
			if got := r.Data.Flags&discordgo.MessageFlagsEphemeral != 0; got != tt.private {
				t.Errorf("private = %v, want %v", got, tt.private)
			}
		})
	}
}

func TestPrivateByDefault(t *testing.T) {
	s := testSet(t, Options{Private: true})
	r, _ := s.Respond(slash("ask", str("question", "who is budanov")))
	if r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Error("answer is public, want private by the operator's default")
	}
}

func TestAnswerEmbed(t *testing.T) {
	s := testSet(t, Options{})
	r, _ := s.Respond(slash("ask", str("question", "How many North Korean soldiers died? @everyone")))
	e := r.Data.Embeds[0]
	if !strings.Contains(e.Title, "@\u200beveryone") {
		t.Errorf("title %q: a mention must be defused", e.Title)
	}
	var fields []string
	for _, f := range e.Fields {
		fields = append(fields, f.Name)
	}
	// the losses entry cites both figures and paragraph 1's "significant
	// casualties", which a claim of heavy losses is checked against
	if got, want := strings.Join(fields, ","), "Source ¶5,Source ¶8,Source ¶1"; got != want {
		t.Errorf("fields = %s, want %s", got, want)
	}
	if !strings.Contains(e.Footer.Text, "newsukraine.rbc.ua") || !strings.Contains(e.Footer.Text, "as of") {
		t.Errorf("footer %q, want source and date", e.Footer.Text)
	}
	var ids []string
	for _, c := range r.Data.Components {
		for _, b := range c.(buttonRow) {
			ids = append(ids, b.CustomID)
		}
	}
	if got := strings.Join(ids, " "); !strings.Contains(got, "entry:") || !strings.Contains(got, "para:5") || !strings.Contains(got, "para:8") {
		t.Errorf("buttons %s, want related entries and Show ¶5, ¶8", got)
	}
}

func TestAutocomplete(t *testing.T) {
	s := testSet(t, Options{})
	r, _ := s.Respond(autocomplete("kur"))
	if r.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(r.Data.Choices) == 0 || len(r.Data.Choices) > 25 {
		t.Fatalf("autocomplete = type %d with %d choices", r.Type, len(r.Data.Choices))
	}
	if !strings.Contains(r.Data.Choices[0].Name, "Kursk") && !strings.Contains(r.Data.Choices[0].Name, "fighting") {
		t.Errorf("first choice for %q = %q", "kur", r.Data.Choices[0].Name)
	}
	r, _ = s.Respond(autocomplete(""))
	if n := len(r.Data.Choices); n == 0 || n > 25 {
		t.Errorf("empty field: %d choices, want starting questions", n)
	}
}

func TestDefinitions(t *testing.T) {
	s := testSet(t, Options{MaxQuestion: 300})
	defs := s.Definitions()
	var names []string
	for _, d := range defs {
		names = append(names, d.Name)
		if d.Contexts == nil || len(*d.Contexts) != 2 {
			t.Errorf("/%s contexts %v, want guild and bot DM", d.Name, d.Contexts)
		}
		if len(d.Description) == 0 || len(d.Description) > 100 {
			t.Errorf("/%s description length %d", d.Name, len(d.Description))
		}
	}
	if got, want := strings.Join(names, " "), "ask facts source help"; got != want {
		t.Errorf("commands = %s, want %s", got, want)
	}
	q := defs[0].Options[0]
	if q.Name != "question" || !q.Required || q.MaxLength != 300 || !q.Autocomplete {
		t.Errorf("/ask question option = %+v", q)
	}
}

func TestReply(t *testing.T) {
	s := testSet(t, Options{MaxQuestion: 300})
	m, res := s.Reply("  who is budanov ")
	if res.Kind != ResultAnswered || len(m.Embeds) != 1 || m.AllowedMentions == nil || m.AllowedMentions.Parse == nil {
		t.Fatalf("Reply = %s %+v", res, m)
	}
	if m, res := s.Reply(strings.Repeat("x", 301)); res.Kind != ResultRejected || !strings.Contains(m.Content, "300") {
		t.Errorf("long Reply = %s %q", res, m.Content)
	}
	if _, res := s.Reply(""); res.Kind != ResultDeclined {
		t.Errorf("empty Reply = %s, want the greeting (declined)", res)
	}
}

// Discord's own syntax in a question (mentions, custom emojis, timestamps)
// and links are no part of it: ids would read as numbers the report never
// gives.
func TestDiscordSyntaxIgnored(t *testing.T) {
	s := testSet(t, Options{MaxQuestion: 300})
	for _, q := range []string{
		"<@123456789012345678> who is budanov",
		"<@!123456789012345678> who is budanov <#987654321098765432>",
		"who is budanov <:thinking:112233445566778899>",
		"who is budanov <a:wave:112233445566778899> <t:1700000000:R>",
		"<@&555555555555555555> who is budanov @here",
		"who is budanov https://newsukraine.rbc.ua/news/123456",
	} {
		t.Run(q, func(t *testing.T) {
			if _, res := s.Reply(q); res.Kind != ResultAnswered {
				t.Errorf("Reply(%q) = %s, want answered", q, res)
			}
		})
	}
}

// Golden files: the JSON Discord receives for typical responses. Run with
// -update after an intended change, and read the diff.
func TestGolden(t *testing.T) {
	s := testSet(t, Options{MaxQuestion: 300})
	cases := map[string]*discordgo.Interaction{
		"ask_answered":  slash("ask", str("question", "Who proposed accepting North Korean POWs?")),
		"ask_declined":  slash("ask", str("question", "How many Russian soldiers died?")),
		"autocomplete":  autocomplete("budan"),
		"facts_page1":   slash("facts"),
		"source":        slash("source"),
		"help":          slash("help"),
		"show_para":     press("para:3"),
		"related_press": press("entry:condition"),
	}
	for name, i := range cases {
		t.Run(name, func(t *testing.T) {
			r, _ := s.Respond(i)
			got, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./commands -update to create it)", err)
			}
			if strings.TrimSpace(string(got)) != strings.TrimSpace(string(want)) {
				t.Errorf("%s differs from %s:\n%s", name, path, got)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly", 7, "exactly"},
		{"a longer text", 6, "a lon…"},
		{"üüüüü", 3, "üü…"},
		{"abc", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := truncate(tt.in, tt.n); got != tt.want {
				t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}

func TestWhy(t *testing.T) {
	s := testSet(t, Options{})
	tests := []struct {
		question, nearest, reason string
	}{
		{"How many Russian soldiers died?", "losses", "named: entry does not speak of russia"},
		{"how many tanks did north korea send", "troop-count", "score: score below 0.60; unknown words: tank"},
		{"knit a scarf", "", "unknown words: knit scarf"}, // no entry shares a word
		{"<@123456789012345678> when will the war end", "when-sent", "score: score below 0.60"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			nearest, reason := s.Why(tt.question)
			if nearest != tt.nearest || reason != tt.reason {
				t.Errorf("Why = %q, %q; want %q, %q", nearest, reason, tt.nearest, tt.reason)
			}
		})
	}
}

// buttonIDs lists the custom ids of a response's buttons.
func buttonIDs(t *testing.T, comps []discordgo.MessageComponent) []string {
	t.Helper()
	raw, err := json.Marshal(comps)
	if err != nil {
		t.Fatal(err)
	}
	var rows []struct {
		Components []struct {
			Label    string `json:"label"`
			CustomID string `json:"custom_id"`
			Style    int    `json:"style"`
		} `json:"components"`
	}
	if err := json.Unmarshal(raw, &rows); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rows {
		for _, b := range r.Components {
			ids = append(ids, b.CustomID)
			if strings.HasPrefix(b.CustomID, "vote:") && b.Style != int(discordgo.SecondaryButton) {
				t.Errorf("vote button %q has style %d, want secondary", b.Label, b.Style)
			}
		}
	}
	return ids
}

func TestFeedback(t *testing.T) {
	on, off := testSet(t, Options{Feedback: true}), testSet(t, Options{})
	tests := []struct {
		name    string
		i       *discordgo.Interaction
		via     string
		outcome string
		buttons bool // 👍 and 👎 under it
	}{
		{"answer", slash("ask", str("question", "who is budanov")), ViaAsk, "answered", true},
		{"decline", slash("ask", str("question", "How many Russian soldiers died?")), ViaAsk, "declined", true},
		{"greeting", slash("ask", str("question", "hello")), ViaAsk, "greeting", false},
		{"related button", press("entry:condition"), ViaRelated, "answered", true},
		{"paragraph", press("para:8"), ViaParagraph, "paragraph", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, res := on.Respond(tt.i)
			if res.Asked == nil || res.Asked.Via != tt.via || res.Asked.Outcome != tt.outcome {
				t.Fatalf("Asked = %+v, want via %s, outcome %s", res.Asked, tt.via, tt.outcome)
			}
			var votes []string
			for _, id := range buttonIDs(t, r.Data.Components) {
				if strings.HasPrefix(id, "vote:") {
					votes = append(votes, id)
				}
			}
			if res.Asked.ID.Version() != 7 {
				t.Errorf("record id %v is not a UUIDv7", res.Asked.ID)
			}
			if tt.buttons {
				want := []string{"vote:" + res.Asked.ID.String() + ":up", "vote:" + res.Asked.ID.String() + ":down"}
				if strings.Join(votes, " ") != strings.Join(want, " ") {
					t.Errorf("vote buttons %v, want %v", votes, want)
				}
			} else if len(votes) > 0 {
				t.Errorf("vote buttons %v on a %s", votes, tt.outcome)
			}
			// with feedback off: no buttons, no id
			r, res = off.Respond(tt.i)
			for _, id := range buttonIDs(t, r.Data.Components) {
				if strings.HasPrefix(id, "vote:") {
					t.Errorf("feedback off, yet a vote button %s", id)
				}
			}
			if res.Asked == nil || res.Asked.ID != uuid.Nil {
				t.Errorf("feedback off: Asked = %+v, want one with no id", res.Asked)
			}
		})
	}
	t.Run("message", func(t *testing.T) {
		m, res := on.Reply("who is cho tae-yul")
		if res.Asked == nil || res.Asked.Via != ViaMessage || res.Asked.Entry == "" {
			t.Fatalf("Asked = %+v", res.Asked)
		}
		if ids := buttonIDs(t, m.Components); !slices.Contains(ids, "vote:"+res.Asked.ID.String()+":down") {
			t.Errorf("reply buttons %v lack 👎", ids)
		}
	})
	t.Run("vote", func(t *testing.T) {
		id := uuid.Must(uuid.NewV7())
		for _, tt := range []struct {
			custom  string
			helpful bool
		}{{"vote:" + id.String() + ":up", true}, {"vote:" + id.String() + ":down", false}} {
			r, res := on.Respond(press(tt.custom))
			if res.Vote == nil || res.Vote.ID != id || res.Vote.Helpful != tt.helpful {
				t.Errorf("%s: Vote = %+v", tt.custom, res.Vote)
			}
			if r.Data.Content != thanks || r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
				t.Errorf("%s: reply %+v, want the thanks, privately", tt.custom, r.Data)
			}
		}
		for _, bad := range []string{"vote:nope:up", "vote:" + id.String() + ":sideways", "vote:" + uuid.NewString() + ":up"} {
			if _, res := on.Respond(press(bad)); res.Vote != nil || res.Kind != ResultRejected {
				t.Errorf("%s: %+v, want rejected", bad, res)
			}
		}
	})
}

// appendString writes what encoding/json writes, for strings it copies
// and strings it escapes alike.
func TestAppendStringMatchesJSON(t *testing.T) {
	for _, s := range []string{
		"", "Show ¶3", "👍", "vote:0190c2b4-6b1e-7c3d-8e4f-0123456789ab:up", "entry:who-proposed",
		`say "hi"`, `back\slash`, "a<b>c&d", "line\nbreak", "tab\there", "\x00", "bad \xff utf-8",
		"sep\u2028arator", "para\u2029graph", "Cho Tae-yul’s proposal", "日本語",
	} {
		want, _ := json.Marshal(s)
		if got := appendString(nil, s); string(got) != string(want) {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	}
}

// Every command and option has a name and a description in Korean,
// Ukrainian and Russian, as Discord takes them.
func TestLocalizations(t *testing.T) {
	name := regexp.MustCompile(`^[-_\p{L}\p{N}]{1,32}$`)
	check := func(what string, names, descs map[discordgo.Locale]string) {
		for _, loc := range []discordgo.Locale{discordgo.Korean, discordgo.Ukrainian, discordgo.Russian} {
			n, d := names[loc], descs[loc]
			if !name.MatchString(n) || strings.ToLower(n) != n {
				t.Errorf("%s: %s name %q is not a lower-case Discord name of 1 to 32 letters", what, loc, n)
			}
			if d == "" || len([]rune(d)) > 100 {
				t.Errorf("%s: %s description %q, want 1 to 100 characters", what, loc, d)
			}
		}
	}
	for _, def := range testSet(t, Options{}).Definitions() {
		if def.NameLocalizations == nil || def.DescriptionLocalizations == nil {
			t.Errorf("/%s has no localizations", def.Name)
			continue
		}
		check("/"+def.Name, *def.NameLocalizations, *def.DescriptionLocalizations)
		for _, o := range def.Options {
			check("/"+def.Name+" "+o.Name, o.NameLocalizations, o.DescriptionLocalizations)
		}
	}
}

// /ask in a language the pack has no line for is told in the user's
// Discord locale, when the pack has that one's.
func TestAskLocale(t *testing.T) {
	s := testSet(t, Options{})
	i := &discordgo.Interaction{Type: discordgo.InteractionApplicationCommand, Locale: discordgo.Ukrainian,
		Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: "ทหารเกาหลีเหนือกี่คน"},
		}}}
	resp, result, _ := s.RespondIn(knowledge.Conversation{}, i)
	if result.Kind != ResultDeclined || len(resp.Data.Embeds) != 1 {
		t.Fatalf("result %s, %d embeds", result, len(resp.Data.Embeds))
	}
	if d := resp.Data.Embeds[0].Description; !strings.Contains(d, "англійською") || !strings.Contains(d, "Please ask in English") {
		t.Errorf("notice %q, want the Ukrainian line and the English one", d)
	}
}

// An answer from the report's sentences is the cited sentence itself: it
// is shown once, quoted with its paragraph, not again as a citation field.
// A curated answer keeps its citations as fields.
func TestSentenceAnswerQuotedOnce(t *testing.T) {
	p, err := knowledge.Load(os.DirFS(filepath.Join("..", "knowledge", "testdata", "saltmere")))
	if err != nil {
		t.Fatal(err)
	}
	saltmere := New(knowledge.NewEngine(p), Options{})
	tests := []struct {
		name       string
		set        *Set
		question   string
		wantFields []string // the fields' names
		wantIn     string   // in the description
		wantButton string
	}{
		{"from a sentence", saltmere, "How much did the plant cost?", nil,
			"“Mayor Ines Carvalho said the plant cost 118 million euros, of which the national government paid 70 million.”\n— the report, ¶3", "para:3"},
		{"curated", testSet(t, Options{}), "Who proposed accepting North Korean POWs?", []string{"Source ¶1", "Source ¶3"},
			"South Korea's Foreign Minister, Cho Tae-yul, proposed", "para:3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := tt.set.Respond(slash("ask", str("question", tt.question)))
			checkLimits(t, tt.question, r)
			e := r.Data.Embeds[0]
			var names []string
			shown := e.Description
			for _, f := range e.Fields {
				names = append(names, f.Name)
				shown += "\n" + f.Value
			}
			if !slices.Equal(names, tt.wantFields) {
				t.Errorf("fields = %q, want %q", names, tt.wantFields)
			}
			if !strings.Contains(e.Description, tt.wantIn) {
				t.Errorf("description = %q, want it to contain %q", e.Description, tt.wantIn)
			}
			if ids := buttonIDs(t, r.Data.Components); !slices.Contains(ids, tt.wantButton) {
				t.Errorf("buttons = %q, want %s", ids, tt.wantButton)
			}
			a := tt.set.engine.Answer(tt.question)
			for _, c := range a.Citations {
				if n := strings.Count(shown, c.Quote); n != 1 {
					t.Errorf("quote of %s shown %d times, want once:\n%s", paraLabel(c.Paragraph), n, shown)
				}
			}
		})
	}
}

// In the terminal too, an answer that is the report's own sentence is
// written once, with its place; a curated answer keeps its quotes.
func TestPlainTextQuotesOnce(t *testing.T) {
	p, err := knowledge.Load(os.DirFS(filepath.Join("..", "knowledge", "testdata", "saltmere")))
	if err != nil {
		t.Fatal(err)
	}
	sentence := "Mayor Ines Carvalho said the plant cost 118 million euros, of which the national government paid 70 million."
	tests := []struct {
		name   string
		a      knowledge.Answer
		quotes int // times the sentence stands in the text
		place  string
	}{
		{"from a sentence", knowledge.NewEngine(p).Answer("How much did the plant cost?"), 1, sentence + " [¶3]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := PlainText(tt.a)
			if n := strings.Count(got, sentence); n != tt.quotes {
				t.Errorf("the sentence stands %d times, want %d:\n%s", n, tt.quotes, got)
			}
			if !strings.Contains(got, tt.place) {
				t.Errorf("text lacks %q:\n%s", tt.place, got)
			}
		})
	}
	curated := PlainText(testSet(t, Options{}).engine.Answer("Who proposed accepting North Korean POWs?"))
	if !strings.Contains(curated, "  [¶1] \"") {
		t.Errorf("a curated answer lost its quotes:\n%s", curated)
	}
}
