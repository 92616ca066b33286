package knowledge

// A curator's pack may read one word as several terms ("spymaster" as the
// head of defense intelligence); the engine must read such a question as
// it would the words spelled out, and never panic on a pack Load accepts.

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// embeddedWith loads the embedded pack with extra TOML put before its
// first sense.
func embeddedWith(t testing.TB, extra string) (*Pack, error) {
	t.Helper()
	r, err := fs.ReadFile(Embedded(), ReportFile)
	if err != nil {
		t.Fatal(err)
	}
	p, err := fs.ReadFile(Embedded(), PackFile)
	if err != nil {
		t.Fatal(err)
	}
	pack := strings.Replace(string(p), "[[sense]]", extra+"\n\n[[sense]]", 1)
	return Load(fstest.MapFS{ReportFile: {Data: r}, PackFile: {Data: []byte(pack)}})
}

// answerOf answers q, turning a panic into an error.
func answerOf(e *Engine, q string) (a Answer, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return e.Answer(q), nil
}

func TestSenseOfSeveralTerms(t *testing.T) {
	p, err := embeddedWith(t, "[[sense]]\nwords = [\"spymaster\"]\nreads = [\"head\", \"defense intelligence\"]")
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(p)
	tests := []struct {
		q        string
		answered bool
		want     string // in the answer when answered
	}{
		{"who is the spymaster?", true, "Kyrylo Budanov is the head of Defense Intelligence"},
		{"is budanov the spymaster?", true, "Kyrylo Budanov is the head of Defense Intelligence"},
		{"what did the spymaster say?", true, "Kyrylo Budanov, head of Ukraine's Defense Intelligence, said"},
		{"spymaster", true, "Budanov"},
		{"is cho the spymaster?", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got, err := answerOf(e, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if got.Answered != tt.answered || !strings.Contains(got.Text, tt.want) {
				t.Errorf("Answer(%q) = %v %q, want %v with %q", tt.q, got.Answered, got.Text, tt.answered, tt.want)
			}
		})
	}
}

// Senses of shapes a curator may write, none of which may panic.
func TestSenseShapesDoNotPanic(t *testing.T) {
	shapes := []struct{ name, toml string }{
		{"role then entity", `words = ["spymaster"]` + "\n" + `reads = ["head", "defense intelligence"]`},
		{"entity then role", `words = ["spymaster"]` + "\n" + `reads = ["defense intelligence", "head"]`},
		{"two entities", `words = ["spymaster"]` + "\n" + `reads = ["russia", "north korea"]`},
		{"two roles", `words = ["spymaster"]` + "\n" + `reads = ["head", "troops"]`},
		{"three terms", `words = ["spymaster"]` + "\n" + `reads = ["head", "defense intelligence", "how many"]`},
		{"a phrase as two terms", `words = ["spy master"]` + "\n" + `reads = ["head", "defense intelligence"]`},
		{"a person, a role and an entity", `words = ["spymaster"]` + "\n" + `reads = ["budanov", "head", "defense intelligence"]`},
		{"with neighbours", `words = ["spymaster"]` + "\n" + `before = ["@entity"]` + "\n" + `after = ["@role", "@person"]` + "\n" + `within = 4` + "\n" + `reads = ["head", "defense intelligence"]`},
		{"a stop word", `words = ["the"]` + "\n" + `reads = ["head", "russia"]`},
		{"of", `words = ["of"]` + "\n" + `reads = ["head", "russia"]`},
		{"or", `words = ["or"]` + "\n" + `reads = ["russia", "head"]`},
		{"a possessive", `words = ["russia's"]` + "\n" + `reads = ["head", "russia"]`},
		{"a nationality", `words = ["korean"]` + "\n" + `reads = ["north korea", "troops"]`},
	}
	questions := []string{"who is the spymaster?", "who is the spymaster of ukraine?", "spymaster", "is the spymaster budanov?",
		"what did the spymaster say about north korean troops?", "how many troops does the spymaster say?", "the spymaster's claim",
		"who is the spy master", "spymaster or minister?", "russia's spymaster", "North Korean spymaster",
		"how many north korean troops are in russia or ukraine?", "who is the head of russia's defense intelligence or the minister of ukraine?",
		"Did Budanov the spymaster say 3000 were killed or wounded?"}
	for _, s := range shapes {
		t.Run(s.name, func(t *testing.T) {
			p, err := embeddedWith(t, "[[sense]]\n"+s.toml)
			if err != nil {
				t.Fatalf("Load = %v, want nil", err)
			}
			e := NewEngine(p)
			for _, q := range questions {
				if _, err := answerOf(e, q); err != nil {
					t.Errorf("Answer(%q): %v", q, err)
				}
			}
		})
	}
}

// Senses of one word that each may be chosen somewhere: Load must accept
// them (the rules against a sense never chosen reject only those).
func TestSensesEachChosenLoad(t *testing.T) {
	r, p := miniPack(t)
	tests := []struct{ name, senses string }{
		{"other neighbours", "words = [\"toll\"]\nbefore = [\"a\"]\nreads = []\n\n[[sense]]\nwords = [\"toll\"]\nbefore = [\"the\"]\nreads = [\"say\"]"},
		{"neighbours on the other side", "words = [\"toll\"]\nafter = [\"of\"]\nreads = []\n\n[[sense]]\nwords = [\"toll\"]\nbefore = [\"the\"]\nreads = [\"say\"]"},
		{"fewer neighbours first", "words = [\"toll\"]\nbefore = [\"a\"]\nreads = []\n\n[[sense]]\nwords = [\"toll\"]\nbefore = [\"a\", \"the\"]\nreads = [\"say\"]"},
		{"nearer first", "words = [\"toll\"]\nbefore = [\"a\"]\nreads = []\n\n[[sense]]\nwords = [\"toll\"]\nbefore = [\"a\"]\nwithin = 3\nreads = [\"say\"]"},
		{"both sides first", "words = [\"toll\"]\nbefore = [\"a\"]\nafter = [\"of\"]\nreads = []\n\n[[sense]]\nwords = [\"toll\"]\nbefore = [\"a\"]\nreads = [\"say\"]"},
		{"the one without neighbours last", "words = [\"toll\"]\nbefore = [\"a\"]\nreads = []\n\n[[sense]]\nwords = [\"toll\"]\nreads = [\"say\"]"},
		{"a phrase of the same first word", "words = [\"toll\"]\nreads = []\n\n[[sense]]\nwords = [\"toll road\"]\nreads = [\"say\"]"},
		{"two terms", "words = [\"toll\"]\nreads = [\"mayor\", \"say\"]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pack := strings.Replace(p, "[meta]", "[[sense]]\n"+tt.senses+"\n\n[meta]", 1)
			if _, err := Load(packFS(r, pack)); err != nil {
				t.Errorf("Load = %v, want nil", err)
			}
		})
	}
}

// FuzzSensePack loads the mini pack with a sense and a synonym made of the
// fuzzed words, and asks a question of it: Load may reject the pack, but
// a pack it accepts must answer without panic.
func FuzzSensePack(f *testing.F) {
	r, p := miniPack(f)
	f.Add("toll", "the", "of", "mayor,say", "ruiz", "the mayor's toll of the bridge?")
	f.Add("spy master", "@entity", "@person", "mayor,how many", "head", "how many spy master of alder or who?")
	f.Add("who", "", "@role", "who,mayor,say", "", "who said it cost 2,000,000 euros?")
	f.Fuzz(func(t *testing.T, words, before, after, reads, alias, q string) {
		quote := func(s string) string {
			var out []string
			for _, w := range strings.Split(s, ",") {
				if w != "" {
					out = append(out, fmt.Sprintf("%q", w))
				}
			}
			return "[" + strings.Join(out, ", ") + "]"
		}
		sense := fmt.Sprintf("[[sense]]\nwords = %s\nbefore = %s\nafter = %s\nreads = %s\n\n[[synonym]]\nterm = %q\nkind = \"role\"\naliases = %s\n\n[meta]",
			quote(words), quote(before), quote(after), quote(reads), "fuzz "+alias, quote(alias))
		pk, err := Load(packFS(r, strings.Replace(p, "[meta]", sense, 1)))
		if err != nil {
			return
		}
		if _, err := answerOf(NewEngine(pk), q); err != nil {
			t.Errorf("Answer(%q) with %s: %v", q, sense, err)
		}
	})
}

// "The way" opening a remark on a name says it is so, and asks no manner.
func TestTheWayRemark(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"the way nk is getting real combat xp rn... who said that?", "combat-experience"},
		{"the way nk is using this war to upgrade weapons... is that in the report fr?", "combat-experience"},
	})
}
