package knowledge

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// EvalItem is one question of a question set (see ../shared/eval/README.md):
// an answerable question with the paragraphs it may cite and the words its
// answer must contain, or an out-of-scope question (OOS) to decline.
type EvalItem struct {
	ID   string     `json:"id"`
	Q    string     `json:"q"`
	Para []int      `json:"para"`
	Must [][]string `json:"must"`
	OOS  bool       `json:"oos"`
}

// ReadEvalSet reads a question set, one JSON object a line.
func ReadEvalSet(r io.Reader) ([]EvalItem, error) {
	var items []EvalItem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var it EvalItem
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

// EvalFailure is one question the engine got wrong.
type EvalFailure struct {
	ID, Why, Question, Answer string
}

// EvalReport holds the referee's figures for a question set.
type EvalReport struct {
	InScope, Correct, Wrong, Abstained int
	OOS, OOSDeclined                   int
	Misquoted, Uncited                 int
	Failures                           []EvalFailure
}

// Evaluate answers every question and scores it by the referee's rules
// (../shared/eval/score.py).
func Evaluate(e *Engine, items []EvalItem) EvalReport {
	var r EvalReport
	whole := e.pack.foldedText()
	for _, it := range items {
		a := e.Answer(it.Q)
		for _, c := range a.Citations {
			if q := foldQuote(c.Quote); q == "" || !strings.Contains(whole, q) {
				r.Misquoted++
			}
		}
		if it.OOS {
			r.OOS++
			if !a.Answered {
				r.OOSDeclined++
			} else {
				r.Failures = append(r.Failures, EvalFailure{it.ID, "answered out-of-scope", it.Q, a.Text})
			}
			continue
		}
		r.InScope++
		if !a.Answered {
			r.Abstained++
			r.Failures = append(r.Failures, EvalFailure{it.ID, "abstained", it.Q, a.Text})
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
			r.Failures = append(r.Failures, EvalFailure{it.ID, why, it.Q, a.Text})
		}
	}
	return r
}

func judge(it EvalItem, a Answer) string {
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
	ans := refereeNorm(a.Text)
	for _, group := range it.Must {
		found := false
		for _, alt := range group {
			found = found || strings.Contains(ans, refereeNorm(alt))
		}
		if !found {
			return fmt.Sprintf("answer lacks %v", group)
		}
	}
	return ""
}

var (
	refDashes   = regexp.MustCompile(`[\x{2010}-\x{2015}-]`)
	refGrouping = regexp.MustCompile(`(\d),(\d{3})`)
)

// refereeNorm is score.py's norm: lower case, one apostrophe, hyphens as
// spaces, no digit grouping, single spaces.
func refereeNorm(s string) string {
	s = strings.ToLower(quoteFolder.Replace(s))
	s = refDashes.ReplaceAllString(s, " ")
	for refGrouping.MatchString(s) {
		s = refGrouping.ReplaceAllString(s, "$1$2")
	}
	return strings.Join(strings.Fields(s), " ")
}

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// WriteTo prints the figures as score.py does.
func (r EvalReport) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "in-scope correct: %d/%d (%.1f%%)  wrong: %d  abstained: %d\n", r.Correct, r.InScope, pct(r.Correct, r.InScope), r.Wrong, r.Abstained)
	fmt.Fprintf(&b, "out-of-scope abstained: %d/%d (%.1f%%)\n", r.OOSDeclined, r.OOS, pct(r.OOSDeclined, r.OOS))
	fmt.Fprintf(&b, "misquoted citations: %d  answers without citation: %d\n", r.Misquoted, r.Uncited)
	total := r.Correct + r.OOSDeclined
	fmt.Fprintf(&b, "overall: %d/%d (%.1f%%)\n", total, r.InScope+r.OOS, pct(total, r.InScope+r.OOS))
	n, err := io.WriteString(w, b.String())
	return int64(n), err
}
