package knowledge

import (
	"maps"
	"regexp"
	"slices"
	"strings"
)

// A reader may ask about the report rather than about what it tells: "does
// the report say that Russia improved the KN-23?", "does the article
// mention who made the offer?", "is it stated that Seoul will take them
// in?". The report says nothing of itself, so the question is the one
// inside the frame: a wh-clause is asked as it stands ("who made the
// offer?"), a clause after "that", "whether" or "if", or with none, is asked
// yes or no as a claim ("Russia improved the KN-23?"), and whatever is not
// in the report is declined as any question is, never told "Yes". The
// words of the frame, the report's names for itself and the verbs of
// saying, are the pack's ([report_frame] in pack.toml).

// ReportFrame lists the words of a question put about the report itself.
type ReportFrame struct {
	// Nouns name the report ("report", "article", "it").
	Nouns []string `toml:"nouns"`
	// Verbs say what it does with a claim, in their plain form ("say",
	// "mention", "state"); their -s, -ed and -ing forms are read too, and
	// an irregular form is listed as a verb of its own ("said").
	Verbs []string `toml:"verbs"`
}

// reportFrame reads the frames of a pack: nil if it lists no nouns or no
// verbs.
type reportFrame struct {
	// active: "does the report (really) say (that) ...";
	// passive: "is it stated (in the report) (that) ...", read first
	// ("it" is also a name of the report).
	active, passive *regexp.Regexp
}

// frameVerbForms returns the forms of the verbs f lists (verbForms of
// each). NewEngine builds it once and gives it to each reader of the
// frame's verbs: newReportFrame, mentionVerbsOf and anythingWordsOf.
func frameVerbForms(f ReportFrame) map[string]bool {
	out := map[string]bool{}
	for _, v := range f.Verbs {
		for _, w := range verbForms(v) {
			out[w] = true
		}
	}
	return out
}

// newReportFrame builds the readers of the frames f lists; verbs are the
// forms of its verbs (frameVerbForms). Every form ends at a word
// boundary, so no two match at one place and their order is free.
func newReportFrame(f ReportFrame, verbs map[string]bool) *reportFrame {
	if len(f.Nouns) == 0 || len(f.Verbs) == 0 {
		return nil
	}
	var nouns, forms []string
	for _, n := range f.Nouns {
		nouns = append(nouns, regexp.QuoteMeta(n))
	}
	for _, w := range slices.Sorted(maps.Keys(verbs)) {
		forms = append(forms, regexp.QuoteMeta(w))
	}
	noun := `(?:(?:the|this|that)\s+)?(?:` + strings.Join(nouns, "|") + `)`
	verb := `(?:` + strings.Join(forms, "|") + `)\b`
	rest := `\s+(?:(?:that|whether|if)\s+)?`
	return &reportFrame{
		active: regexp.MustCompile(`(?i)^(?:` + strings.Join(frameOpenings, "|") + `)\s+` + noun +
			`\s+(?:(?:actually|even|ever|really|also|explicitly|specifically|clearly|directly)\s+)?` + verb + rest),
		passive: regexp.MustCompile(`(?i)^(?:is|was)\s+it\s+` + verb + `(?:\s+(?:in|by)\s+` + noun + `)?` + rest),
	}
}

// verbForms returns the forms of the plain verb v read in a frame:
// "state", "states", "stating", "stated"; "specify", "specifies",
// "specifying", "specified". An irregular form is listed as a verb of its
// own ("said"): the forms made of it match nothing.
func verbForms(v string) []string {
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		stem := v[:len(v)-1]
		return []string{v, stem + "ies", v + "ing", stem + "ied"}
	case strings.HasSuffix(v, "e"):
		return []string{v, v + "s", v[:len(v)-1] + "ing", v + "d"}
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch"):
		return []string{v, v + "es", v + "ing", v + "ed"}
	}
	return []string{v, v + "s", v + "ing", v + "ed"}
}

// unframe returns the question without a frame about the report around
// any of its sentences, and whether it had one: "Does the report state
// whether Ukraine has accepted?" is "Ukraine has accepted?". A sentence
// with only stop words after the frame keeps it ("does the article really
// say that": "that" names what came before).
func (f *reportFrame) unframe(question string) (string, bool) {
	if f == nil {
		return question, false
	}
	framed := false
	for s := range sentencesOf(question) {
		if framed = opensFrame(s); framed {
			break
		}
	}
	if !framed {
		return question, false // most questions: none opens a frame, nothing cut
	}
	sentences := splitMessage(question)
	changed := false
	for i, s := range sentences {
		if !opensFrame(s) {
			continue // most sentences: no regular expression run
		}
		for _, re := range []*regexp.Regexp{f.passive, f.active} {
			loc := re.FindStringIndex(s)
			if loc == nil {
				continue
			}
			if rest := s[loc[1]:]; slices.ContainsFunc(sentenceWords(rest), func(w string) bool { return !stopWords[w] }) {
				if slices.ContainsFunc(splitWords(s[loc[0]:loc[1]]), func(w string) bool { return namingImperatives[w] }) {
					// "does it name the official Cho spoke with?"
					// asks which one, as "name the official ..."
					// does (see sentenceReadings)
					rest = "name " + rest
				}
				sentences[i], changed = rest, true
				break
			}
		}
	}
	if !changed {
		return question, false
	}
	return strings.Join(sentences, " "), true
}

// frameOpenings are the words a frame opens with (see newReportFrame).
var frameOpenings = []string{"do", "does", "did", "is", "was", "has", "can"}

// opensFrame reports whether sentence s opens with a word a frame opens
// with, in any case.
func opensFrame(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return slices.ContainsFunc(frameOpenings, func(o string) bool { return strings.EqualFold(w, o) })
}

// checkReportFrame adds a problem for each word of the pack's report frame
// that cannot be read: each is one plain lower-case word, listed once in its list.
func (v *validator) checkReportFrame(f ReportFrame) {
	for _, l := range []struct {
		key   string
		words []string
	}{{"nouns", f.Nouns}, {"verbs", f.Verbs}} {
		seen := map[string]bool{}
		for _, w := range l.words {
			switch {
			case !lowerWord(w):
				v.add(PackFile, "report_frame", "%s: %q is not one plain lower-case word", l.key, w)
			case seen[w]:
				v.add(PackFile, "report_frame", "%s: %q is listed twice", l.key, w)
			}
			seen[w] = true
		}
	}
	if (len(f.Nouns) == 0) != (len(f.Verbs) == 0) {
		v.add(PackFile, "report_frame", "list both nouns and verbs, or neither")
	}
}

// lowerWord reports whether w is one word of lower-case ASCII letters.
func lowerWord(w string) bool {
	return w != "" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == ""
}
