package initpack

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"reportbot/knowledge"
)

// Generate writes the pack.toml of a report: what to curate first, in
// comments; [meta]; two entries that need no curator (where the report
// comes from, and its first sentence as what it is about); and the
// generic synonyms. Everything else is answered from the report's
// sentences until a curator writes entries for it.
func Generate(r Report, opts Options) string {
	var b strings.Builder
	from := opts.From
	if from == "" {
		from = "a report"
	}
	fmt.Fprintf(&b, "# The knowledge pack for report.txt, beside this file, written by\n# `reportbot init` from %s.\n", from)
	b.WriteString(header)
	curateFirst(&b, r)

	lede, ledeAt := r.lede()
	title := cmp.Or(opts.Title, r.title(lede))
	b.WriteString("\n[meta]\n")
	fmt.Fprintf(&b, "title = %s\n", quote(title))
	fmt.Fprintf(&b, "source = %s\n", quote(r.Source()))
	b.WriteString("# covers = \"the dates the report's figures cover\"\n")

	b.WriteString("\n# Two entries init could write alone; the rest is yours (see above).\n")
	b.WriteString("\n[[entry]]\n")
	b.WriteString("id = \"source\"\ntopic = \"report\"\n")
	b.WriteString("question = \"Where does this report come from?\"\n")
	b.WriteString("phrasings = [\"What is the source?\", \"source\", \"Who published this?\", \"Where was this published?\"]\n")
	fmt.Fprintf(&b, "answer = %s\n", quote("It comes from "+strings.TrimSuffix(r.Source(), ".")+"."))
	b.WriteString("related = [\"summary\"]\n")
	fmt.Fprintf(&b, "cite = [{ paragraph = 0, quote = %s }]\n", quote(r.SourceLine))

	b.WriteString("\n[[entry]]\n")
	b.WriteString("id = \"summary\"\ntopic = \"report\"\n")
	b.WriteString("question = \"What is the report about?\"\n")
	b.WriteString("phrasings = [\"summary\", \"What happened?\", \"What is this about?\", \"What is the story?\", \"Give me a summary\"]\n")
	b.WriteString("# the report's first sentence, as it stands: write it shorter, in plain words\n")
	fmt.Fprintf(&b, "answer = %s\n", quote(lede))
	b.WriteString("related = [\"source\"]\n")
	fmt.Fprintf(&b, "cite = [{ paragraph = %d, quote = %s }]\n\n", ledeAt, quote(lede))

	b.WriteString(generic)
	return b.String()
}

const header = `#
# It answers at once. A question no entry below answers is answered from
# the report's own sentences, when one of them holds the whole question:
# every word the question uses, and what it asks for (a number for "how
# many", a date for "when", a place for "where", a name for "who"). The
# answer is that sentence, cited. Entries you write come first: they
# answer questions worded in other words than the report's, and say it
# shorter. docs/pack.md is the curator's guide. After each edit:
#
#   reportbot check -pack DIR                      until it says "pack ok"
#   reportbot ask -pack DIR --explain "a question"  how it was read, and why
#                                                   it was answered or not
`

// curateFirst writes, in comments, what a curator should do first with
// this report: its names, its figures and dates, its first questions.
func curateFirst(b *strings.Builder, r Report) {
	b.WriteString("#\n# What to curate first, in this order:\n#\n")
	b.WriteString(wrapComment(`1. The names. Make each person, place, body or thing a question may name an entity synonym, with the other ways people write it (a surname alone, an abbreviation, the adjective); give a person who acts for a body for = "the body". A question naming an entity is then answered only by what speaks of it, and one naming another declined. The report names (paragraphs):`))
	var names []string
	for _, n := range reportNames(r.Paragraphs) {
		names = append(names, fmt.Sprintf("%s (%s)", n.name, joinInts(n.paragraphs)))
	}
	b.WriteString(wrapList(names))
	b.WriteString("#\n")
	b.WriteString(wrapComment(`2. The figures and dates: an entry for each, with the questions that ask it ("How much did it cost?"), and a key synonym for what it counts or measures, so that a question about another figure is not answered by it. The sentences that give them:`))
	for _, s := range sentencesGiving(r.Paragraphs, "how many", "how long", "when") {
		b.WriteString("#      " + s + "\n")
	}
	b.WriteString("#\n")
	b.WriteString(wrapComment(`3. The questions readers ask first: what happened (the summary entry below answers it with the first sentence: write it shorter), who did it and who said what, why it matters (often the last paragraphs), what happens next. Write each as an entry with the ways people ask it as phrasings.`))
	b.WriteString("#\n")
	b.WriteString(wrapComment(`4. The words readers use that the report does not: slang, abbreviations, other spellings, as word synonyms; and a word that says another thing than the report's ("reopen" is not "open", "killed" is not "injured") as a key synonym.`))
	b.WriteString("#\n")
}

// lede is the report's first sentence after any headline, and its
// paragraph.
func (r Report) lede() (string, int) {
	n := 0
	if r.Headline {
		n = 1
	}
	return knowledge.Sentences(r.Paragraphs[n])[0], n + 1
}

// title is the headline, or else the start of the first sentence.
func (r Report) title(lede string) string {
	if r.Headline {
		return r.Paragraphs[0]
	}
	return cut(strings.TrimRight(lede, ".!?"), 80)
}

// A name is a run of capitalised words the report uses, and the
// paragraphs it is in.
type name struct {
	name       string
	paragraphs []int
}

// reportNames finds the names in the paragraphs: runs of words with a
// capital ("Gull Point", "University of Porto"). A sentence's first word
// is a name only if the report never writes it lower-case, and, alone,
// writes it with a capital in the middle of a sentence too ("The",
// "Residents" are no names; "Tomas Reyes" and "Carvalho said" are).
func reportNames(paragraphs []string) []name {
	lower := map[string]bool{}
	midCap := map[string]bool{}
	for _, p := range paragraphs {
		for _, s := range knowledge.Sentences(p) {
			for i, w := range words(s) {
				if !isCapital(w) {
					lower[strings.ToLower(w)] = true
				} else if i > 0 {
					midCap[w] = true
				}
			}
		}
	}
	var out []name
	at := map[string]int{}
	for n, p := range paragraphs {
		for _, s := range knowledge.Sentences(p) {
			ws := words(s)
			for i := 0; i < len(ws); {
				if !isCapital(ws[i]) || notNames[strings.ToLower(ws[i])] {
					i++
					continue
				}
				j := i + 1
				for j < len(ws) && (isCapital(ws[j]) && !notNames[strings.ToLower(ws[j])] || connectors[ws[j]] && j+1 < len(ws) && isCapital(ws[j+1])) {
					j++
				}
				run := ws[i:j]
				if i == 0 && (lower[strings.ToLower(run[0])] || len(run) == 1 && !midCap[run[0]]) {
					run = run[1:] // "The", "Residents": a sentence's first word
				}
				i = j
				if len(run) == 0 {
					continue
				}
				key := strings.Join(run, " ")
				k, ok := at[key]
				if !ok {
					k = len(out)
					at[key] = k
					out = append(out, name{name: key})
				}
				if !slices.Contains(out[k].paragraphs, n+1) {
					out[k].paragraphs = append(out[k].paragraphs, n+1)
				}
			}
		}
	}
	return out
}

// words cuts a sentence into its words as written, without the
// punctuation around them or a possessive ("Saltmere's").
func words(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func isCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

var (
	// connectors join the words of one name ("University of Porto").
	connectors = map[string]bool{"of": true, "de": true, "da": true, "do": true, "dos": true, "van": true, "von": true, "der": true, "del": true, "la": true, "le": true, "al": true, "bin": true}
	// notNames are capitalised words that are no name.
	notNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
		"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
		"i": true}
)

// sentencesGiving lists the sentences that give any of the kinds of
// answer, as "¶N: sentence", each cut to a line.
func sentencesGiving(paragraphs []string, kinds ...string) []string {
	var out []string
	for n, p := range paragraphs {
		for _, s := range knowledge.Sentences(p) {
			if slices.ContainsFunc(knowledge.Gives(s), func(k string) bool { return slices.Contains(kinds, k) }) {
				out = append(out, cut(fmt.Sprintf("¶%d: %s", n+1, s), 72))
			}
		}
	}
	return out
}

// cut cuts s to n characters at a word, with "…" if it was longer.
func cut(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	t := string(rs[:n])
	if i := strings.LastIndex(t, " "); i > 0 {
		t = t[:i]
	}
	return strings.TrimRight(t, ",;:") + " …"
}

// wrapComment wraps a paragraph of prose as a comment, its first line
// indented as a list's item is.
func wrapComment(text string) string {
	var b strings.Builder
	line := "#"
	for i, w := range strings.Fields(text) {
		if i > 0 && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > 76 {
			b.WriteString(line + "\n")
			line = "#   "
		}
		line += " " + w
	}
	b.WriteString(line + "\n")
	return b.String()
}

// wrapList writes items as a comment, as many to a line as fit.
func wrapList(items []string) string {
	if len(items) == 0 {
		return "#      (none found)\n"
	}
	var b strings.Builder
	line := "#     "
	for i, it := range items {
		sep := " "
		if i < len(items)-1 {
			it += ","
		}
		if line != "#     " && utf8.RuneCountInString(line)+len(sep)+utf8.RuneCountInString(it) > 76 {
			b.WriteString(line + "\n")
			line = "#     "
		}
		line += sep + it
	}
	b.WriteString(line + "\n")
	return b.String()
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, ", ")
}

// quote writes s as a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
