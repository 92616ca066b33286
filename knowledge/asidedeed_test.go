package knowledge

import (
	"strings"
	"testing"
)

func TestSetAsideDeed(t *testing.T) {
	checkReading(t, "terms", func(an analysis) string { return strings.Join(termTexts(an), " ") }, []readingCase{
		{"what does South Korea offer besides taking the POWs?", "south_korea propose"},     // the deed set aside is dropped
		{"Which allies sent troops besides North Korea?", "allies send troops north_korea"}, // a name: excluded's
		{"Besides fighting, what are the troops doing?", "combat troops doing"},             // nothing asked before it
	})
}
