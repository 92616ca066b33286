package knowledge

import (
	"fmt"
	"slices"
	"strings"
)

// Sense reads a word by its neighbours: "talk about" after "we" says
// nothing ("how many troops are we talking about?"), after a speaker it is
// saying ("the Joint Chiefs talking about more troops"), and else it asks
// the topic of the talks ("what do they talk about?"). A synonym gives a
// word one meaning wherever it stands; a sense gives it the meaning its
// neighbours choose, and is tried before the synonyms.
type Sense struct {
	// Words are the word and its forms, or a phrase ("talk about").
	Words []string `toml:"words"`
	// Before and After are the neighbours that choose the sense: a phrase
	// that ends right before the word, or starts right after it (within
	// Within words of it, 1 if not given); "@entity", "@person" or
	// "@role" for any name of that kind there. Given both, both must be
	// there; given neither, the sense is the word's reading wherever no
	// sense before it in the pack is chosen.
	Before []string `toml:"before"`
	After  []string `toml:"after"`
	Within int      `toml:"within"`
	// Reads are the terms of synonyms the word is read as, in order;
	// none, and the word says nothing.
	Reads []string `toml:"reads"`
}

// neighbour is a phrase of stems next to a sense's word, or a kind of name.
type neighbour struct {
	stems  []string
	kind   Kind // for "@entity" and "@role"
	person bool // for "@person"
	start  bool // for "@start" (requeststart.go)
}

// sense is a Sense read for matching.
type sense struct {
	// words are one of its words, as written: a form the pack does not
	// list is not read so ("talks about Russia" is the talks, where
	// "talking about" is not)
	words         []string
	before, after []neighbour
	within        int
	reads         []phrase // each read term's own phrase
	name          string   // for the pack's problems
}

// shadowing names the sense of earlier (the senses before s of its first
// word) chosen wherever s would be: one of the same words whose
// neighbours are none, or all of s's and more, as near or nearer; "" for
// none.
func shadowing(earlier []*sense, s *sense) string {
	covers := func(e, n []neighbour, within int) bool {
		return len(e) == 0 || len(n) > 0 && within >= s.within &&
			!slices.ContainsFunc(n, func(x neighbour) bool { return !slices.ContainsFunc(e, x.same) })
	}
	for _, e := range earlier {
		if slices.Equal(e.words, s.words) && covers(e.before, s.before, e.within) && covers(e.after, s.after, e.within) {
			return e.name
		}
	}
	return ""
}

// same reports whether n and m are the same neighbour.
func (n neighbour) same(m neighbour) bool {
	return slices.Equal(n.stems, m.stems) && n.kind == m.kind && n.person == m.person && n.start == m.start
}

// neighbourKinds are the kinds of name a neighbour may be.
var neighbourKinds = map[string]neighbour{
	"@entity": {kind: KindEntity},
	"@person": {kind: KindEntity, person: true},
	"@role":   {kind: KindRole},
	"@start":  {start: true},
}

// readSenses compiles the pack's senses, by the first word of each word,
// in the pack's order; it returns the problems it finds, one a string.
func (a *analyzer) readSenses(ss []Sense) (problems []string) {
	a.senses = map[string][]*sense{}
	terms := map[string]*phrase{}
	for i := range a.aliases {
		p := &a.aliases[i]
		if p.alias == p.term {
			terms[p.term] = p
		}
	}
	for n, s := range ss {
		name := fmt.Sprintf("sense #%d", n+1)
		if len(s.Words) > 0 {
			name = fmt.Sprintf("sense %q", s.Words[0])
		}
		c := sense{within: max(s.Within, 1)}
		if s.Within < 0 || s.Within > 4 {
			problems = append(problems, fmt.Sprintf("%s: within %d must be 1 to 4", name, s.Within))
		}
		if s.Within != 0 && len(s.Before) == 0 && len(s.After) == 0 {
			problems = append(problems, fmt.Sprintf("%s: within %d, but no before or after to look for", name, s.Within))
		}
		for k, r := range s.Reads {
			if slices.Contains(s.Reads[:k], r) {
				// (the word would be read as that term twice over, a
				// role of itself)
				problems = append(problems, fmt.Sprintf("%s: reads %q twice", name, r))
				continue
			}
			p, ok := terms[r]
			if !ok {
				problems = append(problems, fmt.Sprintf("%s: reads %q, which is no synonym's term", name, r))
				continue
			}
			c.reads = append(c.reads, *p)
		}
		var bad []string
		c.before, bad = a.neighbours(s.Before)
		problems = append(problems, sensesBad(name, "before", bad)...)
		c.after, bad = a.neighbours(s.After)
		problems = append(problems, sensesBad(name, "after", bad)...)
		if slices.ContainsFunc(c.after, func(n neighbour) bool { return n.start }) {
			problems = append(problems, name+`: after "@start": a request opens before the word, never after it`)
		}
		if len(s.Words) == 0 {
			problems = append(problems, name+": no words")
		}
		for _, w := range s.Words {
			ws := splitWords(w)
			if len(ws) == 0 {
				problems = append(problems, fmt.Sprintf("%s: empty word %q", name, w))
				continue
			}
			for _, w := range ws {
				a.stem(w) // a word of the pack: known, never corrected
			}
			one := c
			one.words = ws
			one.name = fmt.Sprintf("sense #%d", n+1)
			switch by := shadowing(a.senses[ws[0]], &one); {
			case by == one.name:
				problems = append(problems, fmt.Sprintf("%s: lists %q twice", name, w))
			case by != "":
				problems = append(problems, fmt.Sprintf("%s (#%d): %q is never read so: %s, before it, is chosen wherever this one would be", name, n+1, w, by))
			}
			a.senses[ws[0]] = append(a.senses[ws[0]], &one)
		}
	}
	a.senseSieve = sieveOf(a.senses)
	return problems
}

func sensesBad(name, key string, bad []string) []string {
	out := make([]string, len(bad))
	for i, b := range bad {
		out[i] = fmt.Sprintf("%s: %s %q is neither words nor one of @entity, @person, @role, @start", name, key, b)
	}
	return out
}

// neighbours reads a sense's neighbours, and returns those it cannot.
func (a *analyzer) neighbours(ns []string) (out []neighbour, bad []string) {
	for _, n := range ns {
		if strings.HasPrefix(n, "@") {
			k, ok := neighbourKinds[n]
			if !ok {
				bad = append(bad, n)
				continue
			}
			out = append(out, k)
			continue
		}
		ws := splitWords(n)
		if len(ws) == 0 {
			bad = append(bad, n)
			continue
		}
		nb := neighbour{stems: make([]string, len(ws))}
		for i, w := range ws {
			nb.stems[i] = a.stem(w)
		}
		out = append(out, nb)
	}
	return out, bad
}

// senseAt returns the sense chosen for the words ws at i (their stems
// stems), and the index of
// the word after them; terms are those read before i.
func (a *analyzer) senseAt(ss []*sense, ws, stems []string, i int, terms []term) (*sense, int, bool) {
	for _, s := range ss {
		end := i + len(s.words)
		if end > len(ws) || !slices.Equal(ws[i:end], s.words) {
			continue
		}
		if len(s.before) > 0 && !slices.ContainsFunc(s.before, func(n neighbour) bool {
			if n.start {
				return opensRequest(ws, i, terms)
			}
			return a.endsBefore(n, stems, i, s.within, terms)
		}) {
			continue
		}
		if len(s.after) > 0 && !slices.ContainsFunc(s.after, func(n neighbour) bool { return a.startsAfter(n, stems, end, s.within) }) {
			continue
		}
		return s, end, true
	}
	return nil, 0, false
}

// endsBefore reports whether n ends within the within words before word i.
func (a *analyzer) endsBefore(n neighbour, stems []string, i, within int, terms []term) bool {
	if n.stems == nil {
		// the last name read, if it ends near enough
		if len(terms) == 0 {
			return false
		}
		t := terms[len(terms)-1]
		return t.end > i-within && t.kind == n.kind && (!n.person || t.person)
	}
	for d := range within {
		end := i - d
		start := end - len(n.stems)
		if start >= 0 && slices.Equal(stems[start:end], n.stems) {
			return true
		}
	}
	return false
}

// startsAfter reports whether n starts within the within words from
// word end.
func (a *analyzer) startsAfter(n neighbour, stems []string, end, within int) bool {
	for d := range within {
		start := end + d
		if start >= len(stems) {
			return false
		}
		if n.stems == nil {
			if p, ok := a.match(stems, start, false); ok && p.kind == n.kind && (!n.person || p.person) {
				return true
			}
			continue
		}
		if stop := start + len(n.stems); stop <= len(stems) && slices.Equal(stems[start:stop], n.stems) {
			return true
		}
	}
	return false
}

// senseTerms appends the terms s reads the words from i to end as.
func senseTerms(terms []term, s *sense, ws []string, i, end int) []term {
	for _, p := range s.reads {
		terms = appendTerm(terms, termOf(ws, p, i, end), ws)
	}
	return terms
}
