package knowledge

import (
	"strings"
	"testing"
)

// A question asking two things of which the report answers one is
// answered with that part and the pack's line for the other; where that
// is not plain, it is declined as before.
func TestAnswerInPart(t *testing.T) {
	e := testEngine(t)
	l := e.pack.Talk.Lines
	tests := []struct {
		q     string
		entry string // the answered part's, "" for declined
		line  string // the line that follows its answer
	}{
		{"who proposed it and how many POWs are there?", "who-proposed", strings.ReplaceAll(l.NotPartAsks, "{asks}", "how many")},
		{"WHO IS CHO TAE-YUL AND WHY IS HE OFFERING TO TAKE NORTH KOREAN SOLDIERS??", "cho-role", strings.ReplaceAll(l.NotPartAsks, "{asks}", "why")},
		{"who is cho and what's his salary", "cho-role", l.NotPart}, // a word the pack does not know
		// a "he" or "they" of the one name of the part before
		{"how many nk guys got captured so far and where are they fighting?", "where-fighting", strings.ReplaceAll(l.NotPartAsks, "{asks}", "how many")},
		{"how old is Cho and what did he propose?", "what-proposed", strings.ReplaceAll(l.NotPartAsks, "{asks}", "how old")},
		// a name the pack knows only to decline it marks what the report does not cover
		{"who is Cho and what does China think about the offer?", "cho-role", l.NotPart},
		{"What's Kim Jong Un's take on all this, and what month were the 3,000 casualties reported?", "losses-january", l.NotPart},
		// two questions read as a premise and a question after it, the second of unknown words
		{"Who is Kyrylo Budanov, and what did the Kremlin say in response to his claims?", "budanov-role", l.NotPart},
		{"Who proposed it, and what did the opposition party think?", "who-proposed", l.NotPart},
		// the part not answered reads as one the pack knows: perhaps missed
		{"whats budanovs job and what did he say about the kn23s", "", ""},
		// the answered part refers to the one before it
		{"when did the phone call happen and how long did it last?", "", ""},
		{"Quiz: who is South Korea's president, and what did he say about the offer?", "", ""}, // by a word before its first term
		// one figure alone would read as the split
		{"how many were killed and how many were only wounded?", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if got := answeredBy(a); got != tt.entry {
				t.Fatalf("Answer(%q) by %q, want %q\n%s", tt.q, got, tt.entry, e.Explain(tt.q))
			}
			if tt.entry != "" && !strings.HasSuffix(a.Text, " "+tt.line) {
				t.Errorf("Answer(%q) = %q, want it to end with %q", tt.q, a.Text, tt.line)
			}
		})
	}
}

func TestAsksAlone(t *testing.T) {
	checkReading(t, "asksAlone", func(an analysis) string {
		s, _ := asksAlone(an)
		return s
	}, []readingCase{
		{"how many POWs are there", "how many"},
		{"why is he offering it", "why"},
		{"what did he say", ""}, // "The report doesn't say what." says nothing
		{"is he the minister", ""},
	})
}
