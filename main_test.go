package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"reportbot/bot"
	"reportbot/commands"
	"reportbot/knowledge"
)

func runMain(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

// contractAnswer is the contract of ../shared/eval/README.md.
type contractAnswer struct {
	Question   string  `json:"question"`
	Answered   *bool   `json:"answered"`
	Answer     string  `json:"answer"`
	Confidence float64 `json:"confidence"`
	Citations  []struct {
		Paragraph int    `json:"paragraph"`
		Quote     string `json:"quote"`
	} `json:"citations"`
	Source  string   `json:"source"`
	Related []string `json:"related"`
}

func TestAskJSONBatch(t *testing.T) {
	long := strings.Repeat("x", 100*1024)
	in := strings.Join([]string{"Who proposed accepting North Korean POWs?", "", "How many Russian tanks were destroyed?", long, "kn23"}, "\n") + "\n"
	out, _, err := runMain(t, in, "ask", "--json")
	if err != nil {
		t.Fatalf("ask --json: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if got, want := len(lines), 5; got != want {
		t.Fatalf("%d JSON lines for %d questions", got, want)
	}
	wantAnswered := []bool{true, false, false, false, true}
	for i, l := range lines {
		var a contractAnswer
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if a.Answered == nil || *a.Answered != wantAnswered[i] {
			t.Errorf("line %d: answered = %v, want %v", i+1, a.Answered, wantAnswered[i])
		}
		if a.Source != "newsukraine.rbc.ua" || a.Answer == "" || a.Related == nil || a.Citations == nil {
			t.Errorf("line %d: incomplete object %s", i+1, l[:min(len(l), 200)])
		}
		if *a.Answered && (len(a.Citations) == 0 || a.Citations[0].Paragraph < 1) {
			t.Errorf("line %d: answered without a paragraph citation", i+1)
		}
	}
}

func TestAskOneQuestion(t *testing.T) {
	out, _, err := runMain(t, "", "ask", "Who", "is", "Budanov?")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"head of Defense Intelligence", `[¶7] "Kyrylo Budanov`, "Source: newsukraine.rbc.ua"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalCommand(t *testing.T) {
	out, _, err := runMain(t, "", "eval", "knowledge/eval/testdata/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"in-scope correct:", "out-of-scope abstained:", "misquoted citations: 0"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
}

const minipack = "knowledge/testdata/minipack"

// TestCommandLine runs the real run with the command lines an operator
// types: flags before and after the command and its arguments, each
// command with its own flags, leftovers and unknowns as usage errors.
func TestCommandLine(t *testing.T) {
	t.Setenv("DISCORD_TOKEN", "")
	t.Setenv("REPORTBOT_HTTP_LISTEN", "")
	config := writeFile(t, "config.toml", "[answers]\nprivate = true\n")
	tests := []struct {
		name    string
		args    []string
		stdin   string
		wantOut string // in standard output
		wantErr string // in the error; "" for none
		usage   string // the usage the error ends with (exit status 2)
	}{
		{name: "pack after the command", args: []string{"check", "-pack", minipack}, wantOut: "pack ok: 2 paragraphs"},
		{name: "pack before the command", args: []string{"-pack", minipack, "check"}, wantOut: "pack ok: 2 paragraphs"},
		{name: "pack= before the command", args: []string{"--pack=" + minipack, "check"}, wantOut: "pack ok: 2 paragraphs"},
		{name: "config before the command", args: []string{"-config", config, "check"}, wantOut: "pack ok: 9 paragraphs"},
		{name: "config before sync-commands runs sync-commands", args: []string{"-config", config, "sync-commands"}, wantErr: "no Discord bot token"},
		{name: "pack after the question", args: []string{"ask", "How much did the bridge cost?", "-pack", minipack}, wantOut: `[¶1] "The mayor, Ana Ruiz, said it cost 2,000,000 euros."`},
		{name: "flags on both sides", args: []string{"-json", "ask", "How", "much", "did", "the", "bridge", "cost?", "--pack", minipack}, wantOut: `"question":"How much did the bridge cost?","answered":true`},
		{name: "-- ends the flags", args: []string{"ask", "-json", "--", "-pack", minipack}, wantOut: `"question":"-pack ` + minipack + `","answered":false`},
		{name: "flag value --", args: []string{"ask", "-json", "-pack", minipack, "--", "--"}, wantOut: `"question":"--"`},
		{name: "no command: chat", args: []string{"-pack", minipack}, stdin: "price of the bridge\n", wantOut: "It cost 2,000,000 euros"},
		{name: "version", args: []string{"version"}, wantOut: "reportbot "},

		{name: "help flag", args: []string{"-h"}, wantOut: "  sync-commands            register the slash commands"},
		{name: "help flag, long", args: []string{"--help"}, wantOut: "usage: reportbot [command] [flags] [arguments]"},
		{name: "help command", args: []string{"help"}, wantOut: "  version                  print the version"},
		{name: "command -h", args: []string{"ask", "-h"}, wantOut: "usage: reportbot ask [flags] [QUESTION...]"},
		{name: "command --help after flags", args: []string{"check", "-pack", minipack, "--help"}, wantOut: "usage: reportbot check [flags]\n"},
		{name: "help command", args: []string{"help", "eval"}, wantOut: "usage: reportbot eval [flags] FILE.jsonl"},
		{name: "help lists flags", args: []string{"ask", "-h"}, wantOut: "  -json\n"},
		{name: "version takes no pack", args: []string{"help", "version"}, wantOut: "usage: reportbot version\n\nPrint"},

		{name: "leftover argument", args: []string{"check", "extra"}, wantErr: `check takes no arguments, got ["extra"]`, usage: "usage: reportbot check [flags]\n"},
		{name: "leftover after flags", args: []string{"-pack", minipack, "check", "extra"}, wantErr: `check takes no arguments, got ["extra"]`, usage: "usage: reportbot check"},
		{name: "leftover for version", args: []string{"version", "now"}, wantErr: `version takes no arguments, got ["now"]`, usage: "usage: reportbot version"},
		{name: "eval without a file", args: []string{"eval"}, wantErr: "eval needs FILE.jsonl", usage: "usage: reportbot eval"},
		{name: "eval with two files", args: []string{"eval", "a.jsonl", "b.jsonl"}, wantErr: `eval takes FILE.jsonl, got 2 arguments ["a.jsonl" "b.jsonl"]`, usage: "usage: reportbot eval"},
		{name: "unknown command", args: []string{"frobnicate"}, wantErr: `unknown command "frobnicate"`, usage: "usage: reportbot [command]"},
		{name: "unknown command after a flag", args: []string{"-pack", minipack, "chekc"}, wantErr: `unknown command "chekc"`, usage: "usage: reportbot [command]"},
		{name: "unknown flag", args: []string{"ask", "-nope"}, wantErr: "flag provided but not defined: -nope", usage: "usage: reportbot ask"},
		{name: "another command's flag", args: []string{"check", "-json"}, wantErr: "flag provided but not defined: -json", usage: "usage: reportbot check"},
		{name: "no pack for version", args: []string{"version", "-pack", minipack}, wantErr: "flag provided but not defined: -pack", usage: "usage: reportbot version"},
		{name: "flag without its value", args: []string{"check", "-pack"}, wantErr: "flag needs an argument: -pack", usage: "usage: reportbot check"},
		{name: "no command, an argument after --", args: []string{"--", "check"}, wantErr: `reportbot with no command takes no arguments, got ["check"]`, usage: "usage: reportbot [command]"},
		{name: "help for an unknown command", args: []string{"help", "frob"}, wantErr: `unknown command "frob"`, usage: "usage: reportbot [command]"},

		{name: "init", args: []string{"init", "knowledge/initpack/testdata/saltmere.txt", filepath.Join(t.TempDir(), "pack")}, wantOut: "pack.toml: 2 entries"},
		{name: "init, flags after", args: []string{"init", writeFile(t, "r.txt", "It opened on Monday.\n"), filepath.Join(t.TempDir(), "pack"), "-source", "x.org", "-title", "Opening"}, wantOut: "source x.org"},
		{name: "init without a directory", args: []string{"init", "report.txt"}, wantErr: "init needs REPORT.txt DIR", usage: "usage: reportbot init"},
		{name: "init takes no pack", args: []string{"init", "-pack", minipack, "a", "b"}, wantErr: "flag provided but not defined: -pack", usage: "usage: reportbot init"},
		{name: "init over a pack", args: []string{"init", "knowledge/initpack/testdata/saltmere.txt", minipack}, wantErr: "minipack/report.txt exists: it may be a curator's work"},
		{name: "init of a report without a source", args: []string{"init", writeFile(t, "nosource.txt", "It opened on Monday.\n"), t.TempDir()}, wantErr: "give the source with -source NAME"},
		{name: "check lists uncited paragraphs", args: []string{"check", "-pack", "knowledge/testdata/saltmere"}, wantOut: "no entry cites paragraphs 1, 3, 4"},
		{name: "missing pack dir", args: []string{"check", "-pack", "no/such/dir"}, wantErr: "load pack no/such/dir"},
		{name: "broken pack", args: []string{"check", "-pack", brokenPack(t)}, wantErr: `entry ferry: related entry "nope" does not exist`},
		{name: "bad config", args: []string{"check", "-config", writeFile(t, "bad.toml", "[answers]\ntreshold = 0.5\nthreshold = \"high\"\n")},
			wantErr: "has 2 problems:\n  line 2: answers.treshold: unknown key; did you mean threshold?\n  line 3: answers.threshold: want a number, got \"high\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runMain(t, tt.stdin, tt.args...)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("run(%q) = %v, want no error", tt.args, err)
				}
				if !strings.Contains(out, tt.wantOut) {
					t.Errorf("run(%q) wrote %q, want it to contain %q", tt.args, out, tt.wantOut)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("run(%q) = %v, want an error with %q", tt.args, err, tt.wantErr)
			}
			var uerr *usageError
			if got := errors.As(err, &uerr); got != (tt.usage != "") {
				t.Fatalf("run(%q): usage error %v, want %v (%v)", tt.args, got, tt.usage != "", err)
			}
			if uerr != nil && !strings.Contains(uerr.usage, tt.usage) {
				t.Errorf("run(%q): error ends with usage\n%s\nwant it to contain %q", tt.args, uerr.usage, tt.usage)
			}
			if out != "" {
				t.Errorf("run(%q) failed but wrote %q", tt.args, out)
			}
		})
	}
}

// Every command has a usage that names it, its arguments and each flag it
// takes, and only those: the table is the only place they are written.
func TestUsageFollowsTheTable(t *testing.T) {
	for _, c := range commandTable() {
		if c.name == "" {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			out, _, err := runMain(t, "", c.name, "-h")
			if err != nil {
				t.Fatal(err)
			}
			want := "usage: reportbot " + c.name
			c.flagSet().fl.VisitAll(func(*flag.Flag) { want = "usage: reportbot " + c.name + " [flags]" })
			want = strings.TrimSpace(want + " " + c.args)
			if first, _, _ := strings.Cut(out, "\n"); first != want {
				t.Errorf("usage starts %q, want %q", first, want)
			}
			for flag, want := range map[string]bool{"-config": c.needs >= needConfig, "-pack": c.needs >= needPack} {
				if got := strings.Contains(out, "  "+flag+" "); got != want {
					t.Errorf("usage lists %s: %v, want %v", flag, got, want)
				}
			}
			list, _, _ := runMain(t, "", "help")
			if !strings.Contains(list, "  "+strings.TrimSpace(c.name+" "+c.args)+" ") || !strings.Contains(list, c.summary) {
				t.Errorf("help lacks %s and its summary:\n%s", c.name, list)
			}
		})
	}
}

func TestVersionLine(t *testing.T) {
	vcs := func(kv ...string) []debug.BuildSetting {
		var out []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			out = append(out, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return out
	}
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"release", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.0"},
			Settings: vcs("vcs", "git", "vcs.revision", "3a8d856c8f", "vcs.time", "2025-12-04T16:20:00Z", "vcs.modified", "false")},
			"reportbot v1.2.0, revision 3a8d856c8f, committed 2025-12-04T16:20:00Z, go1.26.0"},
		{"modified checkout", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"},
			Settings: vcs("vcs.revision", "3a8d856c8f", "vcs.modified", "true")},
			"reportbot (devel), revision 3a8d856c8f with uncommitted changes, go1.26.0"},
		{"no vcs", &debug.BuildInfo{GoVersion: "go1.26.0"},
			"reportbot (devel), revision unknown (go build in a git checkout records it), go1.26.0"},
		{"no build info", nil, "reportbot: no build information (built without module support)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionLine(tt.info); got != tt.want {
				t.Errorf("versionLine:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
	out, _, err := runMain(t, "", "version")
	if want := runtime.Version(); err != nil || !strings.HasPrefix(out, "reportbot ") || !strings.HasSuffix(out, ", "+want+"\n") {
		t.Errorf("version = %q, %v; want reportbot ... %s", out, err, want)
	}
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func brokenPack(t *testing.T) string {
	dir := t.TempDir()
	for _, f := range []string{"report.txt", "pack.toml"} {
		b, err := os.ReadFile(filepath.Join("knowledge/testdata/minipack", f))
		if err != nil {
			t.Fatal(err)
		}
		b = bytes.Replace(b, []byte(`related = ["bridge-cost"]`), []byte(`related = ["nope"]`), 1)
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestChatEndsOnEOF(t *testing.T) {
	// "1" asks the first related question of the answer before it
	out, _, err := runMain(t, "hello\nwho is cho\n1\n", "chat")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Ask me about the report", "Try one of these", "Foreign Minister", "proposed that South Korea accept"} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
}

func TestDefaultCommand(t *testing.T) {
	t.Run("no token: chat", func(t *testing.T) {
		t.Setenv("DISCORD_TOKEN", "")
		out, _, err := runMain(t, "who is cho\n")
		if err != nil || !strings.Contains(out, "Foreign Minister") {
			t.Errorf("run() = %v, output %q; want a chat", err, out)
		}
	})
	t.Run("serve without token", func(t *testing.T) {
		t.Setenv("DISCORD_TOKEN", "")
		t.Setenv("REPORTBOT_HTTP_LISTEN", "")
		t.Setenv("DISCORD_PUBLIC_KEY", "")
		_, _, err := runMain(t, "", "serve")
		if err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
			t.Errorf("serve = %v, want an error naming DISCORD_TOKEN", err)
		}
	})
	t.Run("bad config", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "c.toml")
		os.WriteFile(path, []byte("[answers]\nthreshold = 7\n"), 0o600)
		_, _, err := runMain(t, "", "check", "-config", path)
		if err == nil || !strings.Contains(err.Error(), "answers.threshold") {
			t.Errorf("check with a bad config = %v", err)
		}
	})
}

// With --json, --explain goes into each answer's object: every line of
// the output is still one JSON object.
func TestAskExplain(t *testing.T) {
	in := "Who proposed accepting North Korean POWs?\nHow many Russian tanks were destroyed?\n"
	out, _, err := runMain(t, in, "ask", "--json", "--explain")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines for 2 questions:\n%s", len(lines), out)
	}
	for i, l := range lines {
		var a struct {
			contractAnswer
			Explain string `json:"explain"`
		}
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("line %d is not one JSON object: %v\n%s", i+1, err, l)
		}
		if !strings.HasPrefix(a.Explain, "terms: ") || a.Answered == nil {
			t.Errorf("line %d: explain %q, answered %v; want both", i+1, a.Explain, a.Answered)
		}
	}
	plain, _, err := runMain(t, "", "ask", "--explain", "Who is Budanov?")
	if err != nil || !strings.HasPrefix(plain, "terms: ") || !strings.Contains(plain, "head of Defense Intelligence") {
		t.Errorf("ask --explain = %v\n%s\nwant the explanation, then the answer", err, plain)
	}
	if out, _, _ := runMain(t, "", "ask", "--json", "Who is Budanov?"); strings.Contains(out, `"explain"`) {
		t.Errorf("ask --json without --explain has an explain field: %s", out)
	}
}

// One length limit, the config's, in the terminal as on Discord.
func TestQuestionLengthLimit(t *testing.T) {
	short := writeFile(t, "config.toml", "[answers]\nmax_question_length = 40\n")
	q41 := "Who proposed accepting North Korean POWs"
	q41 += strings.Repeat("?", 41-len(q41))
	tests := []struct {
		name    string
		stdin   string
		args    []string
		want    string
		wantNot string
	}{
		{"ask, default limit", "", []string{"ask", strings.Repeat("why ", 251)}, "please ask in at most 1000 characters", ""},
		{"ask, long but under the default", "", []string{"ask", strings.Repeat("so ", 300) + "who proposed accepting North Korean POWs?"}, "Cho Tae-yul", "at most"},
		{"ask, configured limit", "", []string{"ask", "-config", short, q41}, "please ask in at most 40 characters", "Cho Tae-yul"},
		{"ask, under the limit", "", []string{"ask", "-config", short, q41[:40]}, "Cho Tae-yul", "at most"},
		{"ask --json", "", []string{"-config", short, "ask", "--json", q41}, `"answered":false,"outcome":"invalid","answer":"That is a long question: please ask in at most 40 characters.","confidence":0,"citations":[],"source":"newsukraine.rbc.ua"`, ""},
		{"chat", q41 + "\n", []string{"chat", "-config", short}, "please ask in at most 40 characters", "Cho Tae-yul"},
		{"chat, default limit", strings.Repeat("x", 5000) + "\nwho is cho\n", []string{"chat"}, "please ask in at most 1000 characters", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runMain(t, tt.stdin, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out, tt.want) || (tt.wantNot != "" && strings.Contains(out, tt.wantNot)) {
				t.Errorf("output %q\nwant %q and not %q", out, tt.want, tt.wantNot)
			}
		})
	}
}

// fakeDiscord refuses the token as Discord does: a REST call answers 401,
// or (gateway4004) REST works and the gateway closes with 4004 after
// IDENTIFY. Its 401 body quotes the token, to prove it is not repeated.
func fakeDiscord(t *testing.T, token string, gateway4004 bool) string {
	t.Helper()
	api := "/api/v" + discordgo.APIVersion
	mux := http.NewServeMux()
	refuse := func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprintf(w, `{"message": "401: Unauthorized (%s)", "code": 0}`, r.Header.Get("Authorization"))
	}
	mux.HandleFunc("/", refuse)
	if gateway4004 {
		mux.HandleFunc("GET "+api+"/gateway", func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, `{"url": "ws://%s/ws"}`, r.Host)
		})
		mux.HandleFunc("GET /ws/", func(w http.ResponseWriter, r *http.Request) {
			c, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
			if err != nil {
				t.Errorf("upgrade: %v", err)
				return
			}
			defer c.Close()
			c.WriteJSON(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}})
			if _, msg, err := c.ReadMessage(); err != nil || !strings.Contains(string(msg), token) {
				t.Errorf("IDENTIFY = %q, %v; want one with the token", msg, err)
			}
			c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
			c.ReadMessage() // until the client closes
		})
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// A token Discord refuses is named as such, with where to reset it, and
// the token itself is never printed.
func TestTokenRefused(t *testing.T) {
	const token = "MTIzNDU2Nzg5.bad.token"
	tests := []struct {
		name        string
		command     string
		gateway4004 bool
		why         string
	}{
		{"sync-commands", "sync-commands", false, "(HTTP 401 Unauthorized)"},
		{"serve, REST", "serve", false, "(HTTP 401 Unauthorized)"},
		{"serve, gateway", "serve", true, "(the gateway closed with 4004, authentication failed)"},
		{"no command", "", true, "(the gateway closed with 4004, authentication failed)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("DISCORD_TOKEN", token)
			t.Setenv("DISCORD_API_URL", fakeDiscord(t, token, tt.gateway4004))
			t.Setenv("REPORTBOT_HTTP_LISTEN", "")
			var args []string
			if tt.command != "" {
				args = []string{tt.command}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			var out, log bytes.Buffer
			err := run(ctx, args, strings.NewReader(""), &out, &log)
			var refused *bot.TokenRefusedError
			if !errors.As(err, &refused) {
				t.Fatalf("%s = %v, want Discord refusing the token", tt.command, err)
			}
			for _, want := range []string{"Discord refused the bot token " + tt.why, "your application → Bot → Reset Token", "DISCORD_TOKEN"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error lacks %q:\n%v", want, err)
				}
			}
			for what, s := range map[string]string{"error": err.Error(), "output": out.String(), "log": log.String()} {
				if strings.Contains(s, "bad.token") {
					t.Errorf("%s shows the token: %s", what, s)
				}
			}
		})
	}
}

// maxReadme is README.md's budget: a README for users and operators; the
// engine's design and measurements live in docs/.
const maxReadme = 12000

// TestReadme checks what README.md says against what is: its size, the
// two commands first, its links, the environment variables the config
// reads, and its example answer, which must be the answer the bot renders.
func TestReadme(t *testing.T) {
	raw, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	if len(raw) > maxReadme {
		t.Errorf("README.md is %d bytes, over its %d: move detail to docs/", len(raw), maxReadme)
	}

	t.Run("the two commands first", func(t *testing.T) {
		_, rest, _ := strings.Cut(readme, "```")
		block, _, _ := strings.Cut(rest, "```")
		var cmds []string
		for line := range strings.Lines(block) {
			if cmd, _, _ := strings.Cut(line, "#"); strings.TrimSpace(cmd) != "" && line != "sh\n" {
				cmds = append(cmds, strings.TrimSpace(cmd))
			}
		}
		if want := []string{"go run .", "go test ./..."}; !slices.Equal(cmds, want) {
			t.Errorf("README's first code block runs %q, want %q", cmds, want)
		}
	})

	t.Run("links", func(t *testing.T) {
		docs, _ := filepath.Glob("docs/*.md")
		for _, from := range append([]string{"README.md"}, docs...) {
			checkLinks(t, from)
		}
	})

	t.Run("environment variables", func(t *testing.T) {
		example, err := os.ReadFile("config.example.toml")
		if err != nil {
			t.Fatal(err)
		}
		vars := regexp.MustCompile(`\b(DISCORD|REPORTBOT)_[A-Z_]+\b`).FindAllString(string(example), -1)
		if len(vars) < 7 {
			t.Fatalf("config.example.toml names %d environment variables, want the 7 the config reads", len(vars))
		}
		for _, v := range vars {
			if !strings.Contains(readme, "`"+v+"`") {
				t.Errorf("README.md does not name %s, which config.example.toml says the config reads", v)
			}
		}
	})

	t.Run("example answer", func(t *testing.T) {
		const question = "How many North Korean soldiers died?"
		_, rest, ok := strings.Cut(readme, "┃ "+question)
		block, _, _ := strings.Cut(rest, "```")
		if !ok {
			t.Fatalf("README.md has no example answer to %q", question)
		}
		shown := flatten(question + block)
		p, err := knowledge.Load(knowledge.Embedded())
		if err != nil {
			t.Fatal(err)
		}
		set := commands.New(knowledge.NewEngine(p), commands.Options{Feedback: true})
		r, _ := set.Respond(&discordgo.Interaction{ID: "1", Type: discordgo.InteractionApplicationCommand,
			Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: question}}}})
		e := r.Data.Embeds[0]
		want := []string{e.Title, e.Description, e.Footer.Text}
		for _, f := range e.Fields {
			want = append(want, f.Name, f.Value)
		}
		var rows []struct {
			Components []struct{ Label string } `json:"components"`
		}
		b, _ := json.Marshal(r.Data.Components)
		if err := json.Unmarshal(b, &rows); err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			for _, c := range row.Components {
				want = append(want, "["+c.Label+"]")
			}
		}
		for _, w := range want {
			if !strings.Contains(shown, flatten(w)) {
				t.Errorf("README's example answer lacks %q, which the bot shows now: render it again", w)
			}
		}
	})
}

// flatten is text as a reader sees it, whatever its wrapping: the bar
// drawn beside an embed dropped, white space made single spaces.
func flatten(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "┃", "")), " ")
}

// checkLinks fails for a relative link of the Markdown file at from to a
// file that is not there, or to a heading that is not in it.
func checkLinks(t *testing.T, from string) {
	t.Helper()
	raw, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`\]\(([^)\s]+)\)`).FindAllStringSubmatch(string(raw), -1) {
		target := m[1]
		if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
			continue
		}
		path, anchor, _ := strings.Cut(target, "#")
		file := from
		if path != "" {
			file = filepath.Join(filepath.Dir(from), path)
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("%s links to %s: %v", from, target, err)
			continue
		}
		if anchor != "" && !slices.Contains(anchors(string(b)), anchor) {
			t.Errorf("%s links to %s: %s has no such heading (it has %q)", from, target, file, anchors(string(b)))
		}
	}
}

// anchors are the ids GitHub gives a Markdown file's headings: lower case,
// spaces as hyphens, other punctuation dropped.
func anchors(md string) []string {
	var ids []string
	for line := range strings.Lines(md) {
		if !strings.HasPrefix(line, "#") {
			continue
		}
		title := strings.TrimSpace(strings.TrimLeft(line, "#"))
		id := strings.Map(func(r rune) rune {
			switch {
			case r == ' ':
				return '-'
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
				return unicode.ToLower(r)
			}
			return -1
		}, title)
		ids = append(ids, id)
	}
	return ids
}

// TestSystemdUnit checks docs/reportbot.service with systemd's own
// checker, and that its command line is one reportbot runs as serve.
func TestSystemdUnit(t *testing.T) {
	raw, err := os.ReadFile("docs/reportbot.service")
	if err != nil {
		t.Fatal(err)
	}
	unit := string(raw)
	execStart := regexp.MustCompile(`(?m)^ExecStart=(\S+) (.*)$`).FindStringSubmatch(unit)
	if execStart == nil {
		t.Fatal("docs/reportbot.service has no ExecStart=BINARY ARGS")
	}

	t.Run("command line", func(t *testing.T) {
		for _, v := range []string{"DISCORD_TOKEN", "DISCORD_PUBLIC_KEY", "REPORTBOT_HTTP_LISTEN"} {
			t.Setenv(v, "")
		}
		args := strings.Fields(execStart[2])
		if i := slices.Index(args, "-config"); i >= 0 && i+1 < len(args) {
			args[i+1] = "config.example.toml" // the file the unit's comment installs there
		}
		_, _, err := runMain(t, "", args...)
		if err == nil || !strings.Contains(err.Error(), "nothing to serve") {
			t.Errorf("reportbot %s with no token: %v; want serve's \"nothing to serve\"", strings.Join(args, " "), err)
		}
	})

	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze is not installed: the unit is not verified here")
	}
	// systemd checks that the binary exists: any executable will do
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "reportbot.service")
	if err := os.WriteFile(path, []byte(strings.Replace(unit, "ExecStart="+execStart[1], "ExecStart="+self, 1)), 0o644); err != nil {
		t.Fatal(err)
	}

	t.Run("verify", func(t *testing.T) {
		// unknown keys and bad values are only warnings: any output fails
		out, err := exec.Command(analyze, "verify", path).CombinedOutput()
		if err != nil || len(out) > 0 {
			t.Errorf("systemd-analyze verify: %v\n%s", err, out)
		}
	})

	t.Run("security", func(t *testing.T) {
		out, _ := exec.Command(analyze, "security", "--offline=yes", "--no-pager", path).CombinedOutput()
		m := regexp.MustCompile(`Overall exposure level for reportbot\.service: (\d+\.\d+)`).FindSubmatch(out)
		if m == nil {
			t.Skipf("this systemd-analyze rates no unit file offline:\n%s", out)
		}
		if level, _ := strconv.ParseFloat(string(m[1]), 64); level > 2 {
			t.Errorf("systemd-analyze security rates the unit's exposure %.1f, want at most 2 (docs/operations.md says 1.1):\n%s", level, out)
		}
	})
}

// The -config flag's help names every variable that overrides the config.
func TestConfigHelpNamesEveryVariable(t *testing.T) {
	var out, errOut strings.Builder
	if err := run(context.Background(), []string{"help", "ask"}, strings.NewReader(""), &out, &errOut); err != nil {
		t.Fatalf("help ask: %v", err)
	}
	help := strings.Join(strings.Fields(out.String()+errOut.String()), " ")
	for _, v := range bot.EnvVars() {
		if !strings.Contains(help, v) {
			t.Errorf("help ask does not name %s:\n%s", v, help)
		}
	}
}
