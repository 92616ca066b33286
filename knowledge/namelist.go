package knowledge

// A list of names offered, its commas dropped with the punctuation ("Which
// country proposed taking in the captives: the US, South Korea, or
// Russia?"), has each name for an alternative, as a list of things does
// ("a letter, a speech, or a phone call", linkList): read with the last two
// alone, the first stays a name asked of, and no entry that names only the
// one that did it answers. A name before an alternative that opens with
// a preposition ("got to Russia by rail or by air") is where or what that
// phrase tells of, no item of a list: the choice is of the phrases alone.

// listedName reports whether the name o, right before the next name in a
// list, is an item of it: a name of its own, not a qualifier ("Russian",
// "Ukraine's") of the word after it, nor a person's name, which a post or
// a country may stand before ("South Korean Foreign Minister Cho").
func listedName(ws []string, o *term) bool {
	return o.kind == KindEntity && !o.qualifier && !o.person && o.end < len(ws)
}
