package bot

import (
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"reportbot/knowledge"
)

// fakeClock is a clock a test moves on.
type fakeClock struct{ ns atomic.Int64 }

func newFakeClock() *fakeClock {
	c := &fakeClock{}
	c.ns.Store(time.Date(2025, 2, 10, 10, 0, 0, 0, time.UTC).UnixNano())
	return c
}

func (c *fakeClock) now() time.Time          { return time.Unix(0, c.ns.Load()) }
func (c *fakeClock) advance(d time.Duration) { c.ns.Add(int64(d)) }

// Conversations end to end over the fake Discord: follow-ups read with the
// turn before, per DM and per user in a server channel, forgotten after
// the memory's time.
func TestConversationsEndToEnd(t *testing.T) {
	clock := newFakeClock()
	mem := NewMemory(100, 10*time.Minute, clock.now)
	r := startShard(t, testCommands(t), LimitsConfig{PerMinute: 600, Burst: 50}, 0, 1, func(_ *fakeDiscord, b *Bot) { b.WithMemory(mem) })
	f := r.fake
	n := 3000
	say := func(channel, guild, user, text string) string {
		t.Helper()
		n++
		id := fmt.Sprintf("7%017d", n)
		var mentions []string
		if guild != "" {
			text = "<@" + f.botID + "> " + text
			mentions = []string{f.botID}
		}
		f.dispatch("MESSAGE_CREATE", message(id, channel, guild, user, text, false, mentions...))
		m := r.reply(t, channel)
		if len(m.Embeds) != 1 {
			t.Fatalf("reply to %q: %d embeds, want 1", text, len(m.Embeds))
		}
		return m.Embeds[0].Description
	}
	const guild, channel = "500000000000000001", "620000000000000007"
	const alice, bob = "300000000000000011", "300000000000000012"

	tests := []struct {
		name, channel, guild, user, text string
		want                             string
	}{
		{"DM: a question", "610000000000000031", "", alice, "who is cho tae-yul?", "Foreign Minister"},
		{"DM: a follow-up", "610000000000000031", "", alice, "what did he propose?", "accept"},
		{"mention: a question", channel, guild, alice, "how many north korean soldiers died by early february?", "4,000"},
		{"mention: a follow-up", channel, guild, alice, "is that figure official?", "estimate"},
		{"mention: another user has no context", channel, guild, bob, "is that figure official?", "What do you mean"},
		{"mention: the first user still has hers", channel, guild, alice, "and in january?", "3,000"},
		{"small talk", channel, guild, bob, "thanks!", "welcome"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := say(tt.channel, tt.guild, tt.user, tt.text); !strings.Contains(got, tt.want) {
				t.Errorf("%q got %q, want it to say %q", tt.text, got, tt.want)
			}
		})
	}

	t.Run("forgotten after the time", func(t *testing.T) {
		const dm = "610000000000000032"
		if got := say(dm, "", bob, "who is kyrylo budanov?"); !strings.Contains(got, "Defense Intelligence") {
			t.Fatalf("got %q", got)
		}
		if got := say(dm, "", bob, "what did he say?"); !strings.Contains(got, "combat experience") {
			t.Errorf("within the time, a follow-up got %q, want what Budanov said", got)
		}
		clock.advance(11 * time.Minute)
		if got := say(dm, "", bob, "what did he say?"); !strings.Contains(got, "Who do you mean?") {
			t.Errorf("after the time, a follow-up got %q, want it asked back", got)
		}
	})

	t.Run("/ask over the gateway follows the user's mention", func(t *testing.T) {
		const ch = "600000000000000001" // the channel interaction() uses
		if got := say(ch, guild, alice, "who is kyrylo budanov?"); !strings.Contains(got, "Defense Intelligence") {
			t.Fatalf("got %q", got)
		}
		f.dispatch("INTERACTION_CREATE", interaction("1301", discordgo.InteractionApplicationCommand, askData("what did he say about north korea?"), alice, true))
		cb := r.callback(t, "1301")
		if len(cb.Data.Embeds) != 1 || !strings.Contains(cb.Data.Embeds[0].Description, "combat experience") {
			t.Errorf("/ask follow-up = %+v, want what Budanov said", cb.Data.Embeds)
		}
	})
}

func TestMemory(t *testing.T) {
	e := testEngine(t)
	clock := newFakeClock()
	m := NewMemory(2, time.Minute, clock.now)
	_, c := e.AnswerIn(knowledge.Conversation{}, "who is cho tae-yul?")
	m.Put("a", c)
	m.Put("b", c)
	if got := m.Get("a"); got.Turns() != 1 {
		t.Fatalf("Get(a) has %d turns, want 1", got.Turns())
	}
	m.Put("c", c) // b is the least recently used
	if m.Len() != 2 || m.Get("b").Turns() != 0 || m.Get("a").Turns() != 1 {
		t.Errorf("after a third: len %d, b %d turns, a %d turns; want 2, 0 (forgotten), 1", m.Len(), m.Get("b").Turns(), m.Get("a").Turns())
	}
	if want := int64(2 * c.Size()); m.Bytes() != want {
		t.Errorf("Bytes = %d, want %d (two conversations of %d)", m.Bytes(), want, c.Size())
	}
	clock.advance(61 * time.Second)
	if m.Get("a").Turns() != 0 {
		t.Error("a conversation older than the time is still there")
	}
	if m.Get("").Turns() != 0 {
		t.Error("the empty key (no conversation) has one")
	}
}

func testEngine(t testing.TB) *knowledge.Engine {
	t.Helper()
	p, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return knowledge.NewEngine(p)
}

// The HTTP endpoint answers /ask without context, whatever the memory
// holds: its replicas share none. Over the gateway the same two questions
// are one conversation.
func TestHTTPAskIsStateless(t *testing.T) {
	b := New(testCommands(t), LimitsConfig{PerMinute: 600, Burst: 50}, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	b.WithMemory(NewMemory(10, time.Minute, time.Now))
	ask := func(path Path, id, q string) string {
		i := &discordgo.Interaction{ID: id, Type: discordgo.InteractionApplicationCommand, ChannelID: "600000000000000001",
			GuildID: "500000000000000001", Member: &discordgo.Member{User: &discordgo.User{ID: "300000000000000021"}},
			Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: q},
			}}}
		resp := b.Interaction(path, i)
		if resp.Data == nil || len(resp.Data.Embeds) != 1 {
			t.Fatalf("%s %q: %+v", path, q, resp.Data)
		}
		return resp.Data.Embeds[0].Description
	}
	for _, tt := range []struct {
		path Path
		want string
	}{{PathHTTP, "Who do you mean?"}, {PathGateway, "combat experience"}} {
		ask(tt.path, "1", "who is kyrylo budanov?")
		if got := ask(tt.path, "2", "what did he say?"); !strings.Contains(got, tt.want) {
			t.Errorf("%s: a follow-up got %q, want %q", tt.path, got, tt.want)
		}
	}
}
