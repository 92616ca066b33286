package knowledge

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Problem is one thing wrong with a pack.
type Problem struct {
	File  string
	Entry string // the entry id or synonym term, if the problem is in one
	Msg   string
}

func (p Problem) String() string {
	if p.Entry != "" {
		return fmt.Sprintf("%s: %s: %s", p.File, p.Entry, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
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
	return fmt.Sprintf("invalid pack (%d problems):\n  %s", len(lines), strings.Join(lines, "\n  "))
}

type validator struct {
	problems []Problem
	an       *analyzer // reads phrasings and aliases as the engine will
}

func (v *validator) add(file, entry, format string, args ...any) {
	v.problems = append(v.problems, Problem{File: file, Entry: entry, Msg: fmt.Sprintf(format, args...)})
}

const sourcePrefix = "Original Source:"

func (v *validator) parseReport(p *Pack, text string) {
	text = strings.TrimPrefix(text, "\ufeff")
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, sourcePrefix):
			if p.SourceLine != "" {
				v.add(ReportFile, "", "more than one %q line", sourcePrefix)
			}
			p.SourceLine = line
			p.Source = strings.TrimSpace(strings.TrimPrefix(line, sourcePrefix))
		case p.SourceLine != "":
			v.add(ReportFile, "", "paragraph after the %q line", sourcePrefix)
		default:
			p.Paragraphs = append(p.Paragraphs, line)
		}
	}
	if len(p.Paragraphs) == 0 {
		v.add(ReportFile, "", "no paragraphs")
	}
	if p.Source == "" {
		v.add(ReportFile, "", "no %q line naming the report's source", sourcePrefix)
	}
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func (v *validator) checkEntries(p *Pack) {
	if len(p.Entries) == 0 {
		v.add(PackFile, "", "no entries")
	}
	ids := map[string]bool{}
	for _, e := range p.Entries {
		if ids[e.ID] {
			v.add(PackFile, "entry "+e.ID, "duplicate id")
		}
		ids[e.ID] = true
	}
	n := 0
	for _, e := range p.Entries {
		n += 1 + len(e.Phrasings)
	}
	asked := make(map[string]int, n) // each phrasing's owner
	cited := make([]bool, len(p.Paragraphs)+1)
	folded := p.foldedParagraphs()
	for i := range p.Entries {
		e := &p.Entries[i]
		name := "entry " + e.ID
		if e.ID == "" {
			name = fmt.Sprintf("entry #%d", i+1)
		}
		if !idPattern.MatchString(e.ID) {
			v.add(PackFile, name, "id %q must be lower-case letters, digits and dashes", e.ID)
		}
		for _, f := range [][2]string{{"question", e.Question}, {"answer", e.Answer}, {"topic", e.Topic}} {
			if strings.TrimSpace(f[1]) == "" {
				v.add(PackFile, name, "missing %s", f[0])
			}
		}
		for _, ph := range append([]string{e.Question}, e.Phrasings...) {
			key := strings.Join(v.an.analyze(ph, false).words, " ")
			if key == "" {
				if ph != e.Question {
					v.add(PackFile, name, "empty phrasing %q", ph)
				}
				continue
			}
			if owner, ok := asked[key]; ok && p.Entries[owner].ID != e.ID {
				v.add(PackFile, name, "phrasing %q is also in entry %s", ph, p.Entries[owner].ID)
			}
			asked[key] = i
		}
		if len(e.Citations) == 0 {
			v.add(PackFile, name, "no citation: every answer must cite the report")
		}
		for j := range e.Citations {
			c := &e.Citations[j]
			where := fmt.Sprintf("cite[%d]", j+1)
			if c.Paragraph < 0 || c.Paragraph > len(p.Paragraphs) {
				v.add(PackFile, name, "%s: paragraph %d does not exist (the report has 1 to %d, and 0 for the source line)", where, c.Paragraph, len(p.Paragraphs))
				continue
			}
			exact, ok := findQuote(folded[c.Paragraph], c.Quote)
			if !ok {
				v.add(PackFile, name, "%s: quote is not verbatim in one sentence of paragraph %d: %q", where, c.Paragraph, c.Quote)
				continue
			}
			c.Quote = exact // show the report's own characters
			cited[c.Paragraph] = true
		}
		seen := map[string]bool{}
		for _, r := range e.Related {
			switch {
			case r == e.ID:
				v.add(PackFile, name, "related lists the entry itself")
			case !ids[r]:
				v.add(PackFile, name, "related entry %q does not exist", r)
			case seen[r]:
				v.add(PackFile, name, "related entry %q listed twice", r)
			}
			seen[r] = true
		}
	}
	for n := 1; n < len(cited); n++ {
		if !cited[n] {
			v.add(PackFile, "", "paragraph %d is not cited by any entry", n)
		}
	}
	p.asked = asked
}

func (v *validator) checkSynonyms(p *Pack) {
	for _, s := range p.Synonyms {
		if strings.TrimSpace(s.Term) == "" {
			v.add(PackFile, "synonym", "missing term")
			continue
		}
		if !slices.Contains(knownKinds, s.Kind) {
			names := make([]string, len(knownKinds))
			for i, k := range knownKinds {
				names[i] = string(k)
			}
			v.add(PackFile, "synonym "+s.Term, "kind %q must be one of %s", s.Kind, strings.Join(names, ", "))
		}
		if s.For != "" && (s.Kind != KindEntity || !slices.ContainsFunc(p.Synonyms, func(o Synonym) bool { return o.Kind == KindEntity && o.Term == s.For && o.Term != s.Term })) {
			v.add(PackFile, "synonym "+s.Term, "for %q must be the term of another entity, and only an entity acts for one", s.For)
		}
	}
	for i := range v.an.aliases {
		a := &v.an.aliases[i]
		if strings.TrimSpace(a.term) == "" {
			continue
		}
		if len(a.stems) == 0 {
			v.add(PackFile, "synonym "+a.term, "empty alias %q", a.alias)
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
			v.add(PackFile, "synonym "+a.term, "alias %q collides with synonym %q", a.alias, before.term)
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
	for _, e := range p.Entries {
		for _, ph := range append([]string{e.Question}, e.Phrasings...) {
			ts := uniqueTerms(an.analyze(ph, false).terms)
			slices.Sort(ts)
			key := strings.Join(ts, " ")
			if key == "" {
				continue // only ever matched word for word ("What happened?")
			}
			if o, ok := seen[key]; ok && o.entry != e.ID {
				v.add(PackFile, "entry "+e.ID, "phrasing %q reads the same as %q of entry %s (%s)", ph, o.phrasing, o.entry, key)
			}
			seen[key] = owner{e.ID, ph}
		}
	}
}
