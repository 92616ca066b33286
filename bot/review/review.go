// Package review turns the question log into what a pack's curator acts
// on: how many questions were asked, answered and declined, day by day;
// the declined questions grouped, most asked first, each with a suggested
// edit to paste into pack.toml; and the answers people voted down. It
// renders the review as text, as JSON and as an HTML page.
package review

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"reportbot/bot/store"
	"reportbot/knowledge"
)

// Source is where the review reads from: a store.
type Source interface {
	Summary(ctx context.Context, since time.Time) (store.Summary, error)
}

// Report is the review of a period. Its JSON is what `review --json`
// prints.
type Report struct {
	Since      time.Time  `json:"since"`
	Questions  int        `json:"questions"`
	Answered   int        `json:"answered"`
	Declined   int        `json:"declined"`
	Helpful    int        `json:"helpful"`
	NotHelpful int        `json:"not_helpful"`
	Days       []Day      `json:"days"`
	Unanswered []Group    `json:"unanswered"`
	Disliked   []Disliked `json:"disliked"`
}

// Day is one UTC day's counts.
type Day struct {
	Day        string `json:"day"` // 2006-01-02
	Questions  int    `json:"questions"`
	Answered   int    `json:"answered"`
	Declined   int    `json:"declined"`
	Helpful    int    `json:"helpful"`
	NotHelpful int    `json:"not_helpful"`
}

// Group is declined questions that are one question: the same words in
// other spellings, or the same nearest entry turned down for the same
// reason.
type Group struct {
	Question   string   `json:"question"` // the spelling asked most
	Count      int      `json:"count"`
	Examples   []string `json:"examples"` // the other questions, most asked first
	Nearest    string   `json:"nearest"`
	Reason     string   `json:"reason"`
	Suggestion string   `json:"suggestion"` // TOML to paste into pack.toml
}

// Disliked is an answer people voted down, with the questions that got it.
type Disliked struct {
	Entry      string   `json:"entry"`
	Question   string   `json:"question"` // the entry's question
	Helpful    int      `json:"helpful"`
	NotHelpful int      `json:"not_helpful"`
	Examples   []string `json:"examples"` // questions that got it and a 👎
}

// maxExamples keeps a group readable.
const maxExamples = 5

// maxDays is the longest run of days a review shows one by one.
const maxDays = 92

// Build reviews a summary of the store since a time, with suggestions
// against the pack in use.
func Build(s store.Summary, p *knowledge.Pack, since, now time.Time) Report {
	r := Report{Since: since.UTC(), Days: []Day{}, Unanswered: []Group{}, Disliked: []Disliked{}}
	byDay := map[string]store.Day{}
	for _, d := range s.Days {
		byDay[d.Day.Format(time.DateOnly)] = d
		r.Questions += d.Questions
		r.Answered += d.Answered
		r.Declined += d.Decline
		r.Helpful += d.Helpful
		r.NotHelpful += d.NotHelpful
	}
	first := since.UTC().Truncate(24 * time.Hour)
	if last := now.UTC().Truncate(24 * time.Hour); last.Sub(first) > maxDays*24*time.Hour {
		first = last.AddDate(0, 0, -maxDays+1)
	}
	for day := first; !day.After(now.UTC()); day = day.AddDate(0, 0, 1) {
		k := day.Format(time.DateOnly)
		d := byDay[k]
		r.Days = append(r.Days, Day{Day: k, Questions: d.Questions, Answered: d.Answered, Declined: d.Decline, Helpful: d.Helpful, NotHelpful: d.NotHelpful})
	}
	r.Unanswered = group(s.Declined, p)
	r.Disliked = disliked(s.Voted, p)
	return r
}

// spelling is a question reduced to its words: case, punctuation and
// spacing are how it was typed, not what it asks.
func spelling(q string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

var number = regexp.MustCompile(`[0-9]+(\.[0-9]+)?`)

// guard is the guard a reason names ("score: score below 0.60" is the
// guard "score"), or for a reason without a name, the reason without its
// figures ("score below 0.60" and "score below 0.55" are one guard). The
// words the pack did not know are not the guard.
func guard(reason string) string {
	if strings.HasPrefix(reason, "unknown words:") {
		return ""
	}
	reason, _, _ = strings.Cut(reason, "; unknown words:")
	if name, _, ok := strings.Cut(reason, ": "); ok && !strings.Contains(name, " ") {
		return name
	}
	return number.ReplaceAllString(reason, "N")
}

// group joins declines asked in other spellings, then those whose nearest
// entry was turned down by the same guard, and orders them most asked
// first.
func group(declined []store.Declined, p *knowledge.Pack) []Group {
	type text struct {
		question string
		count    int
	}
	type acc struct {
		texts           map[string]*text // by spelling
		count           int
		nearest, reason string
		confidence      float64
	}
	// the most asked first, so that they name their groups; the same
	// review every time
	declined = slices.Clone(declined)
	slices.SortFunc(declined, func(a, b store.Declined) int {
		return cmp.Or(b.Count-a.Count, cmp.Compare(a.Question, b.Question), cmp.Compare(a.Nearest, b.Nearest), cmp.Compare(a.Reason, b.Reason))
	})
	var order []*acc
	bySpelling := map[string]*acc{}
	byGuard := map[[2]string]*acc{}
	for _, d := range declined {
		sp := spelling(d.Question)
		g := bySpelling[sp]
		if g == nil && d.Nearest != "" {
			g = byGuard[[2]string{d.Nearest, guard(d.Reason)}]
		}
		if g == nil {
			g = &acc{texts: map[string]*text{}, nearest: d.Nearest, reason: d.Reason}
			order = append(order, g)
		}
		bySpelling[sp] = g
		if d.Nearest != "" {
			byGuard[[2]string{d.Nearest, guard(d.Reason)}] = g
		}
		g.count += d.Count
		if d.Confidence > g.confidence {
			g.confidence = d.Confidence
		}
		t := g.texts[sp]
		if t == nil {
			t = &text{question: d.Question}
			g.texts[sp] = t
		}
		t.count += d.Count
		if g.nearest == "" && d.Nearest != "" {
			g.nearest, g.reason = d.Nearest, d.Reason
		}
	}
	out := make([]Group, 0, len(order))
	for _, g := range order {
		var texts []*text
		for _, t := range g.texts {
			texts = append(texts, t)
		}
		slices.SortFunc(texts, func(a, b *text) int {
			return cmp.Or(b.count-a.count, cmp.Compare(a.question, b.question))
		})
		grp := Group{Question: texts[0].question, Count: g.count, Examples: []string{}, Nearest: g.nearest, Reason: g.reason}
		var asked []string
		for i, t := range texts {
			asked = append(asked, t.question)
			if i > 0 && len(grp.Examples) < maxExamples {
				grp.Examples = append(grp.Examples, t.question)
			}
		}
		grp.Suggestion = suggest(asked, g.nearest, g.reason, g.confidence, p)
		out = append(out, grp)
	}
	slices.SortStableFunc(out, func(a, b Group) int {
		return cmp.Or(b.Count-a.Count, cmp.Compare(a.Question, b.Question))
	})
	return out
}

// nearScore is the least confidence at which a decline may be its
// nearest entry asked in other words.
const nearScore = 0.45

// askedDifferently says whether a decline is its nearest entry asked in
// other words, so that the fix is a phrasing: the entry came close
// (nearScore) and was turned down only for matching too weakly, and the
// pack knows every word of the question. Any other guard (another entity,
// role, key word or kind of question; known words the entry lacks), or a
// word the pack has never seen ("tank"), says the question is about
// something else: a new entry, if the report says.
func askedDifferently(reason string, confidence float64) bool {
	switch g := guard(reason); {
	case confidence < nearScore || strings.Contains(reason, "unknown words"):
		return false
	case g == "score" || g == "coverage":
		return true
	default: // a reason without a guard's name, as explanations gave before
		return strings.HasPrefix(g, "score below") || strings.HasPrefix(g, "covers under")
	}
}

// suggest is the edit to pack.toml that would answer the questions: lines
// adding them as phrasings of the nearest entry, or a new entry's
// skeleton to fill in from the report.
func suggest(questions []string, nearest, reason string, confidence float64, p *knowledge.Pack) string {
	var b strings.Builder
	if e, ok := entry(p, nearest); ok && askedDifferently(reason, confidence) {
		if len(e.Phrasings) == 0 {
			fmt.Fprintf(&b, "# pack.toml, [[entry]] id = %q: add\n", e.ID)
			b.WriteString("phrasings = [")
			for i, q := range questions {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(strconv.Quote(q))
			}
			b.WriteString("]\n")
			return b.String()
		}
		fmt.Fprintf(&b, "# pack.toml, [[entry]] id = %q: add to its phrasings\n", e.ID)
		for _, q := range questions {
			fmt.Fprintf(&b, "  %s,\n", strconv.Quote(q))
		}
		return b.String()
	}
	topic := ""
	if e, ok := entry(p, nearest); ok {
		topic = e.Topic
		fmt.Fprintf(&b, "# new entry: the nearest, %q, is not it (%.2f: %s)\n", nearest, confidence, reason)
	} else {
		b.WriteString("# new entry: no entry is near\n")
	}
	b.WriteString("# fill in answer and cite from the report; if the report does not say, leave it declined\n")
	fmt.Fprintf(&b, "[[entry]]\nid = %q\ntopic = %q\nquestion = %s\n", slug(questions[0]), topic, strconv.Quote(questions[0]))
	if len(questions) > 1 {
		b.WriteString("phrasings = [")
		for i, q := range questions[1:] {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.Quote(q))
		}
		b.WriteString("]\n")
	}
	b.WriteString("answer = \"\"\ncite = [\n  { paragraph = 0, quote = \"\" },\n]\n")
	return b.String()
}

func entry(p *knowledge.Pack, id string) (knowledge.Entry, bool) {
	if p == nil || id == "" {
		return knowledge.Entry{}, false
	}
	for _, e := range p.Entries {
		if e.ID == id {
			return e, true
		}
	}
	return knowledge.Entry{}, false
}

// slug makes an entry id from a question: its first words, lower case,
// joined by dashes.
func slug(q string) string {
	words := strings.Fields(spelling(q))
	if len(words) > 6 {
		words = words[:6]
	}
	var keep []string
	for _, w := range words {
		if strings.IndexFunc(w, func(r rune) bool { return r > unicode.MaxASCII }) < 0 {
			keep = append(keep, w)
		}
	}
	if len(keep) == 0 {
		return "new-entry"
	}
	return strings.Join(keep, "-")
}

// disliked lists the answered entries with any 👎, most 👎 first, with
// the questions that got them.
func disliked(voted []store.Voted, p *knowledge.Pack) []Disliked {
	type acc struct {
		Disliked
		examples map[string]int
	}
	byEntry := map[string]*acc{}
	for _, v := range voted {
		if v.Outcome != "answered" || v.Entry == "" {
			continue
		}
		a := byEntry[v.Entry]
		if a == nil {
			a = &acc{Disliked: Disliked{Entry: v.Entry, Examples: []string{}}, examples: map[string]int{}}
			if e, ok := entry(p, v.Entry); ok {
				a.Question = e.Question
			}
			byEntry[v.Entry] = a
		}
		a.Helpful += v.Helpful
		a.NotHelpful += v.NotHelpful
		if v.NotHelpful > 0 {
			a.examples[v.Question] += v.NotHelpful
		}
	}
	out := []Disliked{}
	for _, a := range byEntry {
		if a.NotHelpful == 0 {
			continue
		}
		var qs []string
		for q := range a.examples {
			qs = append(qs, q)
		}
		slices.SortFunc(qs, func(x, y string) int { return cmp.Or(a.examples[y]-a.examples[x], cmp.Compare(x, y)) })
		a.Examples = qs[:min(len(qs), maxExamples)]
		if a.Question == "" { // an entry since removed from the pack
			a.Question = qs[0]
		}
		out = append(out, a.Disliked)
	}
	slices.SortFunc(out, func(x, y Disliked) int {
		return cmp.Or(y.NotHelpful-x.NotHelpful, x.Helpful-y.Helpful, cmp.Compare(x.Entry, y.Entry))
	})
	return out
}

// ParseSince reads how far back a review goes: a number of days ("7d"), a
// Go duration ("36h"), or a date ("2026-11-01", UTC).
func ParseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if n, ok := strings.CutSuffix(s, "d"); ok {
		if days, err := strconv.Atoi(n); err == nil && days > 0 {
			return now.AddDate(0, 0, -days), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return now.Add(-d), nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("since %q: want a number of days (7d), hours (36h) or a date (2006-01-02)", s)
}
