package bot

import (
	"bytes"
	"flag"
	"fmt"
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
		{name: "store and review from the environment", file: "[store]\nurl = \"file.db\"\n",
			env: map[string]string{"REPORTBOT_STORE": "postgres://bot:pw@db:5432/reportbot", "REPORTBOT_USER_KEY": "user-key-0123456789", "REPORTBOT_REVIEW_TOKEN": "review-token-0123456789"},
			check: func(t *testing.T, c Config) {
				if c.Store.URL != "postgres://bot:pw@db:5432/reportbot" || c.Store.UserKey != "user-key-0123456789" || c.Review.Token != "review-token-0123456789" {
					t.Errorf("store/review not from the environment: %+v %+v", c.Store, c.Review)
				}
				if !c.Store.Enabled || c.Store.KeepDays != 30 {
					t.Errorf("store defaults lost: %+v", c.Store)
				}
			}},
		{name: "store values", file: "[store]\nenabled = true\nurl = \" \"\nkeep_days = 0\nbuffer = 0\nuser_key = \"short\"\n[review]\ntoken = \"short\"\n",
			wantErr: []string{"store.url", "store.keep_days", "store.buffer", "store.user_key: must be at least 16", "review.token: must be at least 16"}},
		{name: "short key from the environment", env: map[string]string{"REPORTBOT_USER_KEY": "tiny-secret"}, wantErr: []string{"store.user_key", "(from REPORTBOT_USER_KEY)"},
			check: func(t *testing.T, c Config) {}},
		{name: "token with a space", env: map[string]string{"DISCORD_TOKEN": "Bot abc"}, wantErr: []string{"discord.token", "without \"Bot \"", "(from DISCORD_TOKEN)"}},
		{name: "partly right", file: "[answers]\nprivate = true\nthreshold = \"high\"\n[limits]\nburst = 9\n",
			wantErr: []string{"answers.threshold"},
			check: func(t *testing.T, c Config) {
				if !c.Answers.Private || c.Limits.Burst != 9 {
					t.Errorf("the right keys were not decoded: %+v", c)
				}
			}},
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
				if tt.check != nil {
					tt.check(t, c)
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

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestConfigErrors reads each testdata/config/NAME.toml and wants the
// error of NAME.golden, word for word: every problem of the file in one
// message, in the order of the file.
func TestConfigErrors(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "config", "*.toml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no config fixtures: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".toml")
		t.Run(name, func(t *testing.T) {
			_, err := LoadConfig(path, noEnv)
			if err == nil {
				t.Fatalf("LoadConfig(%s) = nil error, want one", path)
			}
			got := err.Error() + "\n"
			golden := strings.TrimSuffix(path, ".toml") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("LoadConfig(%s):\n got %s\nwant %s", path, got, want)
			}
		})
	}
}

func TestNearestKey(t *testing.T) {
	names := []string{"pack", "threshold", "max_question_length", "private"}
	tests := []struct{ typed, want string }{
		{"treshold", "threshold"},
		{"threshhold", "threshold"},
		{"thresold", "threshold"},
		{"Threshold", "threshold"},
		{"pirvate", "private"},
		{"max_question", ""}, // a word short: not a slip but another key
		{"colour", ""},
		{"pak", "pack"},
		{"x", ""},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			if got := nearest(tt.typed, names); got != tt.want {
				t.Errorf("nearest(%q) = %q, want %q", tt.typed, got, tt.want)
			}
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
	c.Store.URL = "postgres://bot:very-secret-password@db/reportbot"
	c.Store.UserKey = "very-secret-user-key"
	c.Review.Token = "very-secret-review-token"
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Info("config", "config", c, "token", c.Discord.Token)
	log.Info("discord", "discord", c.Discord)
	log.Info("store", "store", c.Store, "review", c.Review)
	for _, s := range []string{buf.String(), c.Discord.Token.String(), fmt.Sprint(c.Store), fmt.Sprintf("%v", c.Review)} {
		for _, secret := range []string{"very-secret-token", "very-secret-password", "very-secret-user-key", "very-secret-review-token"} {
			if strings.Contains(s, secret) {
				t.Errorf("%s printed: %s", secret, s)
			}
		}
	}
}

// The file is checked against the struct, so a section or key another
// change adds is known, and typed, with nothing else to edit.
func TestCheckFollowsTheStruct(t *testing.T) {
	type section struct {
		Seconds int        `toml:"shutdown_seconds"`
		Ratios  []float64  `toml:"ratios"`
		Level   slog.Level `toml:"level"` // parses itself from text
		Secret  Secret     `toml:"dsn"`
	}
	type config struct {
		New section `toml:"new_section"`
	}
	tests := []struct {
		name, doc string
		want      []string
	}{
		{"right", "[new_section]\nshutdown_seconds = 5\nratios = [1, 0.5]\nlevel = \"warn\"\ndsn = \"postgres://u:p@h/db\"\n", nil},
		{"typo in a new key", "[new_section]\nshutdown_second = 5\n", []string{"new_section.shutdown_second: unknown key; did you mean shutdown_seconds?"}},
		{"new section misspelt", "[new_sectoin]\n", []string{"new_sectoin: unknown section; did you mean new_section?"}},
		{"types", "[new_section]\nshutdown_seconds = \"5s\"\nratios = [\"a\"]\nlevel = 4\ndsn = 42\n", []string{
			`new_section.dsn: want text in quotes, got a number`,
			`new_section.level: want text in quotes, got 4`,
			`new_section.ratios: want a list of numbers, like [0.5, 1], got ["a"]`,
			`new_section.shutdown_seconds: want a whole number, got "5s"`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc map[string]any
			if err := toml.Unmarshal([]byte(tt.doc), &doc); err != nil {
				t.Fatal(err)
			}
			var ps []Problem
			checkTable(reflect.TypeFor[config](), doc, "", &ps)
			var got []string
			for _, p := range ps {
				got = append(got, p.String())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
