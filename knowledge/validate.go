package knowledge

import (
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
)

// Problem is one thing wrong with a pack, and where it is.
type Problem struct {
	File  string
	Line  int    // in File, from 1
	Entry string // the entry id or synonym term, if the problem is in one
	Msg   string

	at place // where in pack.toml, until Line is found
}

func (p Problem) String() string {
	if p.Entry != "" {
		return fmt.Sprintf("%s:%d: %s: %s", p.File, p.Line, p.Entry, p.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
}

// ValidationError lists every problem found in a pack, so a curator can fix
// them all in one pass.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	n := "1 problem"
	if len(lines) != 1 {
		n = fmt.Sprintf("%d problems", len(lines))
	}
	return fmt.Sprintf("invalid pack (%s):\n  %s", n, strings.Join(lines, "\n  "))
}

type validator struct {
	problems []Problem
	an       *analyzer // reads phrasings and aliases as the engine will
}

// A place is where in pack.toml a problem is: a key of an entry, of a
// synonym group or of [meta] (an element of its array, if item >= 0). The
// file is read for its lines only when it has problems (see placeLines).
type place struct {
	table byte // 'e' entry, 's' synonym, 'm' meta, 'u' usage; 0 for none
	index int
	key   string
	item  int
}

func entryAt(i int, key string, item int) place   { return place{'e', i, key, item} }
func synonymAt(i int, key string, item int) place { return place{'s', i, key, item} }

// add adds a problem of no one place: of pack.toml as a whole (what is
// missing from it), shown at its end; or of report.txt as a whole.
func (v *validator) add(file, entry, format string, args ...any) {
	v.addAt(place{}, file, entry, format, args...)
}

func (v *validator) addAt(at place, file, entry, format string, args ...any) {
	v.problems = append(v.problems, Problem{File: file, Entry: entry, Msg: fmt.Sprintf(format, args...), at: at})
}

// addLine adds a problem on a line already known.
func (v *validator) addLine(file string, line int, entry, format string, args ...any) {
	v.problems = append(v.problems, Problem{File: file, Line: line, Entry: entry, Msg: fmt.Sprintf(format, args...)})
}

// placeLines finds the line of each problem that has none yet, reading
// pack.toml again for its lines.
func (v *validator) placeLines(fsys fs.FS) {
	raw, _ := fs.ReadFile(fsys, PackFile) // read once already: the problems are its
	pl := readPackLines(raw)
	for i := range v.problems {
		pr := &v.problems[i]
		if pr.Line > 0 {
			continue
		}
		switch at := pr.at; {
		case pr.File != PackFile:
			pr.Line = 1
		case at.table == 'e':
			pr.Line = pl.entry(at.index).line(at.key, at.item)
		case at.table == 's':
			pr.Line = pl.synonym(at.index).line(at.key, at.item)
		case at.table == 'm':
			pr.Line = pl.meta.line(at.key, at.item)
		case at.table == 'u':
			pr.Line = pl.usage.line(at.key, at.item)
		default:
			pr.Line = pl.end
		}
		pr.Line = max(pr.Line, 1)
	}
}

// SourcePrefix starts the report's last line, which names its source.
const SourcePrefix = "Original Source:"

func (v *validator) parseReport(p *Pack, text string) {
	text = strings.TrimPrefix(text, "\ufeff")
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	if strings.TrimSpace(text) == "" {
		v.addLine(ReportFile, 1, "", "the report is empty: write it one paragraph a line, then a last line %q", SourcePrefix+" <name>")
		return
	}
	sourceAt, last := 0, 0
	for i, line := range lines {
		n := i + 1
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, SourcePrefix):
			if p.SourceLine != "" {
				v.addLine(ReportFile, n, "", "more than one %q line (the first is line %d)", SourcePrefix, sourceAt)
			}
			p.SourceLine, sourceAt = line, n
			p.Source = strings.TrimSpace(strings.TrimPrefix(line, SourcePrefix))
		case p.SourceLine != "":
			v.addLine(ReportFile, n, "", "paragraph after the %q line, which must be last", SourcePrefix)
		default:
			p.Paragraphs = append(p.Paragraphs, line)
		}
		last = n
	}
	if len(p.Paragraphs) == 0 {
		v.addLine(ReportFile, max(sourceAt, 1), "", "no paragraphs before the %q line", SourcePrefix)
	}
	if p.Source == "" {
		v.addLine(ReportFile, last, "", "no %q line naming the report's source: add it as the last line", SourcePrefix)
	}
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func (v *validator) checkEntries(p *Pack) {
	if len(p.Entries) == 0 {
		v.add(PackFile, "", "no entries")
	}
	ids := map[string]bool{}
	for i, e := range p.Entries {
		if ids[e.ID] {
			v.addAt(entryAt(i, "id", -1), PackFile, "entry "+e.ID, "duplicate id")
		}
		ids[e.ID] = true
	}
	n := 0
	for _, e := range p.Entries {
		n += 1 + len(e.Phrasings)
	}
	asked := make(map[string]int, n) // each phrasing's owner
	folded := p.foldedParagraphs()
	for i := range p.Entries {
		e := &p.Entries[i]
		name := "entry " + e.ID
		if e.ID == "" {
			name = fmt.Sprintf("entry #%d", i+1)
		}
		if !idPattern.MatchString(e.ID) {
			v.addAt(entryAt(i, "id", -1), PackFile, name, "id %q must be lower-case letters, digits and dashes", e.ID)
		}
		for _, f := range [][2]string{{"question", e.Question}, {"answer", e.Answer}, {"topic", e.Topic}} {
			if strings.TrimSpace(f[1]) == "" {
				v.addAt(entryAt(i, "", -1), PackFile, name, "missing %s", f[0])
			}
		}
		for j, ph := range append([]string{e.Question}, e.Phrasings...) {
			at := phrasingAt(i, j)
			key := strings.Join(v.an.analyze(ph, false).words, " ")
			if key == "" {
				if ph != e.Question {
					v.addAt(at, PackFile, name, "empty phrasing %q", ph)
				}
				continue
			}
			if owner, ok := asked[key]; ok && p.Entries[owner].ID != e.ID {
				v.addAt(at, PackFile, name, "phrasing %q is also in entry %s", ph, p.Entries[owner].ID)
			}
			asked[key] = i
		}
		if len(e.Citations) == 0 {
			v.addAt(entryAt(i, "", -1), PackFile, name, "no citation: every answer must cite the report")
		}
		for j := range e.Citations {
			c := &e.Citations[j]
			where := fmt.Sprintf("cite[%d]", j+1)
			at := entryAt(i, "cite", j)
			if c.Paragraph > 0 && len(p.Paragraphs) == 0 || c.Paragraph == 0 && p.SourceLine == "" {
				continue // the report lacks them, and says so once
			}
			if c.Paragraph < 0 || c.Paragraph > len(p.Paragraphs) {
				v.addAt(at, PackFile, name, "%s: paragraph %d does not exist (the report has 1 to %d, and 0 for the source line)", where, c.Paragraph, len(p.Paragraphs))
				continue
			}
			exact, ok := findQuote(folded[c.Paragraph], c.Quote)
			if !ok {
				v.addAt(at, PackFile, name, "%s: quote is not verbatim in one sentence of paragraph %d: %q", where, c.Paragraph, c.Quote)
				continue
			}
			c.Quote = exact // show the report's own characters
		}
		seen := map[string]bool{}
		for j, r := range e.Related {
			at := entryAt(i, "related", j)
			switch {
			case r == e.ID:
				v.addAt(at, PackFile, name, "related lists the entry itself")
			case !ids[r]:
				v.addAt(at, PackFile, name, "related entry %q does not exist", r)
			case seen[r]:
				v.addAt(at, PackFile, name, "related entry %q listed twice", r)
			}
			seen[r] = true
		}
	}
	p.asked = asked
}

// phrasingAt is the place of an entry's j-th way of asking it: its
// question (j = 0), else its phrasing j-1.
func phrasingAt(i, j int) place {
	if j == 0 {
		return entryAt(i, "question", -1)
	}
	return entryAt(i, "phrasings", j-1)
}

// Uncited lists the paragraphs no entry cites: a curator's next work.
// They are answered from their sentences only (see fallback.go).
func (p *Pack) Uncited() []int {
	cited := make([]bool, len(p.Paragraphs)+1)
	for _, e := range p.Entries {
		for _, c := range e.Citations {
			if c.Paragraph >= 0 && c.Paragraph < len(cited) {
				cited[c.Paragraph] = true
			}
		}
	}
	var out []int
	for n := 1; n < len(cited); n++ {
		if !cited[n] {
			out = append(out, n)
		}
	}
	return out
}

func (v *validator) checkSynonyms(p *Pack) {
	for _, pr := range v.an.senseProblems {
		v.add(PackFile, "sense", "%s", pr)
	}
	// each alias's place, in the order the analyzer read them: each
	// group's term, then its aliases
	places := make([]place, 0, len(v.an.aliases))
	for i, s := range p.Synonyms {
		places = append(places, synonymAt(i, "term", -1))
		for j := range s.Aliases {
			places = append(places, synonymAt(i, "aliases", j))
		}
	}
	for i, s := range p.Synonyms {
		if s.Kind == KindFiller {
			for j, a := range s.Aliases {
				if fillerAsks(a) {
					v.addAt(synonymAt(i, "aliases", j), PackFile, "synonym "+s.Term, "filler %q ends in a question word: it would swallow the question it opens", a)
				}
			}
		}
		if strings.TrimSpace(s.Term) == "" {
			v.addAt(synonymAt(i, "", -1), PackFile, "synonym", "missing term")
			continue
		}
		if !slices.Contains(knownKinds, s.Kind) {
			names := make([]string, len(knownKinds))
			for i, k := range knownKinds {
				names[i] = string(k)
			}
			v.addAt(synonymAt(i, "kind", -1), PackFile, "synonym "+s.Term, "kind %q must be one of %s", s.Kind, strings.Join(names, ", "))
		}
		if s.For != "" && (s.Kind != KindEntity || !slices.ContainsFunc(p.Synonyms, func(o Synonym) bool { return o.Kind == KindEntity && o.Term == s.For && o.Term != s.Term })) {
			v.addAt(synonymAt(i, "for", -1), PackFile, "synonym "+s.Term, "for %q must be the term of another entity, and only an entity acts for one", s.For)
		}
		if s.Class != "" && (s.Kind != KindEntity || !nameClasses[s.Class]) {
			v.addAt(synonymAt(i, "class", -1), PackFile, "synonym "+s.Term, "class %q must be person, country, place or body, and only of an entity", s.Class)
		}
		for j, o := range s.Opposites {
			// The engine knows an opposite by the one term it reads of it.
			if ts := v.an.analyze(o, false).terms; len(ts) != 1 || ts[0].text == conceptName(s.Term) {
				v.addAt(synonymAt(i, "opposites", j), PackFile, "synonym "+s.Term, "opposite %q must read as one word or term, not the term itself", o)
			}
		}
	}
	listed := make(map[[2]string]bool, len(v.an.aliases))
	for i := range v.an.aliases {
		a := &v.an.aliases[i]
		if strings.TrimSpace(a.term) == "" {
			continue
		}
		// The same alias twice in one group says nothing more; it is a
		// sign of two curators' lists merged, one of them stale.
		if k := [2]string{a.term, a.alias}; listed[k] && a.alias != a.term {
			v.addAt(places[i], PackFile, "synonym "+a.term, "alias %q is listed twice", a.alias)
		} else {
			listed[k] = true
		}
		if len(a.stems) == 0 {
			v.addAt(places[i], PackFile, "synonym "+a.term, "empty alias %q", a.alias)
			continue
		}
		// Inflections of one alias in one group are harmless (matching is
		// by stem); the same words in two groups make the meaning depend
		// on the order of the file. The alias with these stems just before
		// a is found among the phrases that start alike, which are in the
		// file's order for each length.
		var before *phrase
		for _, b := range v.an.phrases[a.stems[0]] {
			if b == a {
				break
			}
			if slices.Equal(b.stems, a.stems) && strings.TrimSpace(b.term) != "" {
				before = b
			}
		}
		if before != nil && before.term != a.term {
			v.addAt(places[i], PackFile, "synonym "+a.term, "alias %q collides with synonym %q", a.alias, before.term)
		}
	}
}

// checkMeanings finds phrasings of two entries that read the same once
// synonyms and stop words are applied ("What do the prisoners have to do?"
// is just "prisoners"): the engine could not tell the entries apart.
func (v *validator) checkMeanings(p *Pack) {
	an := v.an
	type owner struct{ entry, phrasing string }
	seen := make(map[string]owner, len(p.asked))
	for i, e := range p.Entries {
		for j, ph := range append([]string{e.Question}, e.Phrasings...) {
			ts := uniqueTerms(an.analyze(ph, false).terms)
			slices.Sort(ts)
			key := strings.Join(ts, " ")
			if key == "" {
				continue // only ever matched word for word ("What happened?")
			}
			if o, ok := seen[key]; ok && o.entry != e.ID {
				v.addAt(phrasingAt(i, j), PackFile, "entry "+e.ID, "phrasing %q reads the same as %q of entry %s (%s)", ph, o.phrasing, o.entry, key)
			}
			seen[key] = owner{e.ID, ph}
		}
	}
}

// fillerAsks reports whether a filler alias ends in a question word ("a
// who" of "A who sen' di soldier dem?"): read as filler it drops what the
// question asks. After "or" the word closes a tag that asks nothing ("...,
// or what?").
func fillerAsks(alias string) bool {
	ws := strings.Fields(alias)
	n := len(ws)
	return n > 1 && isQuestionWord(ws[n-1]) && ws[n-2] != "or"
}
