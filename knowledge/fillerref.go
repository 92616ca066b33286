package knowledge

// A pronoun inside a phrase the pack reads as filler ("I mixed them up,
// Cho is the korean one") is part of how the question is put, not of
// what it asks: it stands for nothing of the report, and resolved it
// would put a name into words that then no longer read as the filler
// ("i mixed defense intelligence up").

// inFiller reports whether the reference r, any but "it", lies within a
// filler phrase of the pack in ws. An "it" is resolved as before ("didn't
// it say 3k somewhere" is of the report): answered, that turn would make
// a "source?" after it the figure's, where the sets ask the report's.
func (a *analyzer) inFiller(ws []string, r reference) bool {
	filler, _ := a.phraseAt(ws, r)
	return filler
}
