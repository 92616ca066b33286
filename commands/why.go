package commands

import (
	"strings"
)

// Why says why a question was declined: the entry nearest to it and the
// guard that turned that entry down, from the engine's explanation (the
// first entry ranked, as `ask --explain` shows it: the guard's name and
// what it found), and the words the pack does not know, if any ("score:
// score below 0.60; unknown words: tank"). nearest
// is "" when no entry shares a word with the question. The bot calls it
// off the answer path, when it writes the record.
func (s *Set) Why(question string) (nearest, reason string) {
	if strings.ContainsAny(question, "@<:") {
		question = discordSyntax.ReplaceAllString(question, " ")
	}
	return nearestIn(s.engine.Explain(question))
}

// nearestIn reads an explanation: the unknown words on its first line
// ("terms: ...  unknown: w1 w2") and its first ranked entry, a line
// "  <id> score S cov C cos C  <verdict>".
func nearestIn(explain string) (nearest, reason string) {
	var unknown string
	for line := range strings.Lines(explain) {
		if strings.HasPrefix(line, "terms:") {
			if _, u, ok := strings.Cut(line, "  unknown: "); ok {
				unknown = "unknown words: " + strings.TrimSpace(u)
			}
			continue
		}
		f := strings.Fields(line)
		if !strings.HasPrefix(line, "  ") || len(f) < 8 || f[1] != "score" || f[3] != "cov" || f[5] != "cos" {
			continue
		}
		nearest, reason = f[0], strings.Join(f[7:], " ")
		break
	}
	if unknown != "" && reason != "" {
		return nearest, reason + "; " + unknown
	}
	return nearest, reason + unknown
}
