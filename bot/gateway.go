package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Intents: server events, server messages and DMs. Neither DMs nor
// messages that mention the bot need the privileged message-content intent.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// ErrNoToken is returned when Discord is asked for with no bot token.
var ErrNoToken = errors.New("no Discord bot token: set DISCORD_TOKEN or [discord] token")

// NewSession returns a discordgo session for the config, not yet open.
// Every REST call goes to api_url; the gateway address then comes from
// that API's /gateway, as in production.
func NewSession(c DiscordConfig) (*discordgo.Session, error) {
	if c.Token == "" {
		return nil, ErrNoToken
	}
	s, err := discordgo.New("Bot " + string(c.Token))
	if err != nil {
		return nil, fmt.Errorf("new session: %w", err)
	}
	client := &http.Client{Timeout: 20 * time.Second}
	if strings.TrimRight(c.APIURL, "/") != DefaultAPIURL {
		// discordgo's endpoints are fixed when it starts; its one HTTP
		// client is the place every request passes through.
		base, err := url.Parse(c.APIURL)
		if err != nil {
			return nil, fmt.Errorf("discord.api_url: %w", err)
		}
		client.Transport = rebase{base: base, next: http.DefaultTransport}
	}
	s.Client = client
	s.Identify.Intents = Intents
	s.ShardID, s.ShardCount = c.ShardID, c.ShardCount
	s.StateEnabled = true
	s.LogLevel = discordgo.LogError
	return s, nil
}

// rebase sends requests meant for discord.com to another base URL.
type rebase struct {
	base *url.URL
	next http.RoundTripper
}

func (t rebase) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	prefix := strings.TrimRight(t.base.Path, "/")
	r.URL.Scheme, r.URL.Host, r.Host = t.base.Scheme, t.base.Host, t.base.Host
	r.URL.Path = prefix + r.URL.Path
	if r.URL.RawPath != "" {
		r.URL.RawPath = prefix + r.URL.RawPath
	}
	return t.next.RoundTrip(r)
}

// Serve connects to the gateway and answers until ctx is done, then
// closes the connection. Commands are left registered: removing them on
// every stop would break them for the other shards and for the next start.
func (b *Bot) Serve(ctx context.Context, s *discordgo.Session) error {
	remove := []func(){
		s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
			if r.User != nil {
				b.self.Store(r.User)
			}
			b.log.Info("connected to Discord", "user", userName(r.User), "guilds", len(r.Guilds), "shard", s.ShardID, "shards", s.ShardCount)
		}),
		s.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) {
			b.onInteraction(s, i.Interaction)
		}),
		s.AddHandler(func(s *discordgo.Session, m *discordgo.MessageCreate) {
			b.onMessage(s, m.Message)
		}),
	}
	defer func() {
		for _, r := range remove {
			r()
		}
	}()
	if err := s.Open(); err != nil {
		return fmt.Errorf("open gateway: %w", err)
	}
	b.log.Info("gateway open", "shard", s.ShardID, "shards", s.ShardCount)
	<-ctx.Done()
	b.log.Info("shutting down")
	if err := s.Close(); err != nil {
		return fmt.Errorf("close gateway: %w", err)
	}
	return nil
}

func userName(u *discordgo.User) string {
	if u == nil {
		return ""
	}
	return u.Username
}

// SyncCommands registers the command set, replacing what was registered
// (one bulk overwrite): globally, or in each of guildIDs.
func SyncCommands(ctx context.Context, s *discordgo.Session, defs []*discordgo.ApplicationCommand, guildIDs []string) ([]string, error) {
	// GET /applications/@me: the application this bot token belongs to.
	endpoint := discordgo.EndpointApplication("@me")
	body, err := s.RequestWithBucketID("GET", endpoint, nil, endpoint, discordgo.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("get application: %w", err)
	}
	var app discordgo.Application
	if err := json.Unmarshal(body, &app); err != nil || app.ID == "" {
		return nil, fmt.Errorf("get application: unexpected reply %.200q", body)
	}
	targets := guildIDs
	if len(targets) == 0 {
		targets = []string{""}
	}
	var done []string
	for _, g := range targets {
		if _, err := s.ApplicationCommandBulkOverwrite(app.ID, g, defs, discordgo.WithContext(ctx)); err != nil {
			where := "global commands"
			if g != "" {
				where = "guild " + g
			}
			return done, fmt.Errorf("sync %s: %w", where, err)
		}
		if g == "" {
			g = "global"
		}
		done = append(done, g)
	}
	return done, nil
}
