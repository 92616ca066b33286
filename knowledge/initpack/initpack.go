// Package initpack makes a pack for any report: the report, normalised to
// one paragraph a line, and a pack.toml that the engine loads and answers
// from at once, from the report's own sentences, with the generic synonyms
// every pack needs and, in its comments, what to curate first.
package initpack

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"reportbot/knowledge"
)

//go:embed generic.toml
var generic string

// Options say what the report does not.
type Options struct {
	// Title is the report's title; by default its headline (a first
	// paragraph that is no sentence), else the start of its first
	// sentence.
	Title string
	// Source names where the report comes from, for a report without an
	// "Original Source:" line.
	Source string
	// Force overwrites the files of a pack already in the directory.
	Force bool
	// From names the report's file in the pack's comments.
	From string
}

// Result is what Write wrote.
type Result struct {
	Pack     *knowledge.Pack
	Report   string // the paths written
	PackTOML string
}

// Write makes a pack of the report text raw in dir: dir/report.txt and
// dir/pack.toml, loaded and checked before either is written. Files of a
// pack already there are kept unless opts.Force: they may be a curator's
// work.
func Write(raw string, dir string, opts Options) (*Result, error) {
	r, err := Normalize(raw, opts.Source)
	if err != nil {
		return nil, err
	}
	report := r.Text()
	pack := Generate(r, opts)

	reportPath, packPath := filepath.Join(dir, knowledge.ReportFile), filepath.Join(dir, knowledge.PackFile)
	if !opts.Force {
		for _, p := range []string{reportPath, packPath} {
			if _, err := os.Stat(p); err == nil {
				return nil, fmt.Errorf("%s exists: it may be a curator's work; remove it, write the pack to another directory, or pass -force", p)
			}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	// Written and loaded in a directory of their own first, so that a pack
	// the engine would refuse never replaces one, and a failed write
	// leaves no half a pack.
	tmp, err := os.MkdirTemp(dir, ".init-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, knowledge.ReportFile), []byte(report), 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(tmp, knowledge.PackFile), []byte(pack), 0o644); err != nil {
		return nil, err
	}
	p, err := knowledge.Load(os.DirFS(tmp))
	if err != nil {
		// the report itself, or a bug here: either way nothing is written
		return nil, fmt.Errorf("the pack made of the report does not load: %w", err)
	}
	if err := os.Rename(filepath.Join(tmp, knowledge.ReportFile), reportPath); err != nil {
		return nil, err
	}
	if err := os.Rename(filepath.Join(tmp, knowledge.PackFile), packPath); err != nil {
		return nil, err
	}
	return &Result{Pack: p, Report: reportPath, PackTOML: packPath}, nil
}

// Report is a report read for a pack: its paragraphs and its source line.
type Report struct {
	Paragraphs []string
	SourceLine string
	// Headline says the first paragraph is the report's headline: short,
	// and no sentence.
	Headline bool
}

// Text is the report as report.txt holds it: one paragraph a line, then
// the source line.
func (r Report) Text() string {
	return strings.Join(r.Paragraphs, "\n") + "\n" + r.SourceLine + "\n"
}

// Source is the name the source line gives.
func (r Report) Source() string {
	return strings.TrimSpace(strings.TrimPrefix(r.SourceLine, knowledge.SourcePrefix))
}

// Normalize reads a report as it was saved or pasted: paragraphs apart by
// blank lines (and wrapped, or not), or one a line, or wrapped with no
// blank lines between them; then a last line "Original Source: NAME", or
// source (for a report that has none).
func Normalize(raw, source string) (Report, error) {
	raw = strings.TrimPrefix(raw, "\ufeff")
	raw = strings.ReplaceAll(strings.ReplaceAll(raw, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(raw, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	var r Report
	// the source line: the last line that is not blank
	last := len(lines) - 1
	for last >= 0 && lines[last] == "" {
		last--
	}
	if last < 0 {
		return r, errors.New("the report is empty")
	}
	for i, l := range lines[:last] {
		if hasSourcePrefix(l) {
			return r, fmt.Errorf("line %d: the %q line must be the report's last", i+1, knowledge.SourcePrefix)
		}
	}
	switch {
	case hasSourcePrefix(lines[last]):
		name := strings.TrimSpace(lines[last][len(knowledge.SourcePrefix):])
		if name == "" {
			return r, fmt.Errorf("line %d: the %q line names no source", last+1, knowledge.SourcePrefix)
		}
		if source != "" && source != name {
			return r, fmt.Errorf("line %d: the report names its source %q, and -source %q", last+1, name, source)
		}
		r.SourceLine = knowledge.SourcePrefix + " " + name
		lines = lines[:last]
	case source != "":
		r.SourceLine = knowledge.SourcePrefix + " " + source
	default:
		return r, fmt.Errorf("the report has no last line %q naming where it comes from: add one, or give the source with -source NAME", knowledge.SourcePrefix+" NAME")
	}
	r.Paragraphs = paragraphs(lines)
	if len(r.Paragraphs) == 0 {
		return r, errors.New("the report has no paragraphs before its source line")
	}
	first := r.Paragraphs[0]
	r.Headline = len(r.Paragraphs) > 1 && !endsSentence(first) && len(strings.Fields(first)) <= 20
	return r, nil
}

func hasSourcePrefix(l string) bool {
	return len(l) >= len(knowledge.SourcePrefix) && strings.EqualFold(l[:len(knowledge.SourcePrefix)], knowledge.SourcePrefix)
}

// paragraphs joins the lines into paragraphs. Blank lines part them when
// they part blocks of several lines (a wrapped text). Otherwise each line
// is one, unless half the lines or more end mid-sentence: then the text
// is wrapped with no blank lines, and a paragraph ends where a line ends a
// sentence.
func paragraphs(lines []string) []string {
	var blocks [][]string
	var cur []string
	for _, l := range lines {
		if l == "" {
			if len(cur) > 0 {
				blocks = append(blocks, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		blocks = append(blocks, cur)
	}
	var all []string
	wrapped := false
	for _, b := range blocks {
		wrapped = wrapped || len(b) > 1
		all = append(all, b...)
	}
	var out []string
	switch {
	case len(blocks) > 1 && wrapped:
		for _, b := range blocks {
			out = append(out, join(b))
		}
	case 2*midSentence(all) >= len(all):
		var para []string
		for _, l := range all {
			para = append(para, l)
			if endsSentence(l) {
				out = append(out, join(para))
				para = nil
			}
		}
		if len(para) > 0 {
			out = append(out, join(para))
		}
	default:
		out = all
	}
	return out
}

// join joins the lines of one paragraph: a word broken at a hyphen
// ("900-" / "metre") is joined without a space.
func join(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 && !strings.HasSuffix(lines[i-1], "-") {
			b.WriteByte(' ')
		}
		b.WriteString(l)
	}
	return b.String()
}

func midSentence(lines []string) int {
	n := 0
	for _, l := range lines {
		if !endsSentence(l) {
			n++
		}
	}
	return n
}

// endsSentence reports whether a line ends as a sentence does: with a
// full stop, a question or exclamation mark, perhaps inside quotes.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, `"'”’)]`)
	return strings.HasSuffix(l, ".") || strings.HasSuffix(l, "!") || strings.HasSuffix(l, "?")
}
