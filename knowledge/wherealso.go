package knowledge

import "strings"

// A message may ask a thing and, in its next sentence, where the report
// says it: "and what did he claim about the North Korean troops? also
// which paragraph is that in?". The second is a question about the first's
// answer (lastanswer.go), answered by the same entry; answerEach keeps one
// answer per entry, so without this the paragraph asked for would be left
// out, and half an answer reads as the whole.

// whereAlso returns whole with the paragraph a, the answer of the later
// question ws of the same message, says it is in, when ws asks only that
// of the answer before it.
func whereAlso(whole, a Answer, ws []string) (Answer, bool) {
	if k := movedOn(ws); k < len(ws) {
		ws = ws[k:]
	}
	if !a.Answered || a.EntryID != whole.EntryID || a.Text == whole.Text || lastAnswerAsk(ws) != askWhere {
		return whole, false
	}
	whole.Text = strings.TrimSpace(whole.Text) + " " + strings.TrimSuffix(strings.TrimSpace(a.Text), ":") + "."
	return whole, true
}
