package knowledge

import (
	"fmt"
	"testing"
)

func TestRoleSays(t *testing.T) {
	checkReading(t, "roleSays", func(an analysis) string {
		r, ok := roleSays(an.words, an.terms)
		return fmt.Sprint(r, " ", ok)
	}, []readingCase{
		{"Did the captured soldiers say they want to defect?", "troops true"},
		{"have any of the captured troops said they want to go?", "troops true"},
		{"Could Pyongyang deploy more troops, according to the JCS?", " false"}, // says who says
		{"Where are the North Korean soldiers said to be fighting?", " false"},  // no speaking of theirs
		{"did the troops say anything?", " false"},                              // the troops alone may be a "they" read back
	})
}
