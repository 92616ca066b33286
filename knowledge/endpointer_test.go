package knowledge

import (
	"slices"
	"testing"
)

func TestEndPointed(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want int
		rest []string
	}{
		{"why is everyone worried at the end of the story", lastParagraph, []string{"why", "is", "everyone", "worried"}},
		{"how does it sum up at the very end", lastParagraph, []string{"how", "does", "it", "sum", "up"}},
		{"what is worrying according to the end bit", lastParagraph, []string{"what", "is", "worrying", "according", "to"}},
		{"what happens at the end of the war", 0, nil},
		{"the kn23 is mentioned near the end", 0, nil},
		// the report's writing ending, said with a verb
		{"whats the big takeaway the article ends on", lastParagraph, []string{"whats", "the", "big", "takeaway", "the", "article"}},
		{"with what thought does the report end", lastParagraph, []string{"with", "what", "thought", "does", "the", "report"}},
		{"where does the author end up", 0, nil},
		{"when did the war end", 0, nil},
	} {
		p, rest := paragraphPointed(sentenceWords(tt.q), nil)
		if p != tt.want || p != 0 && !slices.Equal(rest, tt.rest) {
			t.Errorf("paragraphPointed(%q) = %d %q, want %d %q", tt.q, p, rest, tt.want, tt.rest)
		}
	}
	e := testEngine(t)
	checkAnsweredBy(t, e, "Aye, and what's worrying folk about North Korea's part in it, according to the end bit?", "casualties-indicate")
	checkAnsweredBy(t, e, "In one sentence, what's the big takeaway the article ends on?", "significance")
	checkAnsweredBy(t, e, "when did the war end?", "")
}
