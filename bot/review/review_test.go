package review

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"reportbot/bot/store"
	"reportbot/bot/store/storetest"
	"reportbot/commands"
	"reportbot/knowledge"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// end is the last moment of the recorded week.
var end = time.Date(2026, 11, 30, 18, 0, 0, 0, time.UTC)

func testSet(t testing.TB) *commands.Set {
	t.Helper()
	p, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return commands.New(knowledge.NewEngine(p), commands.Options{MaxQuestion: 300, Feedback: true})
}

// recordSet asks the real command set each question of testdata/asked.tsv
// and stores what the bot would record, with the votes, in the store at
// url.
func recordSet(t *testing.T, set *commands.Set, url string) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "asked.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	key := []byte("test key, 16 chars or more")
	var recs []store.Record
	var votes []store.Vote
	sc := bufio.NewScanner(f)
	for n := 0; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("asked.tsv line %d: %d columns, want 4", n+1, len(cols))
		}
		days, _ := strconv.Atoi(cols[0])
		at := end.AddDate(0, 0, -days).Add(-time.Duration(n) * time.Minute)
		_, res := set.Reply(cols[2])
		a := res.Asked
		r := store.Record{ID: a.ID, At: at, Path: "message", Via: a.Via, UserHash: store.HashUser(key, cols[1]),
			Question: a.Question, Outcome: a.Outcome, Entry: a.Entry, Confidence: a.Confidence}
		if r.Outcome == "declined" {
			r.Nearest, r.Reason = set.Why(r.Question)
		}
		recs = append(recs, r)
		if cols[3] != "" {
			votes = append(votes, store.Vote{RecordID: a.ID, UserHash: r.UserHash, Helpful: cols[3] == "up", At: at.Add(time.Minute)})
		}
	}
	d, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Write(context.Background(), recs, votes); err != nil {
		t.Fatal(err)
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it); got:\n%s", name, got)
	}
}

// reviewOf records the set in a new store of the kind and reviews the
// week.
func reviewOf(t *testing.T, k storetest.Kind) Report {
	t.Helper()
	set := testSet(t)
	url := storetest.URL(t, k)
	recordSet(t, set, url)
	d, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	since := end.AddDate(0, 0, -7)
	s, err := d.Summary(context.Background(), since)
	if err != nil {
		t.Fatal(err)
	}
	return Build(s, set.Pack(), since, end)
}

// The same review from either database, as text, JSON and HTML.
func TestReviewGolden(t *testing.T) {
	for _, k := range storetest.Kinds {
		t.Run(string(k), func(t *testing.T) {
			r := reviewOf(t, k)
			var text, js, page bytes.Buffer
			if err := WriteText(&text, r); err != nil {
				t.Fatal(err)
			}
			if err := WriteJSON(&js, r); err != nil {
				t.Fatal(err)
			}
			if err := newPage().write(&page, r, "7d"); err != nil {
				t.Fatal(err)
			}
			golden(t, "review.txt", text.Bytes())
			golden(t, "review.json", js.Bytes())
			golden(t, "review.html", page.Bytes())
		})
	}
}

// The JSON has the keys the issue names, each of the right type, and the
// groups' and dislikes' keys too.
func TestReviewJSONShape(t *testing.T) {
	r := reviewOf(t, storetest.SQLite)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &top); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]json.RawMessage) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		return sorted(ks)
	}
	want := sorted([]string{"since", "questions", "answered", "declined", "helpful", "not_helpful", "days", "unanswered", "disliked"})
	if got := keys(top); !reflect.DeepEqual(got, want) {
		t.Errorf("keys %v, want %v", got, want)
	}
	var since time.Time
	if err := json.Unmarshal(top["since"], &since); err != nil {
		t.Errorf("since %s is not a time: %v", top["since"], err)
	}
	for _, k := range []string{"questions", "answered", "declined", "helpful", "not_helpful"} {
		var n int
		if err := json.Unmarshal(top[k], &n); err != nil {
			t.Errorf("%s = %s, want a number", k, top[k])
		}
	}
	var groups, dislikes []map[string]json.RawMessage
	if err := json.Unmarshal(top["unanswered"], &groups); err != nil || len(groups) == 0 {
		t.Fatalf("unanswered = %.200s (%v), want a list of groups", top["unanswered"], err)
	}
	if got, want := keys(groups[0]), sorted([]string{"question", "count", "examples", "nearest", "reason", "suggestion"}); !reflect.DeepEqual(got, want) {
		t.Errorf("a group's keys %v, want %v", got, want)
	}
	if err := json.Unmarshal(top["disliked"], &dislikes); err != nil || len(dislikes) == 0 {
		t.Fatalf("disliked = %.200s (%v), want a list", top["disliked"], err)
	}
	if got, want := keys(dislikes[0]), sorted([]string{"entry", "question", "helpful", "not_helpful", "examples"}); !reflect.DeepEqual(got, want) {
		t.Errorf("a disliked answer's keys %v, want %v", got, want)
	}
	var days []map[string]json.RawMessage
	if err := json.Unmarshal(top["days"], &days); err != nil || len(days) != 8 {
		t.Errorf("days = %.200s, want 8 days (since 7 days ago, through today)", top["days"])
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// Each suggestion pasted as it says into a copy of pack.toml: a phrasing
// passes the pack's checks and makes the question answered by its entry;
// a new entry's skeleton is refused by check until filled in.
func TestSuggestionsPasteIntoThePack(t *testing.T) {
	r := reviewOf(t, storetest.SQLite)
	orig, err := os.ReadFile(filepath.Join("..", "..", "knowledge", "pack", knowledge.PackFile))
	if err != nil {
		t.Fatal(err)
	}
	report, err := os.ReadFile(filepath.Join("..", "..", "knowledge", "pack", knowledge.ReportFile))
	if err != nil {
		t.Fatal(err)
	}
	phrasings, skeletons := 0, 0
	for _, g := range r.Unanswered {
		t.Run(g.Question, func(t *testing.T) {
			lines := strings.SplitAfter(g.Suggestion, "\n")
			var pack string
			if strings.HasPrefix(lines[0], "# pack.toml, [[entry]] id = ") {
				phrasings++
				id := strings.TrimSuffix(strings.TrimPrefix(lines[0], "# pack.toml, [[entry]] id = "), ": add to its phrasings\n")
				at := strings.Index(string(orig), "\nid = "+id+"\n")
				open := strings.Index(string(orig)[at:], "phrasings = [\n")
				if at < 0 || open < 0 {
					t.Fatalf("no entry %s with phrasings in pack.toml", id)
				}
				cut := at + open + len("phrasings = [\n")
				pack = string(orig[:cut]) + strings.Join(lines[1:], "") + string(orig[cut:])
			} else {
				skeletons++
				pack = string(orig) + "\n" + g.Suggestion
			}
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, knowledge.PackFile), []byte(pack), 0o644)
			os.WriteFile(filepath.Join(dir, knowledge.ReportFile), report, 0o644)
			p, err := knowledge.Load(os.DirFS(dir))
			if strings.HasPrefix(lines[0], "# pack.toml") {
				if err != nil {
					t.Fatalf("the pack with the phrasing fails check: %v", err)
				}
				e := knowledge.NewEngine(p)
				for _, q := range append([]string{g.Question}, g.Examples...) {
					if a := e.Answer(q); a.EntryID != g.Nearest {
						t.Errorf("%q is answered by %q, want %q", q, a.EntryID, g.Nearest)
					}
				}
				return
			}
			var verr *knowledge.ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("the unfilled skeleton passed check (err %v)", err)
			}
		})
	}
	if phrasings == 0 || skeletons == 0 {
		t.Errorf("%d phrasing and %d new-entry suggestions: the recorded set should show both", phrasings, skeletons)
	}
}

func TestGuard(t *testing.T) {
	tests := []struct{ reason, want string }{
		{"score: score below 0.60", "score"},
		{"score: score below 0.55; unknown words: tank", "score"},
		{"named: entry does not speak of russia", "named"},
		{"kind-of-answer: entry does not answer how many", "kind-of-answer"},
		{"score below 0.60", "score below N"}, // explanations without guard names
		{"lacks 0.39 of the question's known words", "lacks N of the question's known words"},
		{"unknown words: recommend movi", ""},
	}
	for _, tt := range tests {
		if got := guard(tt.reason); got != tt.want {
			t.Errorf("guard(%q) = %q, want %q", tt.reason, got, tt.want)
		}
	}
}
