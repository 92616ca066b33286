package review

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteText writes the review for a terminal.
func WriteText(w io.Writer, r Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Review since %s: %d questions, %d answered, %d declined; %d helpful (👍), %d not helpful (👎)\n",
		r.Since.Format(time.DateTime+" MST"), r.Questions, r.Answered, r.Declined, r.Helpful, r.NotHelpful)
	b.WriteString("\nBy day (UTC):\n")
	fmt.Fprintf(&b, "  %-10s %9s %9s %9s %4s %4s\n", "day", "questions", "answered", "declined", "👍", "👎")
	for _, d := range r.Days {
		fmt.Fprintf(&b, "  %-10s %9d %9d %9d %4d %4d\n", d.Day, d.Questions, d.Answered, d.Declined, d.Helpful, d.NotHelpful)
	}
	b.WriteString("\nDeclined, most asked first:\n")
	if len(r.Unanswered) == 0 {
		b.WriteString("  none\n")
	}
	for i, g := range r.Unanswered {
		fmt.Fprintf(&b, "\n%d. %q, asked %s\n", i+1, g.Question, times(g.Count))
		for _, e := range g.Examples {
			fmt.Fprintf(&b, "   also: %q\n", e)
		}
		if g.Nearest != "" {
			fmt.Fprintf(&b, "   nearest: %s (%s)\n", g.Nearest, g.Reason)
		} else {
			b.WriteString("   nearest: none\n")
		}
		b.WriteString("   suggestion:\n")
		for line := range strings.Lines(g.Suggestion) {
			b.WriteString("     " + line)
		}
	}
	b.WriteString("\nAnswers voted not helpful, most first:\n")
	if len(r.Disliked) == 0 {
		b.WriteString("  none\n")
	}
	for _, d := range r.Disliked {
		fmt.Fprintf(&b, "  %s: %d 👎, %d 👍: %q\n", d.Entry, d.NotHelpful, d.Helpful, d.Question)
		for _, e := range d.Examples {
			fmt.Fprintf(&b, "    asked as %q\n", e)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the review as one JSON object.
func WriteJSON(w io.Writer, r Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}
