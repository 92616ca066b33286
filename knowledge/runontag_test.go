package knowledge

import (
	"slices"
	"testing"
)

// TestRunOnTag: a tag with no comma before it, after a statement, puts it
// to check; the verb and subject of a short question do not.
func TestRunOnTag(t *testing.T) {
	tests := []struct {
		name, s, rest string
		cut           bool
	}{
		{"positive tag", "north korea hasnt been in a scrap like this since the 80s has it", "north korea hasnt been in a scrap like this since the 80s", true},
		{"tag after a past act", "Cho made the offer in Kyiv did he?", "Cho made the offer in Kyiv", true},
		{"negated tag", "north korea sent troops to russia didnt it", "north korea sent troops to russia", true},
		{"a short question", "which war was it?", "which war was it?", false},
		{"a question word inside", "so who made the offer was it?", "so who made the offer was it?", false},
		{"opened by an auxiliary", "is the kursk region under russian control is it", "is the kursk region under russian control is it", false},
		{"no tag", "north korea sent troops to russia last year", "north korea sent troops to russia last year", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := cutNegatedTag(tt.s)
			if got != tt.rest || cut != tt.cut {
				t.Errorf("cutNegatedTag(%q) = %q, %v; want %q, %v", tt.s, got, cut, tt.rest, tt.cut)
			}
		})
	}
}

// TestRunOnTagCorrects: a claim with its tag run on is corrected as one
// with "right?" is; with a detail the report has nothing of, declined.
func TestRunOnTagCorrects(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"sure north korea hasnt been in a scrap like this since the 80s has it", "first-since-1950s", []string{"1950s"}},
		{"ja so its roughly 4000 dead by the end of january hey?", "fatalities-feb", []string{"February"}},
		{"4000 dead is by end of January ar?", "fatalities-feb", []string{"February"}},
		{"north korea hasnt sent tanks has it", "", nil},
		{"Russia has given nukes to NK has it", "", nil},
		{"5000 dead by march hey?", "", nil},
		{"china got say anything about this ar?", "", nil},
	})
}

// lastTwo is the last two words joined by a space, as a piece of the
// message where it can be.
func TestLastTwo(t *testing.T) {
	tests := []struct{ s, a, b, want string }{
		{"it was done did he?", "did", "he?", "did he?"},
		{"it was done did he?  \n", "did", "he?", "did he?"},
		{"it was done did  he?", "did", "he?", "did he?"},
		{"it was done did\the?", "did", "he?", "did he?"},
		{"did he", "did", "he", "did he"},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			if got := lastTwo(tt.s, tt.a, tt.b); got != tt.want {
				t.Errorf("lastTwo(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

// tagWords reads the last two words as sentenceWords reads them.
func TestTagWordsAsRead(t *testing.T) {
	pairs := [][2]string{{"did", "he?"}, {"has", "it"}, {"isnt", "it?!"}, {"was", "it."}, {"in", "kursk?"}, {"in", "Kursk?"}, {"one", "hundred"},
		{"twenty", "one?"}, {"zzblankzz", "it?"}, {"to", "zzblankzz"}, {"before", "now?"}, {"wat", "year"}, {"is", "yes?"}, {"didn't", "he?"},
		{"the", "2"}, {"us", "it,"}, {"US", "it"}, {"over", "fr"}, {"when", "over?"}, {"name", "it"}, {"how", "come"}}
	for _, p := range pairs {
		s := "north korea sent troops " + p[0] + " " + p[1]
		t.Run(s, func(t *testing.T) {
			got, want := tagWords(s, p[0], p[1]), sentenceWords(p[0]+" "+p[1])
			if !slices.Equal(got, want) {
				t.Errorf("tagWords(%q, %q) = %q, want %q", p[0], p[1], got, want)
			}
		})
	}
}
