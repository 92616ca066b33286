package knowledge

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2"
)

// The files of a pack directory.
const (
	ReportFile = "report.txt"
	PackFile   = "pack.toml"
)

//go:embed pack/report.txt pack/pack.toml
var embedded embed.FS

// Embedded returns the pack built into the binary: the report and its
// curated entries.
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "pack")
	if err != nil {
		panic(err) // the embed directive above guarantees the directory
	}
	return sub
}

// Pack is a report and the curated knowledge drawn from it.
type Pack struct {
	Title  string
	Covers string // the dates the report's figures cover
	// Paragraphs are the report's paragraphs; paragraph N is Paragraphs[N-1].
	Paragraphs []string
	// SourceLine is the report's attribution line, verbatim; Source is the
	// name it gives.
	SourceLine string
	Source     string
	Entries    []Entry
	Synonyms   []Synonym

	// an reads text as validation did: the engine derives its own from it
	// rather than stemming every alias again.
	an *analyzer
	// asked maps each question and phrasing, its words joined by spaces,
	// to its entry's index: validation finds them all, for the engine.
	asked map[string]int
}

// Entry is one question the pack answers.
type Entry struct {
	ID        string     `toml:"id"`
	Topic     string     `toml:"topic"`
	Question  string     `toml:"question"`
	Phrasings []string   `toml:"phrasings"`
	Answer    string     `toml:"answer"`
	AsOf      string     `toml:"as_of"`
	Related   []string   `toml:"related"`
	Citations []Citation `toml:"cite"`
}

// Citation backs an answer with the report's own words.
type Citation struct {
	// Paragraph is 1 to the number of paragraphs; 0 is the source line.
	Paragraph int    `toml:"paragraph" json:"paragraph"`
	Quote     string `toml:"quote" json:"quote"`
}

// Synonym makes aliases read as one term.
type Synonym struct {
	Term    string   `toml:"term"`
	Kind    Kind     `toml:"kind"`
	Aliases []string `toml:"aliases"`
	// For is, for a person, the entity they act for: what Cho Tae-yul
	// does, South Korea does.
	For string `toml:"for"`
}

type packFile struct {
	Meta struct {
		Title  string `toml:"title"`
		Source string `toml:"source"`
		Covers string `toml:"covers"`
	} `toml:"meta"`
	Entries  []Entry   `toml:"entry"`
	Synonyms []Synonym `toml:"synonym"`
}

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

// Load reads and validates the pack in fsys: report.txt and pack.toml. A
// pack with any problem is an error (a *ValidationError lists them all).
func Load(fsys fs.FS) (*Pack, error) {
	report, err := fs.ReadFile(fsys, ReportFile)
	if err != nil {
		return nil, fmt.Errorf("read report: %w", err)
	}
	// The decoder reads the file itself; reading it first would copy it twice.
	raw, err := fsys.Open(PackFile)
	if err != nil {
		return nil, fmt.Errorf("read pack: %w", err)
	}
	defer raw.Close()
	var v validator
	p := &Pack{}
	v.parseReport(p, string(report))

	var pf packFile
	dec := toml.NewDecoder(raw)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&pf); err != nil {
		var strict *toml.StrictMissingError
		var derr *toml.DecodeError
		switch {
		case errors.As(err, &strict):
			// The rest decoded: report the keys with the other problems.
			for _, k := range strict.Errors {
				row, _ := k.Position()
				v.add(PackFile, "", "line %d: unknown key %q", row, strings.Join(k.Key(), "."))
			}
		case errors.As(err, &derr):
			row, col := derr.Position()
			return nil, fmt.Errorf("%s:%d:%d: %s", PackFile, row, col, derr.Error())
		default:
			return nil, fmt.Errorf("%s: %w", PackFile, err)
		}
	}
	p.Title, p.Covers = pf.Meta.Title, pf.Meta.Covers
	p.Entries, p.Synonyms = pf.Entries, pf.Synonyms
	if pf.Meta.Source != "" && p.Source != "" && pf.Meta.Source != p.Source {
		v.add(PackFile, "meta", "source %q differs from the report's source line %q", pf.Meta.Source, p.Source)
	}
	p.an = p.analyzer()
	v.an = p.an
	v.checkEntries(p)
	v.checkSynonyms(p)
	if len(v.problems) == 0 {
		v.checkMeanings(p)
	}
	if len(v.problems) > 0 {
		return nil, &ValidationError{Problems: v.problems}
	}
	return p, nil
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
		if !slices.Contains(kinds, s.Kind) {
			names := make([]string, len(kinds))
			for i, k := range kinds {
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

// foldedParagraphs returns the sentences of paragraph n (0: the source
// line) at n, folded once for all the quotes that cite it.
func (p *Pack) foldedParagraphs() [][]sentence {
	folded := make([][]sentence, len(p.Paragraphs)+1)
	for n := range folded {
		text, _ := p.Paragraph(n)
		folded[n] = foldSentences(text)
	}
	return folded
}

// foldedText is the whole report, source line included, folded as quotes
// are compared: a shown quote must be in it.
func (p *Pack) foldedText() string {
	return foldQuote(strings.Join(append(slices.Clone(p.Paragraphs), p.SourceLine), " "))
}

// sentence is one sentence of the report, folded once for finding quotes.
type sentence struct{ text, folded string }

// foldSentences splits a paragraph into sentences and folds each.
func foldSentences(p string) []sentence {
	ss := sentences(p)
	out := make([]sentence, len(ss))
	for i, s := range ss {
		out[i] = sentence{text: s, folded: foldQuote(s)}
	}
	return out
}

// findQuote finds quote in one of the sentences, where curly and straight
// quotes and runs of white space count as the same. It returns the
// sentence's own characters for the match.
func findQuote(in []sentence, quote string) (string, bool) {
	q := foldQuote(quote)
	if q == "" {
		return "", false
	}
	for _, s := range in {
		at := strings.Index(s.folded, q)
		if at < 0 {
			continue
		}
		if s.folded == s.text {
			return s.text[at : at+len(q)], true
		}
		_, idx := foldWithIndex(s.text) // only for the sentence it is in
		last := idx[at+len(q)-1]
		return s.text[idx[at] : last+runeLenAt(s.text, last)], true
	}
	return "", false
}

// sentences splits a paragraph after ".", "!" or "?" followed by a space.
func sentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		if (p[i] == '.' || p[i] == '!' || p[i] == '?') && i+1 < len(p) && p[i+1] == ' ' {
			out = append(out, p[start:i+1])
			start = i + 2
		}
	}
	if start < len(p) {
		out = append(out, p[start:])
	}
	return out
}

// foldQuote is how quotes are compared: curly and straight quotes alike,
// runs of white space as one space, none at the ends.
func foldQuote(s string) string {
	folded, _ := fold(s, false)
	return folded
}

// foldWithIndex folds s as foldQuote does and maps each byte of the result
// to the byte of s it came from.
func foldWithIndex(s string) (string, []int) {
	return fold(s, true)
}

func fold(s string, index bool) (string, []int) {
	if !index && foldsToItself(s) {
		return s, nil // most quotes: plain ASCII, single spaces
	}
	var b strings.Builder
	b.Grow(len(s))
	var idx []int
	if index {
		idx = make([]int, 0, len(s))
	}
	space := false
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\u2019' || r == '\u2018':
			r = '\''
		case r == '\u201c' || r == '\u201d':
			r = '"'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			if index {
				idx = append(idx, i)
			}
		}
		space = false
		n := b.Len()
		b.WriteRune(r)
		for k := n; index && k < b.Len(); k++ {
			idx = append(idx, i)
		}
	}
	return b.String(), idx
}

// foldsToItself reports whether fold leaves s as it is: ASCII with no
// space but single ones between words.
func foldsToItself(s string) bool {
	space := true // a leading space would be dropped
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ':
			if space {
				return false
			}
			space = true
		default:
			space = false
		}
	}
	return !space || s == ""
}

func runeLenAt(s string, i int) int {
	for j := range s[i:] {
		if j > 0 {
			return j
		}
	}
	return len(s) - i
}

// Topics lists the pack's topics in the order they first appear.
func (p *Pack) Topics() []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range p.Entries {
		if !seen[e.Topic] {
			seen[e.Topic] = true
			out = append(out, e.Topic)
		}
	}
	return out
}

// Paragraph returns the text of paragraph n, or the source line for 0.
func (p *Pack) Paragraph(n int) (string, bool) {
	switch {
	case n == 0:
		return p.SourceLine, true
	case n >= 1 && n <= len(p.Paragraphs):
		return p.Paragraphs[n-1], true
	}
	return "", false
}

// analyzer returns the pack's analyzer, building it for a Pack made by hand
// rather than by Load.
func (p *Pack) analyzer() *analyzer {
	if p.an == nil {
		return newAnalyzer(p.Synonyms, p.reportTexts(), p.texts(), readStemCache(stemCacheFile))
	}
	return p.an
}

// reportTexts lists the report's paragraphs and source line.
func (p *Pack) reportTexts() []string {
	return append([]string{p.SourceLine}, p.Paragraphs...)
}

// texts lists every entry's texts.
func (p *Pack) texts() []string {
	var out []string
	for _, e := range p.Entries {
		out = e.appendTexts(out)
	}
	return out
}

// appendTexts appends the entry's texts to out, in this order: question,
// answer, phrasings, quotes.
func (e Entry) appendTexts(out []string) []string {
	out = append(out, e.Question, e.Answer)
	out = append(out, e.Phrasings...)
	for _, c := range e.Citations {
		out = append(out, c.Quote)
	}
	return out
}
