package bot

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strings"

	"github.com/pelletier/go-toml/v2"

	"reportbot/knowledge"
)

// Config is everything an operator sets; it mirrors config.example.toml.
type Config struct {
	Discord DiscordConfig `toml:"discord"`
	Answers AnswersConfig `toml:"answers"`
	Limits  LimitsConfig  `toml:"limits"`
	HTTP    HTTPConfig    `toml:"http"`
	Log     LogConfig     `toml:"log"`
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
}

type LimitsConfig struct {
	PerMinute float64 `toml:"questions_per_minute"`
	Burst     int     `toml:"burst"`
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

// DefaultConfig is the configuration with no file: enough to run.
func DefaultConfig() Config {
	return Config{
		Discord: DiscordConfig{APIURL: DefaultAPIURL, ShardCount: 1},
		Answers: AnswersConfig{Threshold: knowledge.DefaultThreshold, MaxQuestion: 300},
		Limits:  LimitsConfig{PerMinute: 12, Burst: 4},
		HTTP:    HTTPConfig{MaxConcurrent: 512},
		Log:     LogConfig{Level: "info", Format: "text"},
	}
}

// LoadConfig reads the file at path over the defaults (no file when path
// is ""), then the environment, then validates. Unknown keys are errors.
func LoadConfig(path string, getenv func(string) string) (Config, error) {
	c := DefaultConfig()
	if path != "" {
		raw, err := os.ReadFile(path)
		if err != nil {
			return c, fmt.Errorf("read config: %w", err)
		}
		dec := toml.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			return c, fmt.Errorf("config %s: %s", path, describeTOMLError(err))
		}
	}
	c.applyEnv(getenv)
	if err := c.Validate(); err != nil {
		if path != "" {
			return c, fmt.Errorf("config %s: %w", path, err)
		}
		return c, err
	}
	return c, nil
}

func describeTOMLError(err error) string {
	var strict *toml.StrictMissingError
	var derr *toml.DecodeError
	switch {
	case errors.As(err, &strict):
		var keys []string
		for _, e := range strict.Errors {
			row, _ := e.Position()
			keys = append(keys, fmt.Sprintf("%s (line %d)", strings.Join(e.Key(), "."), row))
		}
		return "unknown keys: " + strings.Join(keys, ", ")
	case errors.As(err, &derr):
		row, col := derr.Position()
		where := fmt.Sprintf("line %d, column %d", row, col)
		if k := derr.Key(); len(k) > 0 {
			where = strings.Join(k, ".") + " (" + where + ")"
		}
		return where + ": " + derr.Error()
	}
	return err.Error()
}

// applyEnv lets the environment supply what should not sit in a file.
func (c *Config) applyEnv(getenv func(string) string) {
	if getenv == nil {
		return
	}
	if v := getenv("DISCORD_TOKEN"); v != "" {
		c.Discord.Token = Secret(v)
	}
	if v := getenv("DISCORD_API_URL"); v != "" {
		c.Discord.APIURL = v
	}
	if v := getenv("DISCORD_PUBLIC_KEY"); v != "" {
		c.Discord.PublicKey = v
	}
	if v := getenv("REPORTBOT_HTTP_LISTEN"); v != "" {
		c.HTTP.Listen = v
	}
}

// Validate names every bad key, not just the first.
func (c Config) Validate() error {
	var bad []string
	add := func(key, format string, args ...any) {
		bad = append(bad, key+": "+fmt.Sprintf(format, args...))
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
	if c.Answers.MaxQuestion < 1 || c.Answers.MaxQuestion > 6000 {
		// 6000 is Discord's cap on a string option's max_length
		add("answers.max_question_length", "must be from 1 to 6000, got %d", c.Answers.MaxQuestion)
	}
	if c.Limits.PerMinute <= 0 {
		add("limits.questions_per_minute", "must be above 0, got %v", c.Limits.PerMinute)
	}
	if c.Limits.Burst < 1 {
		add("limits.burst", "must be at least 1, got %d", c.Limits.Burst)
	}
	if _, err := parseLevel(c.Log.Level); err != nil {
		add("log.level", "%v", err)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		add("log.format", "must be text or json, got %q", c.Log.Format)
	}
	if len(bad) > 0 {
		return fmt.Errorf("invalid config:\n  %s", strings.Join(bad, "\n  "))
	}
	return nil
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
