package knowledge

// nearest chooses the word a typo is read as among candidates offered one
// by one with their edit distance: the nearest within limit; of two as
// near, the one the typo missed a doubled letter of ("personel" is
// "personnel", not "personal"), else, if they mean the same, the first in
// the alphabet (not the first an index holds, whose order is a map's),
// and if they do not, neither: a tie is no guess. typo.go and
// soundalike.go choose so.
type nearest struct {
	limit, d  int
	best      string
	bestSense string
	tie, dbl  bool
}

func newNearest(limit int) nearest { return nearest{limit: limit, d: limit + 1} }

// offer weighs c, d edits from the typo; dbl says the typo missed one of
// its doubled letters, and sense gives what a word means, asked only when
// two are as near.
func (n *nearest) offer(c string, d int, dbl bool, sense func(string) string) {
	switch {
	case d > n.limit || d > n.d:
	case d < n.d:
		n.best, n.bestSense, n.d, n.tie, n.dbl = c, sense(c), d, false, dbl
	case dbl && !n.dbl:
		n.best, n.bestSense, n.tie, n.dbl = c, sense(c), false, true
	case n.dbl && !dbl:
	case sense(c) != n.bestSense:
		n.tie = true
	case c < n.best:
		n.best = c
	}
}

// word returns the word chosen, and whether there is one.
func (n *nearest) word() (string, bool) {
	if n.best == "" || n.tie {
		return "", false
	}
	return n.best, true
}
