package knowledge

import (
	"fmt"
	"strings"
)

// Explain tells why the engine answers a question as it does: the terms it
// read, each entry it considered with its scores and the guard that turned
// it down (or "ok"), each way it asked the question again, and the
// outcome. It is for curators tuning a pack. It runs the steps Answer runs
// and only records them, so it never tells another story than the answer.
func (e *Engine) Explain(question string) string {
	return e.ExplainIn(Conversation{alone: true}, question)
}

// ExplainIn is Explain for a message of a conversation: it also tells how
// the message was read with what came before (a reference resolved, a
// fragment merged, a question asked back).
func (e *Engine) ExplainIn(c Conversation, message string) string {
	var tr trace
	a, _ := e.converse(c, message, &tr)
	switch a.Outcome {
	case Answered:
		fmt.Fprintf(&tr.b, "answered by %s (confidence %.2f)\n", a.EntryID, a.Confidence)
	default:
		fmt.Fprintf(&tr.b, "%s\n", a.Outcome)
	}
	return tr.b.String()
}

// A trace records what answer did with one question, for Explain. Its
// methods do nothing on a nil trace, as Answer passes, so that answering
// pays nothing for it.
type trace struct {
	b strings.Builder
	// verdicts are the candidates checked, in order, and the guard that
	// turned each down (nil for the one answered).
	verdicts []verdict
	// quiet records nothing but the terms read, into terms: a
	// conversation keeps what a question named without reading it twice.
	quiet bool
	terms *analysis
	// read1 is where answerText has the terms read kept (terms points
	// to it).
	read1 analysis
	// reads are the texts and words read in the turn (see reads.go).
	reads turnReads
	// keepAsked says answer keeps its question's reading (lastread.go).
	keepAsked bool
}

type verdict struct {
	entry string
	guard *guard
}

// note records a step that needs no more than its words.
func (t *trace) note(s string) {
	if t != nil && !t.quiet {
		t.b.WriteString("  " + s + "\n")
	}
}

// chose records an entry a step of the conversation chose without
// ranking ("what else did he say?"), and why: it is the one that passed.
func (t *trace) chose(entry, why string) {
	if t != nil && !t.quiet {
		fmt.Fprintf(&t.b, "  %-20s %s  ok\n", entry, why)
	}
}

// parts records a question answered from the entries of its parts, the
// first of which is the answer's entry.
func (t *trace) parts(entries []string) {
	if t != nil && !t.quiet {
		fmt.Fprintf(&t.b, "answered from its parts: %s\n", strings.Join(entries, " and "))
	}
}

// exact records a question answered word for word by a curated phrasing,
// which is never read into terms.
func (t *trace) exact(entry string) {
	if t != nil && !t.quiet {
		fmt.Fprintf(&t.b, "terms: not read: asked word for word, as a phrasing of %s\n", entry)
	}
}

// read records the terms of the question as it stands.
func (t *trace) read(an analysis) {
	if t == nil {
		return
	}
	if t.terms != nil {
		*t.terms = an
	}
	if t.quiet {
		return
	}
	ts := make([]string, len(an.terms))
	for i, tm := range an.terms {
		ts[i] = tm.text
		if tm.kind != "" {
			ts[i] += "(" + string(tm.kind) + ")"
		}
	}
	fmt.Fprintf(&t.b, "terms: %s", strings.Join(ts, " "))
	if len(an.unknown) > 0 {
		fmt.Fprintf(&t.b, "  unknown: %s", strings.Join(an.unknown, " "))
	}
	t.b.WriteString("\n")
}

// again records another way of asking the question.
func (t *trace) again(q *query) {
	if t != nil && !t.quiet {
		fmt.Fprintf(&t.b, "asked again as: %s\n", strings.Join(q.unique, " "))
	}
}

// checked records a candidate entry and the guard that turned it down, if
// one did, and why.
func (t *trace) checked(entry string, c *candidate, g *guard, why string) {
	if t == nil || t.quiet {
		return
	}
	t.verdicts = append(t.verdicts, verdict{entry, g})
	v := "ok"
	if g != nil {
		v = g.name + ": " + why
	}
	fmt.Fprintf(&t.b, "  %-20s score %.2f cov %.2f cos %.2f  %s\n", entry, c.score, c.cov, c.cos, v)
}
