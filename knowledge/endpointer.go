package knowledge

// The end of the report is pointed at in more ways than "at the end":
// "why is everyone worried at the end of the story?", "how does the
// report sum it all up at the very end?", "what's worrying folk,
// according to the end bit?". Each asks what the last paragraph says; read
// as words, "end" is the end of the war, which no entry tells, and the
// question sinks. "The end of the war", "at the end of the day" point at
// nothing: only the report, a part of it or nothing follows.

// endPointed returns where the words that point at the report's end
// around ws[i], an "end", start and stop, and whether they do.
func endPointed(ws []string, i int) (int, int, bool) {
	if ws[i] != "end" || i == 0 {
		return 0, 0, false
	}
	from := i - 1
	if ws[from] == "very" && from > 0 {
		from--
	}
	if ws[from] != "the" {
		return 0, 0, false
	}
	to := i + 1
	switch {
	case to < len(ws) && passageNouns[ws[to]]:
		// "the end bit", "the end part"
		return from, to + 1, true
	case to+1 < len(ws) && ws[to] == "of" && writingWords[ws[to+1]]:
		to += 2 // "the end of the story" is read with its "the" below
	case to+2 < len(ws) && ws[to] == "of" && (ws[to+1] == "the" || ws[to+1] == "this") && writingWords[ws[to+2]]:
		to += 3
	case to < len(ws) && ws[to] == "of":
		return 0, 0, false
	}
	if from == 0 || !endLeads[ws[from-1]] {
		return 0, 0, false
	}
	return from - 1, to, true
}

// endLeads come before "the end" that points at the report's.
// ("near the end", "towards the end" may mean the paragraphs before it:
// "the KN-23 is mentioned near the end" is of paragraph 7.)
var endLeads = setOf("at")
