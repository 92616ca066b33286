package knowledge

import (
	"strings"
	"testing"
)

func TestHoldsMark(t *testing.T) {
	long := strings.Repeat("x", maxMarkedLen) + " Please"
	for _, c := range []struct {
		s     string
		marks []string
		want  bool
	}{
		{"Could you PLEASE say", []string{"please"}, true},
		{"could you say", []string{"please", "kindly"}, false},
		{"pleas", []string{"please"}, false},
		{"say please", []string{"please"}, true}, // at the very end
		{"ok", []string{"ok"}, true},             // a mark of two bytes, the whole text
		{"I'D LIKE to know", []string{"'d like"}, true},
		{"gd like", []string{"'d like"}, false}, // "'" and "g" share a pair bit, and no more
		{"ask", []string{"zz", "sk"}, true},     // a later mark
		{long, []string{"please"}, true},
		{long, []string{"kindly"}, false},
	} {
		if got := holdsMark(c.s, marksOf(c.marks...)); got != c.want {
			t.Errorf("holdsMark(%.20q, %q) = %v, want %v", c.s, c.marks, got, c.want)
		}
	}
	if got := holdsMark("a kindly one", union(marksOf("please"), marksOf("kindly"))); !got {
		t.Errorf("a union holds none of its second set's marks")
	}
}

func TestMarksOfRefusesShortMarks(t *testing.T) {
	for _, w := range []string{"", "a", "Please"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("marksOf(%q) did not panic", w)
				}
			}()
			marksOf(w)
		}()
	}
}
