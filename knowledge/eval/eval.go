// Package eval scores the engine on question sets by the shared referee's
// rules (../shared/eval/README.md and score.py): which questions it answers
// right, answers wrongly or declines, and whether every quote it shows is
// the report's own. It is a client of the engine, as the referee is.
//
// The sets are in testdata/, each named in testdata/sets.toml (its style,
// the score it had when first run and the bar it must meet: see Manifest).
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"reportbot/knowledge"
)

// Item is one question of a question set: an answerable question with the
// paragraphs it may cite and the words its answer must contain, or an
// out-of-scope question (OOS) to decline.
type Item struct {
	ID   string     `json:"id"`
	Q    string     `json:"q"`
	Para []int      `json:"para"`
	Must [][]string `json:"must"`
	OOS  bool       `json:"oos"`
	// Conv names the conversation the question is a turn of; Clarify marks
	// a follow-up that its conversation leaves unclear, to be declined
	// (counted with the out-of-scope ones, as the referee does). The
	// items of one conversation are asked in order, each with the ones
	// before as its context, as ask --json reads them.
	Conv    string `json:"conv"`
	Clarify bool   `json:"clarify"`
}

// ReadSet reads a question set, one JSON object a line.
func ReadSet(r io.Reader) ([]Item, error) {
	var items []Item
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var it Item
		if err := json.Unmarshal([]byte(line), &it); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if it.Q == "" {
			return nil, fmt.Errorf("line %d: no question (\"q\")", n)
		}
		items = append(items, it)
	}
	return items, sc.Err()
}

// Failure is one question the engine got wrong.
type Failure struct {
	ID, Why, Question, Answer string
}

// Report holds the referee's figures for a question set.
type Report struct {
	InScope, Correct, Wrong, Abstained int
	OOS, OOSDeclined                   int
	Misquoted, Uncited                 int
	Failures                           []Failure
}

// Evaluate answers every question and scores it by the referee's rules.
func Evaluate(e *knowledge.Engine, items []Item) Report {
	var r Report
	p := e.Pack()
	// as score.py reads the report: every line, the source line too
	whole := quoteNorm(strings.Join(append(append([]string(nil), p.Paragraphs...), p.SourceLine), " "))
	convs := map[string]knowledge.Conversation{}
	for _, it := range items {
		// a plain item is a conversation of its own, as a plain line is,
		// and goes as one line, its line breaks spaces (as score.py sends
		// it); a turn goes as JSON, line breaks and all
		q := it.Q
		if it.Conv == "" {
			q = strings.ReplaceAll(q, "\n", " ")
		}
		a, c := e.AnswerIn(convs[it.Conv], q)
		if it.Conv != "" {
			convs[it.Conv] = c
		}
		for _, c := range a.Citations {
			if q := quoteNorm(c.Quote); q == "" || !strings.Contains(whole, q) {
				r.Misquoted++
			}
		}
		if it.OOS || it.Clarify {
			r.OOS++
			if !a.Answered {
				r.OOSDeclined++
			} else {
				r.Failures = append(r.Failures, Failure{it.ID, "answered out-of-scope", it.Q, a.Text})
			}
			continue
		}
		r.InScope++
		if !a.Answered {
			r.Abstained++
			r.Failures = append(r.Failures, Failure{it.ID, "abstained", it.Q, a.Text})
			continue
		}
		if len(a.Citations) == 0 {
			r.Uncited++
		}
		why := judge(it, a)
		if why == "" {
			r.Correct++
		} else {
			r.Wrong++
			r.Failures = append(r.Failures, Failure{it.ID, why, it.Q, a.Text})
		}
	}
	return r
}

// judge says why an answer to an answerable question is wrong, or "".
func judge(it Item, a knowledge.Answer) string {
	if len(a.Citations) == 0 {
		return "no citation"
	}
	if len(it.Para) > 0 {
		ok := false
		for _, c := range a.Citations {
			for _, p := range it.Para {
				ok = ok || c.Paragraph == p
			}
		}
		if !ok {
			var got []int
			for _, c := range a.Citations {
				got = append(got, c.Paragraph)
			}
			return fmt.Sprintf("wrong paragraph %v", got)
		}
	}
	ans := norm(a.Text)
	for _, group := range it.Must {
		found := false
		for _, alt := range group {
			found = found || strings.Contains(ans, norm(alt))
		}
		if !found {
			return fmt.Sprintf("answer lacks %v", group)
		}
	}
	return ""
}

// The referee's two ways of comparing text, as score.py writes them: they
// are its rules, kept apart from the engine's, so that a bug in the
// engine's folding cannot hide a misquote.
var (
	apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'")
	quotes      = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)
	dashes      = regexp.MustCompile(`[\x{2010}-\x{2015}-]`)
	grouping    = regexp.MustCompile(`(\d),(\d{3})`)
)

// norm is score.py's norm, for answers and the words they must contain:
// lower case, one apostrophe, hyphens as spaces, no digit grouping, single
// spaces.
func norm(s string) string {
	s = apostrophes.Replace(strings.ToLower(s))
	s = dashes.ReplaceAllString(s, " ")
	for grouping.MatchString(s) {
		s = grouping.ReplaceAllString(s, "$1$2")
	}
	return strings.Join(strings.Fields(s), " ")
}

// quoteNorm is score.py's quote_norm, for quotes and the report: curly and
// straight quotes alike, single spaces.
func quoteNorm(s string) string {
	return strings.Join(strings.Fields(quotes.Replace(s)), " ")
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// WriteTo prints the figures as score.py does.
func (r Report) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "in-scope correct: %d/%d (%.1f%%)  wrong: %d  abstained: %d\n", r.Correct, r.InScope, pct(r.Correct, r.InScope), r.Wrong, r.Abstained)
	fmt.Fprintf(&b, "out-of-scope abstained: %d/%d (%.1f%%)\n", r.OOSDeclined, r.OOS, pct(r.OOSDeclined, r.OOS))
	fmt.Fprintf(&b, "misquoted citations: %d  answers without citation: %d\n", r.Misquoted, r.Uncited)
	total := r.Correct + r.OOSDeclined
	fmt.Fprintf(&b, "overall: %d/%d (%.1f%%)\n", total, r.InScope+r.OOS, pct(total, r.InScope+r.OOS))
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}
