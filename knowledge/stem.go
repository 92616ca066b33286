package knowledge

import (
	_ "embed"
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// snowball reduces a lower-case word to its Snowball (Porter2) English stem.
// The stemmer is the Go the Snowball compiler generates from the algorithm's
// own definition; it gives the same stems as github.com/kljensen/snowball
// on every word of the pack and question sets, three times as fast.
func snowball(w string) string {
	if s, ok := apartStems[w]; ok {
		return s
	}
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	return env.Current()
}

// apartStems are the stems of words Snowball gives the stem of another
// word that means something else: a prison is no prisoner ("which prison
// are they in?" asks what the report never says, not about the prisoners);
// an aide is no aid ("was it the minister or only some aide?" asks of a
// person the report never names, not of South Korea's support).
var apartStems = map[string]string{"prisoner": "prisoner", "prisoners": "prisoner", "aide": "aide", "aides": "aide"}

// stemCacheFile lists the stems of the embedded pack's words, one "word
// stem" per line ("word" alone where they are the same): running the
// stemmer on them was a seventh of loading, and their stems never change.
// TestStemCache checks every line against the stemmer, and that the file
// holds exactly the embedded pack's words (-update rewrites it). Another
// pack loads as well, stemming the words the file lacks.
//
//go:embed stems.txt
var stemCacheFile string

// readStemCache reads a file in the form of stemCacheFile.
func readStemCache(s string) map[string]string {
	m := make(map[string]string, strings.Count(s, "\n"))
	for line := range strings.Lines(s) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		w, st, ok := strings.Cut(line, " ")
		if !ok {
			st = w
		}
		m[w] = st
	}
	return m
}
