package knowledge

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"

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
	// Senses read a word by its neighbours (see senses.go).
	Senses []Sense
	// Talk is what the pack says in conversation besides its answers:
	// small talk, other languages, asking back (see talk.go).
	Talk Talk
	// Frame lists the words of a question put about the report itself
	// (see reportframe.go).
	Frame ReportFrame
	// Claims lists the words a claim put to check is read with (see
	// claimyes.go).
	Claims ClaimWords
	// Usage lists the words of English usage some rules turn on (see
	// usage.go).
	Usage Usage

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

type packFile struct {
	Meta struct {
		Title  string `toml:"title"`
		Source string `toml:"source"`
		Covers string `toml:"covers"`
	} `toml:"meta"`
	Entries  []Entry     `toml:"entry"`
	Synonyms []Synonym   `toml:"synonym"`
	Senses   []Sense     `toml:"sense"`
	Frame    ReportFrame `toml:"report_frame"`
	Claims   ClaimWords  `toml:"claims"`
	Usage    Usage       `toml:"usage"`
	Talk
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
				v.addLine(PackFile, row, "", "unknown key %q", strings.Join(k.Key(), "."))
			}
		case errors.As(err, &derr):
			row, col := derr.Position()
			return nil, fmt.Errorf("%s:%d:%d: %s", PackFile, row, col, derr.Error())
		default:
			return nil, fmt.Errorf("%s: %w", PackFile, err)
		}
	}
	p.Title, p.Covers = pf.Meta.Title, pf.Meta.Covers
	p.Entries, p.Synonyms, p.Senses, p.Talk, p.Frame, p.Claims, p.Usage = pf.Entries, pf.Synonyms, pf.Senses, pf.Talk, pf.Frame, pf.Claims, pf.Usage
	if pf.Meta.Source != "" && p.Source != "" && pf.Meta.Source != p.Source {
		v.addAt(place{table: 'm', key: "source", item: -1}, PackFile, "meta", "source %q differs from the report's source line %q", pf.Meta.Source, p.Source)
	}
	p.an = p.analyzer()
	v.an = p.an
	v.checkEntries(p)
	v.checkSynonyms(p)
	v.checkContract()
	v.checkSayWords(p)
	v.languageWords(p)
	v.checkTalk(p)
	v.checkReportFrame(p.Frame)
	v.checkClaimWords(p.Claims)
	v.checkUsage(p.Usage)
	if len(v.problems) == 0 {
		v.checkMeanings(p)
	}
	if len(v.problems) > 0 {
		v.placeLines(fsys)
		return nil, &ValidationError{Problems: v.problems}
	}
	return p, nil
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
		a := newAnalyzer(p.Synonyms, p.Senses, usageOf(p.Usage), p.places(), p.reportTexts(), p.texts(), readStemCache(stemCacheFile))
		a.written = p.writtenWords()
		return a
	}
	return p.an
}

// places lists the concepts of the pack's referents of class place ("the
// Kursk region"): a place before a noun says where, not whose ("Kursk
// casualties").
func (p *Pack) places() map[string]bool {
	out := map[string]bool{}
	for _, r := range p.Talk.Referents {
		if r.Class == "place" {
			out[conceptName(r.Term)] = true
		}
	}
	return out
}

// reportTexts lists the report's paragraphs and source line.
func (p *Pack) reportTexts() []string {
	return append([]string{p.SourceLine}, p.Paragraphs...)
}

// writtenWords are the words the report and the entries' questions and
// answers write: plain English, spelt as a dictionary spells it, which a
// word spelt by its sound is read as (soundalike.go), where the phrasings
// and synonyms hold chat's spellings too ("rekt", "prolly").
func (p *Pack) writtenWords() map[string]bool {
	out := map[string]bool{}
	add := func(t string) {
		for _, w := range sentenceWords(t) {
			out[w] = true
		}
	}
	for _, t := range p.reportTexts() {
		add(t)
	}
	for _, e := range p.Entries {
		add(e.Question)
		add(e.Answer)
	}
	return out
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
