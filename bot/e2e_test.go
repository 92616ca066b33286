package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"reportbot/commands"
	"reportbot/knowledge"
)

const testToken = "fake-token-abc.123.xyz"

func testCommands(t testing.TB) *commands.Set {
	t.Helper()
	return commands.New(testEngine(t), commands.Options{MaxQuestion: 300})
}

// syncBuffer is a log sink safe for the handlers' goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// running is a bot connected to a fake Discord.
type running struct {
	fake    *fakeDiscord
	bot     *Bot
	metrics *Metrics
	logs    *syncBuffer
	cancel  context.CancelFunc
	done    chan error
}

func startBot(t *testing.T, cmds responder, limits LimitsConfig, opts ...func(*fakeDiscord, *Bot)) *running {
	t.Helper()
	return startShard(t, cmds, limits, 0, 1, opts...)
}

// fast shortens the gateway's waits, for tests of reconnection.
func fast(_ *fakeDiscord, b *Bot) {
	b.gw.helloTimeout = 500 * time.Millisecond
	b.gw.readyTimeout = 500 * time.Millisecond
	b.gw.backoffMin = 50 * time.Millisecond
	b.gw.backoffMax = 200 * time.Millisecond
	b.gw.invalidMin = 100 * time.Millisecond
	b.gw.invalidMax = 200 * time.Millisecond
}

func startShard(t *testing.T, cmds responder, limits LimitsConfig, shard, shards int, opts ...func(*fakeDiscord, *Bot)) *running {
	t.Helper()
	fake := newFakeDiscord(t)
	s, err := NewSession(DiscordConfig{Token: testToken, APIURL: fake.url(), ShardID: shard, ShardCount: shards})
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	metrics := NewMetrics()
	b := New(cmds, limits, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})), metrics)
	for _, o := range opts {
		o(fake, b)
	}
	return serveFake(t, b, fake, s, logs, metrics)
}

// serveFake connects b to a fake Discord through session s, and waits
// for READY.
func serveFake(t *testing.T, b *Bot, fake *fakeDiscord, s *discordgo.Session, logs *syncBuffer, metrics *Metrics) *running {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{fake: fake, bot: b, metrics: metrics, logs: logs, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- b.Serve(ctx, s) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-r.done:
		case <-time.After(5 * time.Second):
			t.Error("Serve did not return after cancel")
		}
		drain, stop := context.WithTimeout(context.Background(), 5*time.Second)
		defer stop()
		b.Drain(drain)
		if t.Failed() {
			t.Logf("bot log:\n%s", logs.String())
		}
	})
	// the gateway address comes from REST, as in production
	if got := fake.next(t); got.Path != api+"/gateway" {
		t.Fatalf("first request = %s %s, want GET /api/vN/gateway", got.Method, got.Path)
	}
	r.waitReady(t)
	return r
}

// waitReady waits for the bot to have taken READY.
func (r *running) waitReady(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for r.bot.self.Load() == nil {
		select {
		case err := <-r.done:
			t.Fatalf("Serve returned before READY: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("bot never saw READY")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func interaction(id string, typ discordgo.InteractionType, data any, user string, guild bool) map[string]any {
	i := map[string]any{
		"id": id, "application_id": "900000000000000001", "type": typ, "token": "tok-" + id,
		"channel_id": "600000000000000001", "data": data, "version": 1,
	}
	if guild {
		i["guild_id"] = "500000000000000001"
		i["member"] = map[string]any{"user": map[string]any{"id": user, "username": "asker"}}
	} else {
		i["user"] = map[string]any{"id": user, "username": "asker"}
	}
	return i
}

func askData(q string) map[string]any {
	return map[string]any{"id": "100", "name": "ask", "type": 1, "options": []any{
		map[string]any{"name": "question", "type": 3, "value": q},
	}}
}

func message(id, channel, guild, author, content string, authorBot bool, mentions ...string) map[string]any {
	m := map[string]any{
		"id": id, "channel_id": channel, "content": content, "timestamp": "2025-02-10T10:00:00Z",
		"author": map[string]any{"id": author, "username": "someone", "bot": authorBot},
	}
	var ms []any
	for _, id := range mentions {
		ms = append(ms, map[string]any{"id": id, "username": "reportbot"})
	}
	m["mentions"] = ms
	if guild != "" {
		m["guild_id"] = guild
	}
	return m
}

type callback struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data struct {
		Content string                    `json:"content"`
		Flags   int                       `json:"flags"`
		Embeds  []*discordgo.MessageEmbed `json:"embeds"`
		Choices []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"choices"`
		Components      []json.RawMessage `json:"components"`
		AllowedMentions *struct {
			Parse []string `json:"parse"`
		} `json:"allowed_mentions"`
	} `json:"data"`
}

type sentMessage struct {
	Content   string                    `json:"content"`
	Embeds    []*discordgo.MessageEmbed `json:"embeds"`
	Reference *struct {
		MessageID string `json:"message_id"`
		ChannelID string `json:"channel_id"`
	} `json:"message_reference"`
	AllowedMentions *struct {
		Parse []string `json:"parse"`
	} `json:"allowed_mentions"`
}

func (r *running) callback(t *testing.T, id string) callback {
	t.Helper()
	req := r.fake.next(t)
	if want := api + "/interactions/" + id + "/tok-" + id + "/callback"; req.Method != "POST" || req.Path != want {
		t.Fatalf("request = %s %s, want POST %s", req.Method, req.Path, want)
	}
	var cb callback
	req.decode(t, &cb)
	return cb
}

func (r *running) reply(t *testing.T, channel string) sentMessage {
	t.Helper()
	req := r.fake.next(t)
	if want := api + "/channels/" + channel + "/messages"; req.Method != "POST" || req.Path != want {
		t.Fatalf("request = %s %s, want POST %s", req.Method, req.Path, want)
	}
	if req.Auth != "Bot "+testToken {
		t.Errorf("Authorization = %q, want the bot token", req.Auth)
	}
	var m sentMessage
	req.decode(t, &m)
	if m.AllowedMentions == nil || m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) != 0 {
		t.Errorf("allowed_mentions = %+v, want none allowed", m.AllowedMentions)
	}
	return m
}

func TestEndToEnd(t *testing.T) {
	r := startBot(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 3})
	f := r.fake

	t.Run("identify", func(t *testing.T) {
		var id struct {
			Token   string `json:"token"`
			Intents int    `json:"intents"`
			Shard   [2]int `json:"shard"`
		}
		// IDENTIFY came before READY; it is in the event log
		m := f.nextEvent(t, 2)
		if err := json.Unmarshal(m.D, &id); err != nil {
			t.Fatal(err)
		}
		want := int(discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages)
		if id.Intents != want {
			t.Errorf("intents = %d, want %d (guilds, guild messages, direct messages)", id.Intents, want)
		}
		if id.Intents&int(discordgo.IntentMessageContent) != 0 {
			t.Error("asks for the privileged message content intent")
		}
		if id.Shard != [2]int{0, 1} && id.Shard != [2]int{} {
			t.Errorf("shard = %v, want none or [0 1]", id.Shard)
		}
		if id.Token != "Bot "+testToken {
			t.Error("IDENTIFY does not carry the bot token")
		}
		f.nextEvent(t, 1) // heartbeats flow (and the fake ACKs them)
	})

	t.Run("ask", func(t *testing.T) {
		f.dispatch("INTERACTION_CREATE", interaction("1001", discordgo.InteractionApplicationCommand, askData("Who proposed accepting North Korean POWs?"), "300000000000000001", true))
		cb := r.callback(t, "1001")
		if cb.Type != discordgo.InteractionResponseChannelMessageWithSource || len(cb.Data.Embeds) != 1 {
			t.Fatalf("callback type %d with %d embeds", cb.Type, len(cb.Data.Embeds))
		}
		e := cb.Data.Embeds[0]
		if !strings.Contains(e.Description, "Cho Tae-yul") {
			t.Errorf("answer %q lacks Cho Tae-yul", e.Description)
		}
		if len(e.Fields) == 0 || e.Fields[0].Name != "Source ¶1" || !strings.Contains(e.Fields[0].Value, "South Korean Foreign Minister Cho Tae-yul has proposed accepting North Korean soldiers captured by Ukraine.") {
			t.Errorf("first citation = %+v, want ¶1 with its quote", e.Fields)
		}
		if e.Footer == nil || !strings.Contains(e.Footer.Text, "newsukraine.rbc.ua") {
			t.Errorf("footer = %+v, want the source", e.Footer)
		}
		if cb.Data.AllowedMentions == nil || cb.Data.AllowedMentions.Parse == nil || len(cb.Data.AllowedMentions.Parse) != 0 {
			t.Errorf("allowed_mentions = %+v, want none", cb.Data.AllowedMentions)
		}
		if len(cb.Data.Components) == 0 {
			t.Error("no related-question buttons")
		}
	})

	t.Run("ask in a DM", func(t *testing.T) {
		f.dispatch("INTERACTION_CREATE", interaction("1002", discordgo.InteractionApplicationCommand, askData("How many Russian soldiers died?"), "300000000000000001", false))
		cb := r.callback(t, "1002")
		if len(cb.Data.Embeds) != 1 || !strings.Contains(cb.Data.Embeds[0].Description, "doesn't say") {
			t.Errorf("decline = %+v", cb.Data.Embeds)
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		data := askData("kur")
		data["options"].([]any)[0].(map[string]any)["focused"] = true
		f.dispatch("INTERACTION_CREATE", interaction("1003", discordgo.InteractionApplicationCommandAutocomplete, data, "300000000000000001", true))
		cb := r.callback(t, "1003")
		if cb.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
			t.Fatalf("type = %d, want 8", cb.Type)
		}
		if n := len(cb.Data.Choices); n == 0 || n > 25 {
			t.Fatalf("%d choices, want 1 to 25", n)
		}
		for _, c := range cb.Data.Choices {
			if len([]rune(c.Name)) > 100 || len([]rune(c.Value)) > 100 {
				t.Errorf("choice %q over 100 characters", c.Name)
			}
		}
	})

	t.Run("related question button", func(t *testing.T) {
		data := map[string]any{"custom_id": "entry:condition", "component_type": 2}
		f.dispatch("INTERACTION_CREATE", interaction("1004", discordgo.InteractionMessageComponent, data, "300000000000000001", true))
		cb := r.callback(t, "1004")
		if len(cb.Data.Embeds) != 1 || !strings.Contains(cb.Data.Embeds[0].Description, "express interest") {
			t.Errorf("button answer = %+v", cb.Data.Embeds)
		}
	})

	t.Run("stale button", func(t *testing.T) {
		data := map[string]any{"custom_id": "entry:removed-long-ago", "component_type": 2}
		f.dispatch("INTERACTION_CREATE", interaction("1005", discordgo.InteractionMessageComponent, data, "300000000000000001", true))
		cb := r.callback(t, "1005")
		if cb.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 || cb.Data.Content == "" {
			t.Errorf("stale button got %+v, want a private notice", cb.Data)
		}
	})

	t.Run("DM", func(t *testing.T) {
		f.dispatch("MESSAGE_CREATE", message("2001", "610000000000000001", "", "300000000000000002", "who is budanov?", false))
		m := r.reply(t, "610000000000000001")
		if m.Reference == nil || m.Reference.MessageID != "2001" {
			t.Errorf("message_reference = %+v, want a reply to 2001", m.Reference)
		}
		if len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].Description, "Defense Intelligence") {
			t.Errorf("reply embeds = %+v", m.Embeds)
		}
	})

	t.Run("mention in a server", func(t *testing.T) {
		content := "<@" + f.botID + "> where are the north korean troops fighting? @everyone"
		f.dispatch("MESSAGE_CREATE", message("2002", "620000000000000001", "500000000000000001", "300000000000000003", content, false, f.botID))
		m := r.reply(t, "620000000000000001")
		if m.Reference == nil || m.Reference.MessageID != "2002" {
			t.Errorf("message_reference = %+v", m.Reference)
		}
		if len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].Description, "Kursk") {
			t.Errorf("reply = %+v, want Kursk", m.Embeds)
		}
		if strings.Contains(m.Embeds[0].Title, f.botID) {
			t.Errorf("title %q still holds the bot's mention", m.Embeds[0].Title)
		}
	})

	t.Run("ignored messages", func(t *testing.T) {
		// a server message without a mention, a bot's, the bot's own
		f.dispatch("MESSAGE_CREATE", message("2003", "620000000000000001", "500000000000000001", "300000000000000003", "who is budanov", false))
		f.dispatch("MESSAGE_CREATE", message("2004", "610000000000000001", "", "400000000000000001", "who is budanov", true))
		f.dispatch("MESSAGE_CREATE", message("2005", "610000000000000001", "", f.botID, "who is budanov", true))
		// then one that is answered: it must be the next request
		f.dispatch("MESSAGE_CREATE", message("2006", "610000000000000009", "", "300000000000000002", "kn23", false))
		if m := r.reply(t, "610000000000000009"); m.Reference == nil || m.Reference.MessageID != "2006" {
			t.Errorf("next reply answers %+v, want 2006 (2003-2005 ignored)", m.Reference)
		}
	})

	t.Run("rate limit on messages", func(t *testing.T) {
		// the five arrive at once and are answered concurrently: three
		// answers and one notice, in any order, and nothing for the fifth
		user := "300000000000000099"
		for n := 0; n < 5; n++ {
			f.dispatch("MESSAGE_CREATE", message(snowflake(3000+n), "630000000000000001", "", user, "who is cho", false))
		}
		answers, notices := 0, 0
		for n := 0; n < 4; n++ {
			m := r.reply(t, "630000000000000001")
			switch {
			case len(m.Embeds) == 1:
				answers++
			case strings.Contains(m.Content, "wait"):
				notices++
			default:
				t.Errorf("reply %d = %+v", n, m)
			}
		}
		if answers != 3 || notices != 1 {
			t.Errorf("%d answers and %d notices, want 3 and 1", answers, notices)
		}
		// the 5th gets nothing: the next request is for someone else
		f.dispatch("MESSAGE_CREATE", message("3999", "640000000000000001", "", "300000000000000005", "who is cho", false))
		r.reply(t, "640000000000000001")
	})

	t.Run("rate limit on interactions", func(t *testing.T) {
		user := "300000000000000098"
		for n := 0; n < 4; n++ {
			id := snowflake(4000 + n)
			f.dispatch("INTERACTION_CREATE", interaction(id, discordgo.InteractionApplicationCommand, askData("who is cho"), user, true))
			cb := r.callback(t, id)
			limited := cb.Data.Flags&int(discordgo.MessageFlagsEphemeral) != 0 && strings.Contains(cb.Data.Content, "wait")
			if limited != (n == 3) {
				t.Errorf("interaction %d: limited = %v, content %q", n, limited, cb.Data.Content)
			}
		}
	})

	t.Run("token stays out of the logs", func(t *testing.T) {
		if strings.Contains(r.logs.String(), testToken) {
			t.Error("the bot token appears in the log")
		}
	})

	t.Run("shutdown leaves commands registered", func(t *testing.T) {
		r.cancel()
		select {
		case err := <-r.done:
			if err != nil {
				t.Errorf("Serve = %v", err)
			}
			r.done <- err // for the cleanup
		case <-time.After(5 * time.Second):
			t.Fatal("Serve did not return")
		}
		select {
		case req := <-f.reqs:
			t.Errorf("request after shutdown: %s %s", req.Method, req.Path)
		default:
		}
	})
}

func TestShardIdentifies(t *testing.T) {
	r := startShard(t, testCommands(t), LimitsConfig{PerMinute: 60, Burst: 3}, 1, 2)
	var id struct {
		Shard [2]int `json:"shard"`
	}
	if err := json.Unmarshal(r.fake.nextEvent(t, 2).D, &id); err != nil {
		t.Fatal(err)
	}
	if id.Shard != [2]int{1, 2} {
		t.Errorf("shard = %v, want [1 2]", id.Shard)
	}
}

// panicky answers every interaction and message by panicking.
type panicky struct{}

func (panicky) Respond(*discordgo.Interaction) (*discordgo.InteractionResponse, commands.Result) {
	panic("boom")
}
func (panicky) Reply(string) (*discordgo.MessageSend, commands.Result) { panic("boom") }
func (panicky) RespondIn(knowledge.Conversation, *discordgo.Interaction) (*discordgo.InteractionResponse, commands.Result, knowledge.Conversation) {
	panic("boom")
}
func (panicky) ReplyIn(knowledge.Conversation, string) (*discordgo.MessageSend, commands.Result, knowledge.Conversation) {
	panic("boom")
}

func TestHandlersRecoverFromPanics(t *testing.T) {
	r := startBot(t, panicky{}, LimitsConfig{PerMinute: 60, Burst: 5})
	r.fake.dispatch("INTERACTION_CREATE", interaction("5001", discordgo.InteractionApplicationCommand, askData("hi"), "300000000000000001", true))
	cb := r.callback(t, "5001")
	if cb.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 || !strings.Contains(cb.Data.Content, "went wrong") {
		t.Errorf("after a panic the user got %+v, want a private error", cb.Data)
	}
	r.fake.dispatch("MESSAGE_CREATE", message("5002", "610000000000000001", "", "300000000000000002", "hi", false))
	if m := r.reply(t, "610000000000000001"); !strings.Contains(m.Content, "went wrong") {
		t.Errorf("after a panic the DM got %+v", m)
	}
	logs := r.logs.String()
	for _, want := range []string{"panicked", "interaction=5001", "message=5002", "boom"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q", want)
		}
	}
}

func TestSyncCommands(t *testing.T) {
	fake := newFakeDiscord(t)
	s, err := NewSession(DiscordConfig{Token: testToken, APIURL: fake.url() + "/", ShardCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	defs := testCommands(t).Definitions()
	tests := []struct {
		name   string
		guilds []string
		paths  []string
	}{
		{"global", nil, []string{api + "/applications/900000000000000001/commands"}},
		{"guilds", []string{"500000000000000001", "500000000000000002"}, []string{
			api + "/applications/900000000000000001/guilds/500000000000000001/commands",
			api + "/applications/900000000000000001/guilds/500000000000000002/commands",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done, err := SyncCommands(context.Background(), s, defs, tt.guilds)
			if err != nil {
				t.Fatal(err)
			}
			if len(done) != len(tt.paths) {
				t.Errorf("synced %v", done)
			}
			if req := fake.next(t); req.Path != api+"/applications/@me" {
				t.Fatalf("first request %s %s, want the application", req.Method, req.Path)
			}
			for _, want := range tt.paths {
				req := fake.next(t)
				if req.Method != "PUT" || req.Path != want {
					t.Fatalf("request = %s %s, want PUT %s", req.Method, req.Path, want)
				}
				var cmds []struct {
					Name     string `json:"name"`
					Contexts []int  `json:"contexts"`
				}
				req.decode(t, &cmds)
				var names []string
				for _, c := range cmds {
					names = append(names, c.Name)
					if len(c.Contexts) != 2 {
						t.Errorf("/%s contexts %v, want guild and bot DM", c.Name, c.Contexts)
					}
				}
				if got := strings.Join(names, " "); got != "ask facts source help" {
					t.Errorf("commands = %s", got)
				}
			}
		})
	}
}
