package knowledge

import "testing"

// A passage said, named by its place ("that last bit"), is "that"; the
// report's last time or last paragraph is no reference.
func TestLastBitAsThat(t *testing.T) {
	checkRewrite(t, "lastBitAsThat", func(ws []string) []string {
		rw, _ := lastBitAsThat(ws)
		return rw
	}, []readingCase{
		{"so what was that last bit about", "so what was that about"},
		{"quote this earlier part", "quote that"},
		{"what was that last thing", "what was that"},
		{"when was the last time nk fought a war", ""},
		{"what does the last paragraph say", ""},
		{"what did the last part say", ""},
	})
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{name: "first, of nothing said", q: "so what was that last bit about?", entry: ""},
		{name: "the report's last time is still asked", q: "when was the last time north korea fought a war?", entry: "first-since-1950s", says: "1950s"},
	})
}
