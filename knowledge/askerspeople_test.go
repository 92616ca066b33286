package knowledge

import (
	"strings"
	"testing"
)

// TestAskersPeople: "my boss" is none of the report's heads.
func TestAskersPeople(t *testing.T) {
	e := testEngine(t)
	checkReading(t, "askers people", func(an analysis) string { return strings.Join(termTexts(an), " ") }, []readingCase{
		{"my boss forwarded me this", "forward"},
	})
	checkAnsweredBy(t, e, "who is the boss of ukraine's defence intelligence?", "budanov-role")
}
