package knowledge

import (
	"strings"
	"testing"
)

func TestHoldsMark(t *testing.T) {
	marks := func(ws ...string) [][]byte {
		var ms [][]byte
		for _, w := range ws {
			ms = append(ms, []byte(w))
		}
		return ms
	}
	long := strings.Repeat("x", maxMarkedLen) + " Please"
	for _, c := range []struct {
		s     string
		marks [][]byte
		want  bool
	}{
		{"Could you PLEASE say", marks("please"), true},
		{"could you say", marks("please", "kindly"), false},
		{"pleas", marks("please"), false},
		{long, marks("please"), true},
		{"anything", marks("please", ""), true}, // an empty mark, as bytes.Contains
		{long, marks(""), true},
	} {
		if got := holdsMark(c.s, c.marks); got != c.want {
			t.Errorf("holdsMark(%.20q, %q) = %v, want %v", c.s, c.marks, got, c.want)
		}
	}
}
