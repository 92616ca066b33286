package knowledge

import (
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Suggest returns up to n of the pack's questions for what a user has typed
// so far, best first; for nothing typed, good starting questions. The last
// word, while it is being typed, is completed against the pack's vocabulary
// with fuzzy subsequence matching ("kur" finds "kursk"). fuzzy scores one
// word at a time here: its score overflows on very long matches, and it is
// order-sensitive, which suits one word but not a whole question.
func (e *Engine) Suggest(typed string, n int) []string {
	if n <= 0 {
		return []string{}
	}
	if n > len(e.pack.Entries) {
		n = len(e.pack.Entries)
	}
	if utf8.RuneCountInString(typed) > MaxQuestionRunes {
		typed = string([]rune(typed)[:MaxQuestionRunes])
	}
	ws := splitWords(typed)
	if len(ws) == 0 {
		return e.questions(e.starters(n))
	}
	if last := typed[len(typed)-1]; last != ' ' && last != '?' {
		// The last word is still being typed: complete it, or drop it when
		// one letter says too little.
		if partial := ws[len(ws)-1]; utf8.RuneCountInString(partial) >= 2 {
			ws[len(ws)-1] = e.completeWord(partial)
		} else {
			ws = ws[:len(ws)-1]
		}
	}
	an := e.an.analyzeWords(ws, true)
	out := []string{}
	for _, c := range e.rank(uniqueTerms(an.terms), an, n) {
		if len(out) == n {
			break
		}
		out = append(out, e.pack.Entries[c.entry].Question)
	}
	if len(out) == 0 {
		return e.questions(e.starters(n))
	}
	return out
}

// completeWord returns the pack word that best completes a partly typed
// word, or the word itself.
func (e *Engine) completeWord(w string) string {
	if e.an.known[w] {
		return w
	}
	var best string
	bestScore := 0
	for _, m := range fuzzy.Find(w, e.vocab) {
		// prefer words that start like the typed word, then fuzzy's score
		s := m.Score
		if strings.HasPrefix(m.Str, w) {
			s += 1000
		}
		// ties go to the first in the alphabet, whatever vocab's order
		if best == "" || s > bestScore || s == bestScore && m.Str < best {
			best, bestScore = m.Str, s
		}
	}
	if best == "" {
		return w
	}
	return best
}

// suggestionsFor returns the best-ranked entries, or good starting
// entries when nothing matched.
func (e *Engine) suggestionsFor(cands []candidate, n int) []int {
	var out []int
	for _, c := range cands {
		if len(out) == n {
			break
		}
		out = append(out, c.entry)
	}
	if len(out) == 0 {
		return e.starters(n)
	}
	return out
}

// starters are good first questions: the first entry of each topic, then
// the next of each, and so on.
func (e *Engine) starters(n int) []int {
	var out []int
	used := make([]bool, len(e.pack.Entries))
	for len(out) < n && len(out) < len(e.pack.Entries) {
		seen := map[string]bool{}
		for i, en := range e.pack.Entries {
			if len(out) == n {
				break
			}
			if !used[i] && !seen[en.Topic] {
				seen[en.Topic], used[i] = true, true
				out = append(out, i)
			}
		}
	}
	return out
}

func (e *Engine) questions(entries []int) []string {
	out := make([]string, len(entries))
	for i, en := range entries {
		out[i] = e.pack.Entries[en].Question
	}
	return out
}

// completionVocab lists the words a partly typed word may be completed to,
// in the map's order: completeWord breaks ties itself.
func completionVocab(known map[string]bool) []string {
	out := make([]string, 0, len(known))
	for w := range known {
		if len(w) >= 3 && !isNumber(w) {
			out = append(out, w)
		}
	}
	return out
}
