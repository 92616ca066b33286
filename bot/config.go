package bot

import (
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strings"
	"time"

	"reportbot/knowledge"
)

// Config is everything an operator sets; it mirrors config.example.toml.
type Config struct {
	Discord DiscordConfig `toml:"discord"`
	Answers AnswersConfig `toml:"answers"`
	Limits  LimitsConfig  `toml:"limits"`
	HTTP    HTTPConfig    `toml:"http"`
	Store   StoreConfig   `toml:"store"`
	Review  ReviewConfig  `toml:"review"`
	Log     LogConfig     `toml:"log"`
}

// StoreConfig says where questions and votes are recorded, and for how
// long. The URL may hold a password, so it is a Secret too.
type StoreConfig struct {
	Enabled  bool   `toml:"enabled"`
	URL      Secret `toml:"url"`
	UserKey  Secret `toml:"user_key"`
	KeepDays int    `toml:"keep_days"`
	Buffer   int    `toml:"buffer"`
}

// ReviewConfig guards GET /review: no token, no page.
type ReviewConfig struct {
	Token Secret `toml:"token"`
}

type DiscordConfig struct {
	Token      Secret   `toml:"token"`
	APIURL     string   `toml:"api_url"`
	GuildIDs   []string `toml:"guild_ids"`
	ShardID    int      `toml:"shard_id"`
	ShardCount int      `toml:"shard_count"`
	PublicKey  string   `toml:"public_key"`
}

type HTTPConfig struct {
	Listen        string `toml:"listen"`
	MaxConcurrent int    `toml:"max_concurrent"`
}

type AnswersConfig struct {
	Pack        string  `toml:"pack"`
	Threshold   float64 `toml:"threshold"`
	MaxQuestion int     `toml:"max_question_length"`
	Private     bool    `toml:"private"`
	// ContextMinutes is how long a conversation's context is kept after
	// its last turn; MaxConversations how many are kept at most, the least
	// recently used forgotten first.
	ContextMinutes   int `toml:"context_minutes"`
	MaxConversations int `toml:"max_conversations"`
}

// ContextTime is how long a conversation's context is kept.
func (a AnswersConfig) ContextTime() time.Duration {
	return time.Duration(a.ContextMinutes) * time.Minute
}

type LimitsConfig struct {
	PerMinute       float64 `toml:"questions_per_minute"`
	Burst           int     `toml:"burst"`
	ShutdownSeconds int     `toml:"shutdown_seconds"`
}

// shutdownGrace is how long a shutdown may take, from the signal to exit.
func (c LimitsConfig) shutdownGrace() time.Duration {
	return time.Duration(c.ShutdownSeconds) * time.Second
}

type LogConfig struct {
	Level  string `toml:"level"`
	Format string `toml:"format"`
}

// Secret is a value that must never reach a log or an error message.
type Secret string

func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return "[redacted]"
}

// LogValue keeps the secret out of structured logs.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// MarshalText keeps the secret out of anything that encodes the config
// (a JSON log line of the whole struct, a dump of the settings).
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// DefaultAPIURL is Discord's own REST API.
const DefaultAPIURL = "https://discord.com"

// DefaultStore is the SQLite file questions are recorded in, in the
// working directory.
const DefaultStore = "reportbot.db"

// DefaultConfig is the configuration with no file: enough to run.
func DefaultConfig() Config {
	return Config{
		Discord: DiscordConfig{APIURL: DefaultAPIURL, ShardCount: 1},
		Answers: AnswersConfig{Threshold: knowledge.DefaultThreshold, MaxQuestion: knowledge.MaxQuestionRunes, ContextMinutes: 10, MaxConversations: 10000},
		Limits:  LimitsConfig{PerMinute: 12, Burst: 4, ShutdownSeconds: 10},
		HTTP:    HTTPConfig{MaxConcurrent: 512},
		Store:   StoreConfig{Enabled: true, URL: DefaultStore, KeepDays: 30, Buffer: 10000},
		Log:     LogConfig{Level: "info", Format: "text"},
	}
}

// LoadConfig reads the file at path over the defaults (no file when path
// is ""), then the environment, then validates. Every problem is named at
// once, as a *ConfigError: unknown keys (with the key probably meant),
// values of the wrong type, values out of range.
func LoadConfig(path string, getenv func(string) string) (Config, error) {
	c := DefaultConfig()
	var problems []Problem
	var lines map[string]int
	if path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return c, fmt.Errorf("read config: %w", err)
		}
		problems, lines, err = decodeFile(raw, &c)
		if err != nil {
			return c, fmt.Errorf("config %s: %w", path, err)
		}
	}
	fromEnv := c.applyEnv(getenv)
	for _, p := range c.problems() {
		if v, ok := fromEnv[p.Key]; ok {
			p.Msg += " (from " + v + ")"
		} else {
			p.Line = lines[p.Key]
		}
		problems = append(problems, p)
	}
	if len(problems) > 0 {
		sortProblems(problems)
		return c, &ConfigError{Path: path, Problems: problems}
	}
	return c, nil
}

// applyEnv lets the environment supply what should not sit in a file. It
// returns the keys it set, each with its variable.
func (c *Config) applyEnv(getenv func(string) string) map[string]string {
	set := map[string]string{}
	if getenv == nil {
		return set
	}
	for _, e := range envOverrides() {
		if v := getenv(e.name); v != "" {
			e.to(c, v)
			set[e.key] = e.name
		}
	}
	return set
}

// An envOverride is an environment variable that sets a key of the config.
type envOverride struct {
	name, key string
	to        func(*Config, string)
}

func envOverrides() []envOverride {
	return []envOverride{
		{"DISCORD_TOKEN", "discord.token", func(c *Config, v string) { c.Discord.Token = Secret(v) }},
		{"DISCORD_API_URL", "discord.api_url", func(c *Config, v string) { c.Discord.APIURL = v }},
		{"DISCORD_PUBLIC_KEY", "discord.public_key", func(c *Config, v string) { c.Discord.PublicKey = v }},
		{"REPORTBOT_HTTP_LISTEN", "http.listen", func(c *Config, v string) { c.HTTP.Listen = v }},
		{"REPORTBOT_STORE", "store.url", func(c *Config, v string) { c.Store.URL = Secret(v) }},
		{"REPORTBOT_USER_KEY", "store.user_key", func(c *Config, v string) { c.Store.UserKey = Secret(v) }},
		{"REPORTBOT_REVIEW_TOKEN", "review.token", func(c *Config, v string) { c.Review.Token = Secret(v) }},
	}
}

// EnvVars are the environment variables that override the config, in the
// order the help lists them.
func EnvVars() []string {
	var out []string
	for _, e := range envOverrides() {
		out = append(out, e.name)
	}
	return out
}

// Validate names every bad value, not just the first.
func (c Config) Validate() error {
	if ps := c.problems(); len(ps) > 0 {
		return &ConfigError{Problems: ps}
	}
	return nil
}

func (c Config) problems() []Problem {
	var bad []Problem
	add := func(key, format string, args ...any) {
		bad = append(bad, Problem{Key: key, Msg: fmt.Sprintf(format, args...)})
	}
	if u, err := url.Parse(c.Discord.APIURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		add("discord.api_url", "%q is not an http(s) URL", c.Discord.APIURL)
	}
	if strings.ContainsAny(string(c.Discord.Token), " \t\r\n") {
		add("discord.token", "contains white space (paste the bot token alone, without \"Bot \")")
	}
	for _, g := range c.Discord.GuildIDs {
		if !isSnowflake(g) {
			add("discord.guild_ids", "%q is not a Discord id (digits)", g)
		}
	}
	if c.Discord.ShardCount < 1 {
		add("discord.shard_count", "must be at least 1, got %d", c.Discord.ShardCount)
	}
	if c.Discord.ShardID < 0 || (c.Discord.ShardCount >= 1 && c.Discord.ShardID >= c.Discord.ShardCount) {
		add("discord.shard_id", "must be from 0 to shard_count-1 (%d), got %d", c.Discord.ShardCount-1, c.Discord.ShardID)
	}
	if c.Discord.PublicKey != "" {
		if _, err := c.Discord.Key(); err != nil {
			add("discord.public_key", "%v", err)
		}
	}
	if c.HTTP.Listen != "" {
		if _, _, err := net.SplitHostPort(c.HTTP.Listen); err != nil {
			add("http.listen", "%q is not host:port (e.g. \":8080\")", c.HTTP.Listen)
		}
	}
	if c.HTTP.MaxConcurrent < 1 {
		add("http.max_concurrent", "must be at least 1, got %d", c.HTTP.MaxConcurrent)
	}
	if c.Answers.Threshold <= 0 || c.Answers.Threshold >= 1 {
		add("answers.threshold", "must be between 0 and 1, got %v", c.Answers.Threshold)
	}
	if c.Answers.MaxQuestion < 1 || c.Answers.MaxQuestion > knowledge.MaxQuestionRunes {
		// the engine's own ceiling, under Discord's 6000 for a string option
		add("answers.max_question_length", "must be from 1 to %d, got %d", knowledge.MaxQuestionRunes, c.Answers.MaxQuestion)
	}
	if c.Answers.ContextMinutes < 0 || c.Answers.ContextMinutes > 24*60 {
		add("answers.context_minutes", "must be from 0 (no context kept) to 1440, got %d", c.Answers.ContextMinutes)
	}
	if c.Answers.MaxConversations < 1 {
		add("answers.max_conversations", "must be at least 1, got %d", c.Answers.MaxConversations)
	}
	if c.Limits.PerMinute <= 0 {
		add("limits.questions_per_minute", "must be above 0, got %v", c.Limits.PerMinute)
	}
	if c.Limits.Burst < 1 {
		add("limits.burst", "must be at least 1, got %d", c.Limits.Burst)
	}
	if c.Limits.ShutdownSeconds < 1 || c.Limits.ShutdownSeconds > 600 {
		add("limits.shutdown_seconds", "must be from 1 to 600, got %d", c.Limits.ShutdownSeconds)
	}
	if c.Store.Enabled && strings.TrimSpace(string(c.Store.URL)) == "" {
		add("store.url", "is empty: a SQLite file path or a postgres:// URL (or enabled = false)")
	}
	if u := string(c.Store.URL); strings.HasPrefix(u, "postgres://") || strings.HasPrefix(u, "postgresql://") {
		if _, err := url.Parse(u); err != nil {
			add("store.url", "is not a valid postgres:// URL") // the URL itself may hold a password
		}
	}
	if c.Store.UserKey != "" && len(c.Store.UserKey) < 16 {
		add("store.user_key", "must be at least 16 characters (a secret: any long random string)")
	}
	if c.Store.KeepDays < 1 {
		add("store.keep_days", "must be at least 1, got %d", c.Store.KeepDays)
	}
	if c.Store.Buffer < 1 {
		add("store.buffer", "must be at least 1, got %d", c.Store.Buffer)
	}
	if c.Review.Token != "" && len(c.Review.Token) < 16 {
		add("review.token", "must be at least 16 characters, or empty to serve no review")
	}
	if _, err := parseLevel(c.Log.Level); err != nil {
		add("log.level", "%v", err)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		add("log.format", "must be text or json, got %q", c.Log.Format)
	}
	return bad
}

// Key returns the application's public key, from its hex form.
func (c DiscordConfig) Key() (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(strings.TrimSpace(c.PublicKey))
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("must be the application's public key: %d hex digits", 2*ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(b), nil
}

func isSnowflake(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, fmt.Errorf("must be debug, info, warn or error, got %q", s)
	}
	return l, nil
}

// NewLogger returns the logger the config asks for, writing to w.
func (c Config) NewLogger(w interface{ Write([]byte) (int, error) }) *slog.Logger {
	level, _ := parseLevel(c.Log.Level)
	opts := &slog.HandlerOptions{Level: level}
	if c.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
