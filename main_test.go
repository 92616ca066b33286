package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runMain(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), err
}

// jsonAnswer is the contract of ../shared/eval/README.md.
type jsonAnswer struct {
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
		var a jsonAnswer
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
	out, _, err := runMain(t, "", "eval", "knowledge/testdata/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"in-scope correct:", "out-of-scope abstained:", "misquoted citations: 0"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckCommand(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantOut string
		wantErr string
	}{
		{"embedded", []string{"check"}, "pack ok: 9 paragraphs", ""},
		{"pack dir", []string{"check", "-pack", "knowledge/testdata/minipack"}, "pack ok: 2 paragraphs", ""},
		{"missing dir", []string{"check", "-pack", "no/such/dir"}, "", "load pack no/such/dir"},
		{"broken pack", []string{"check", "-pack", brokenPack(t)}, "", `entry ferry: related entry "nope" does not exist`},
		{"unknown command", []string{"frobnicate"}, "", `unknown command "frobnicate"`},
		{"bad flag", []string{"ask", "-nope"}, "", "flag provided but not defined"},
		{"eval without file", []string{"eval"}, "", "eval takes one question file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runMain(t, "", tt.args...)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				if !strings.Contains(out, tt.wantOut) {
					t.Errorf("output %q lacks %q", out, tt.wantOut)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want one with %q", err, tt.wantErr)
			}
		})
	}
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
