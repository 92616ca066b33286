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

// TestAskersChildByAge: "my 10-year-old" is the asker's child, no figure
// asked; an age that is not the asker's child's stays.
func TestAskersChildByAge(t *testing.T) {
	for _, tt := range []struct {
		ws   string
		i    int
		want bool
	}{
		{"explain to my 10year old how many", 3, true},
		{"explain to my 10year old how many", 4, true},
		{"explain to our 7year old", 3, true},
		{"a 10year old war", 1, false},  // not the asker's
		{"my 10year plan", 1, false},    // no age
		{"my year old", 1, false},       // no number
		{"how many 3000 old", 1, false}, // no "year"
	} {
		t.Run(tt.ws, func(t *testing.T) {
			if got := byAge(strings.Fields(tt.ws), tt.i); got != tt.want {
				t.Errorf("byAge(%q, %d) = %v, want %v", tt.ws, tt.i, got, tt.want)
			}
		})
	}
	checkAnsweredBy(t, testEngine(t), "Good afternoon! Could you help me explain to my 10-year-old how many North Korean soldiers had been hurt or killed by January 2025? She wants the exact number the article gives for her notebook.", "losses-january")
}

// TestAskedByAskersPeople: what the asker's own people will ask is the
// question, and "ask" no word of it.
func TestAskedByAskersPeople(t *testing.T) {
	for _, tt := range []struct {
		ws   string
		i    int
		want bool
	}{
		{"my students will surely ask whether", 4, true},
		{"our readers ask who", 2, true},
		{"my son asked", 2, true},
		{"the students ask who", 2, false},             // not the asker's
		{"my students will surely then ask", 5, false}, // too far from them
		{"did cho ask", 2, false},
	} {
		t.Run(tt.ws, func(t *testing.T) {
			if got := askedByAskers(strings.Fields(tt.ws), tt.i); got != tt.want {
				t.Errorf("askedByAskers(%q, %d) = %v, want %v", tt.ws, tt.i, got, tt.want)
			}
		})
	}
	e := testEngine(t)
	checkAnsweredBy(t, e, "Kindly explain to me the condition the South Korean side has attached to receiving these prisoners. My students will surely ask whether the soldiers will be forced to go.", "condition")
	checkAnsweredBy(t, e, "My students asked whether North Korea sent tanks.", "")
	checkAnsweredBy(t, e, "my readers will ask what Budanov earns", "")
}

// TestDropAskersPeople: every term read from the asker's own people goes,
// the first dropped or not ("ask" alone, its teller no term of its own).
func TestDropAskersPeople(t *testing.T) {
	for _, tt := range []struct {
		ws   string
		ts   []term
		want int
	}{
		{"my students will surely ask whether", []term{{pos: 4, end: 5}}, 0},
		{"my students will surely ask whether", []term{{pos: 1, end: 2}, {pos: 4, end: 5}}, 0},
		{"explain to my 10year old", []term{{pos: 0, end: 1}, {pos: 3, end: 4}}, 1},
		{"did cho ask", []term{{pos: 1, end: 2}, {pos: 2, end: 3}}, 2},
	} {
		t.Run(tt.ws, func(t *testing.T) {
			if got := len(dropAskersPeople(strings.Fields(tt.ws), tt.ts)); got != tt.want {
				t.Errorf("len(dropAskersPeople(%q)) = %d, want %d", tt.ws, got, tt.want)
			}
		})
	}
}
