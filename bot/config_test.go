package bot

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/pelletier/go-toml/v2"
)

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func noEnv(string) string { return "" }

func TestDefaultsAreValid(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("DefaultConfig().Validate() = %v", err)
	}
	c, err := LoadConfig("", noEnv)
	if err != nil {
		t.Fatalf("LoadConfig with no file = %v", err)
	}
	if !reflect.DeepEqual(c, DefaultConfig()) {
		t.Errorf("no file gives %+v, want the defaults", c)
	}
}

// The example file mirrors Config: the same keys, and its values are the
// defaults, so reading it changes nothing.
func TestExampleMirrorsConfig(t *testing.T) {
	path := filepath.Join("..", "config.example.toml")
	c, err := LoadConfig(path, noEnv)
	if err != nil {
		t.Fatalf("LoadConfig(example) = %v", err)
	}
	if !reflect.DeepEqual(c.Discord.GuildIDs, []string{}) {
		t.Errorf("example guild_ids = %v, want empty", c.Discord.GuildIDs)
	}
	c.Discord.GuildIDs = nil
	if !reflect.DeepEqual(c, DefaultConfig()) {
		t.Errorf("example values differ from the defaults:\n got %+v\nwant %+v", c, DefaultConfig())
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var example map[string]any
	if err := toml.Unmarshal(raw, &example); err != nil {
		t.Fatal(err)
	}
	b, err := toml.Marshal(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	if err := toml.Unmarshal(b, &fields); err != nil {
		t.Fatal(err)
	}
	if got, want := keys("", example), keys("", fields); !reflect.DeepEqual(got, want) {
		t.Errorf("example keys %v\n  Config keys %v", got, want)
	}
}

func keys(prefix string, m map[string]any) []string {
	var out []string
	for k, v := range m {
		if sub, ok := v.(map[string]any); ok {
			out = append(out, keys(prefix+k+".", sub)...)
		} else {
			out = append(out, prefix+k)
		}
	}
	sort.Strings(out)
	return out
}

func TestLoadConfig(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		env     map[string]string
		wantErr []string // each must be in the error
		check   func(t *testing.T, c Config)
	}{
		{name: "values", file: "[discord]\nguild_ids = [\"123\"]\nshard_id = 1\nshard_count = 2\n[answers]\nprivate = true\n[log]\nformat = \"json\"\n",
			check: func(t *testing.T, c Config) {
				if c.Discord.ShardID != 1 || c.Discord.ShardCount != 2 || !c.Answers.Private || c.Log.Format != "json" || c.Discord.GuildIDs[0] != "123" {
					t.Errorf("config = %+v", c)
				}
				if c.Limits.Burst != DefaultConfig().Limits.Burst {
					t.Errorf("unset key lost its default: burst %d", c.Limits.Burst)
				}
			}},
		{name: "env overrides the file", file: "[discord]\ntoken = \"from-file\"\n", env: map[string]string{"DISCORD_TOKEN": "from-env", "DISCORD_API_URL": "http://127.0.0.1:9"},
			check: func(t *testing.T, c Config) {
				if c.Discord.Token != "from-env" || c.Discord.APIURL != "http://127.0.0.1:9" {
					t.Errorf("token/api_url not from the environment: %+v", c.Discord)
				}
			}},
		{name: "unknown key", file: "[discord]\ntokne = \"x\"\n[answer]\nprivate = true\n", wantErr: []string{"unknown keys", "discord.tokne (line 2)", "answer"}},
		{name: "syntax", file: "[discord\n", wantErr: []string{"line 1"}},
		{name: "every bad key named", file: "[discord]\napi_url = \"ftp://x\"\nshard_id = 3\nshard_count = 2\nguild_ids = [\"abc\"]\n[answers]\nthreshold = 1.5\nmax_question_length = 0\n[limits]\nquestions_per_minute = 0\nburst = 0\n[log]\nlevel = \"loud\"\nformat = \"xml\"\n",
			wantErr: []string{"discord.api_url", "discord.shard_id", "discord.guild_ids", "answers.threshold", "answers.max_question_length", "limits.questions_per_minute", "limits.burst", "log.level", "log.format"}},
		{name: "token with a space", env: map[string]string{"DISCORD_TOKEN": "Bot abc"}, wantErr: []string{"discord.token", "without \"Bot \""}},
		{name: "wrong type", file: "[discord]\nshard_count = \"two\"\n", wantErr: []string{"shard_count"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := ""
			if tt.file != "" {
				path = writeConfig(t, tt.file)
			}
			c, err := LoadConfig(path, func(k string) string { return tt.env[k] })
			if len(tt.wantErr) > 0 {
				if err == nil {
					t.Fatal("LoadConfig = nil error, want one")
				}
				for _, w := range tt.wantErr {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error lacks %q:\n%v", w, err)
					}
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}

func TestMissingConfigFile(t *testing.T) {
	_, err := LoadConfig(filepath.Join(t.TempDir(), "nope.toml"), noEnv)
	if err == nil || !strings.Contains(err.Error(), "read config") {
		t.Errorf("LoadConfig(missing) = %v", err)
	}
}

func TestTokenNeverPrinted(t *testing.T) {
	c := DefaultConfig()
	c.Discord.Token = "very-secret-token"
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Info("config", "config", c, "token", c.Discord.Token)
	log.Info("discord", "discord", c.Discord)
	for _, s := range []string{buf.String(), c.Discord.Token.String()} {
		if strings.Contains(s, "very-secret-token") {
			t.Errorf("token printed: %s", s)
		}
	}
}
