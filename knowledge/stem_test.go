package knowledge

import (
	"flag"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite stems.txt from the embedded pack")

// TestStemCache checks stems.txt: a wrong stem would change what the
// embedded pack means, a missing or extra word only its load time, but the
// file is to hold exactly the pack's words.
func TestStemCache(t *testing.T) {
	e := testEngine(t)
	used := maps.Clone(e.an.parent.stems) // read while loading
	maps.Copy(used, e.an.stems)           // and while indexing
	if *update {
		var b strings.Builder
		b.WriteString("# The stems of the embedded pack's words, so that loading it need not run\n")
		b.WriteString("# the stemmer: \"word stem\", or \"word\" where the stem is the word.\n")
		b.WriteString("# go test ./knowledge -run TestStemCache -update rewrites this file.\n")
		for _, w := range slices.Sorted(maps.Keys(used)) {
			b.WriteString(w)
			// from the stemmer, not from the load, which read the file
			if s := snowball(w); s != w {
				b.WriteString(" " + s)
			}
			b.WriteString("\n")
		}
		if err := os.WriteFile("stems.txt", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	cache := readStemCache(stemCacheFile)
	for _, w := range slices.Sorted(maps.Keys(cache)) {
		if got, want := cache[w], snowball(w); got != want {
			t.Errorf("stems.txt: %q has the stem %q, the stemmer says %q", w, got, want)
		}
		if _, ok := used[w]; !ok {
			t.Errorf("stems.txt: %q is not a word of the embedded pack (go test ./knowledge -run TestStemCache -update)", w)
		}
	}
	for _, w := range slices.Sorted(maps.Keys(used)) {
		if _, ok := cache[w]; !ok {
			t.Errorf("stems.txt lacks %q, a word of the embedded pack (go test ./knowledge -run TestStemCache -update)", w)
		}
	}
}

func TestReadStemCache(t *testing.T) {
	got := readStemCache("# a comment\nkorea\nsoldiers soldier\n\nlast lastly-not-a-stem")
	want := map[string]string{"korea": "korea", "soldiers": "soldier", "last": "lastly-not-a-stem"}
	if !maps.Equal(got, want) {
		t.Errorf("readStemCache = %v, want %v", got, want)
	}
}

func TestSnowball(t *testing.T) {
	tests := []struct{ in, want string }{
		{"soldiers", "soldier"},
		{"prisons", "prison"},
		{"prisoners", "prisoner"}, // kept apart from a prison (apartStems)
	}
	for _, tt := range tests {
		if got := snowball(tt.in); got != tt.want {
			t.Errorf("snowball(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
