package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// Intents: server events, server messages and DMs. Neither DMs nor
// messages that mention the bot need the privileged message-content intent.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// ErrNoToken is returned when Discord is asked for with no bot token.
var ErrNoToken = errors.New("no Discord bot token: set DISCORD_TOKEN or [discord] token")

// NewSession returns a discordgo session for the config: its REST calls
// go to api_url through the bounded transport (see transport.go), and
// discordgo itself neither retries nor waits. The gateway address comes
// from that API's /gateway, as in production. Its log and counters are
// the default logger's and none until a Bot serves it.
func NewSession(c DiscordConfig) (*discordgo.Session, error) {
	if c.Token == "" {
		return nil, ErrNoToken
	}
	s, err := discordgo.New("Bot " + string(c.Token))
	if err != nil {
		return nil, fmt.Errorf("new session: %w", err)
	}
	var base *url.URL
	if strings.TrimRight(c.APIURL, "/") != DefaultAPIURL {
		// discordgo's endpoints are fixed when it starts; its one HTTP
		// client is the place every request passes through.
		if base, err = url.Parse(c.APIURL); err != nil {
			return nil, fmt.Errorf("discord.api_url: %w", err)
		}
	}
	log := redactLogs(slog.Default(), string(c.Token))
	s.Client = &http.Client{Transport: newTransport(base, defaultRESTSettings(), log, nopObserver{})}
	s.MaxRestRetries = 0             // the transport retries, within bounds
	s.ShouldRetryOnRateLimit = false // and waits out 429s; discordgo never sees one
	s.Identify.Intents = Intents
	s.Identify.Compress = false
	s.ShardID, s.ShardCount = c.ShardID, c.ShardCount
	s.StateEnabled = false // the bot keeps no state; our gateway feeds none
	s.LogLevel = discordgo.LogError
	return s, nil
}

// attach makes the session's transport log to log and count in the
// bot's metrics. It is called before the session's first request.
func (b *Bot) attach(s *discordgo.Session, log *slog.Logger) {
	if t, ok := s.Client.Transport.(*transport); ok {
		t.log, t.observe = log, b.observe
	}
}

// SyncCommands registers the command set, replacing what was registered
// (one bulk overwrite): globally, or in each of guildIDs.
func SyncCommands(ctx context.Context, s *discordgo.Session, defs []*discordgo.ApplicationCommand, guildIDs []string) ([]string, error) {
	// GET /applications/@me: the application this bot token belongs to.
	endpoint := discordgo.EndpointApplication("@me")
	body, err := s.RequestWithBucketID("GET", endpoint, nil, endpoint, discordgo.WithContext(ctx))
	if err != nil {
		return nil, fmt.Errorf("get application: %w", cleanErr(err))
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
			return done, fmt.Errorf("sync %s: %w", where, cleanErr(err))
		}
		if g == "" {
			g = "global"
		}
		done = append(done, g)
	}
	return done, nil
}
