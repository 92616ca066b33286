package main

import (
	"encoding/json"
	"strings"
	"testing"

	"reportbot/commands"
)

// ask --json reads turns of conversations as JSON lines: each turn with the
// earlier turns of its conversation as context, and a plain line alone.
func TestAskJSONConversations(t *testing.T) {
	in := strings.Join([]string{
		`{"conversation": "c1", "question": "how many north korean soldiers were killed or wounded as of january 2025?"}`,
		`{"conversation": "c2", "question": "what did he say?"}`,
		`{"conversation": "c1", "question": "and in february?"}`,
		`how many?`,
		`{"conversation": 7, "question": "who is kyrylo budanov?"}`,
		`{"conversation": 7, "question": "what did he say?"}`,
		`{"conversation": "c2", "question": "budanov, i mean"}`,
		`{"conversation": "c3"}`,
		`{not json, a question in braces}`,
	}, "\n") + "\n"
	out, _, err := runMain(t, in, "ask", "--json")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	tests := []struct {
		answered bool
		says     string
	}{
		{true, "3,000"},
		{false, "Who do you mean?"},
		{true, "4,000"},
		{false, ""}, // alone, a fragment says too little
		{true, "Defense Intelligence"},
		{true, "combat experience"},
		{true, "combat experience"},
		{false, `must have a "question"`},
		{false, ""},
	}
	if len(lines) != len(tests) {
		t.Fatalf("%d lines out for %d in:\n%s", len(lines), len(tests), out)
	}
	for i, tt := range tests {
		var a contractAnswer
		if err := json.Unmarshal([]byte(lines[i]), &a); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if a.Answered == nil || *a.Answered != tt.answered || !strings.Contains(a.Answer, tt.says) {
			t.Errorf("line %d: answered %v %q, want %v and %q", i+1, a.Answered, a.Answer, tt.answered, tt.says)
		}
	}
}

// The terminal chat is one conversation.
func TestChatFollowUp(t *testing.T) {
	out, _, err := runMain(t, "who is kyrylo budanov?\nwhat did he say?\nthanks!\n", "chat")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"head of Defense Intelligence", "combat experience", "You're welcome"} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if runes := len([]rune(line)); runes > 80 && strings.Contains(line, " ") {
			t.Errorf("line of %d characters, want at most 80: %q", runes, line)
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name, in string
		width    int
		want     string
	}{
		{"fits", "short line", 20, "short line"},
		{"at a space", "one two three four", 9, "one two\nthree\nfour"},
		{"never splits a word", "a supercalifragilistic word", 10, "a\nsupercalifragilistic\nword"},
		{"keeps the indent", "  one two three", 9, "  one two\n  three"},
		{"hangs under a marker", "  1) one two three four", 12, "  1) one two\n     three\n     four"},
		{"a citation", `  [¶3] "On a recent phone call"`, 16, "  [¶3] \"On a\n       recent\n       phone\n       call\""},
		{"lines apart", "one two\nthree four", 7, "one two\nthree\nfour"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := commands.Wrap(tt.in, tt.width); got != tt.want {
				t.Errorf("Wrap(%q, %d) =\n%s\nwant\n%s", tt.in, tt.width, got, tt.want)
			}
		})
	}
}
