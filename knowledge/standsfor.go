package knowledge

import "strings"

// "What does RBC stand for?" asks what an abbreviation's letters spell
// out. The pack reads an abbreviation as the term it is an alias of
// ("pow" as prisoner of war, "jcs" as the Joint Chiefs of Staff, "rbc" as
// the source), and an entry about that term answers what it spells only
// when the term is itself the words the letters begin: "prisoner of war"
// spells POW, "Joint Chiefs of Staff" JCS, but "source" does not spell
// RBC, nor "north korea" DPRK, and the report never says what those
// letters stand for. The question is then declined, not answered with
// whatever the entry says of the term.
var standsForGuard = guard{
	name:    "stands-for",
	example: "what does RBC stand for",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		abbr, t, ok := standsForAsked(q.analysis)
		if !ok || spells(t.text, abbr) {
			return ""
		}
		return "the report does not say what " + abbr + " stands for"
	},
}

// standsFor returns how many words at ws[i] say what letters spell out:
// "stand for", "stands for", "short for" (0 if they do not). It is the one
// reader of the phrase: standsForWord finds the abbreviation before it,
// meaningVerb drops it from a question asking what a word means.
func standsFor(ws []string, i int) int {
	if i+1 < len(ws) && ws[i+1] == "for" && (ws[i] == "stand" || ws[i] == "stands" || ws[i] == "short") {
		return 2
	}
	return 0
}

// standsForWord returns the abbreviation a question asks the letters of:
// one word of two to six letters right before "stand(s) for" or "short
// for" ("what does RBC stand for", "RBC stands for what", "what is RBC
// short for"); "" if none.
func standsForWord(ws []string) string {
	for i := 1; i+1 < len(ws); i++ {
		if standsFor(ws, i) == 0 {
			continue
		}
		w := ws[i-1]
		if len(w) < 2 || len(w) > 6 || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			return ""
		}
		return w
	}
	return ""
}

// standsForAsked returns the abbreviation the question asks the letters
// of and the term the pack reads it as, if it reads it as one.
func standsForAsked(an analysis) (string, term, bool) {
	if an.spelled == "" {
		return "", term{}, false
	}
	for _, t := range an.terms {
		if t.kind != "" && t.end == t.pos+1 && an.words[t.pos] == an.spelled {
			return an.spelled, t, true
		}
	}
	return "", term{}, false
}

// spells reports whether the words of a term's name ("joint_chiefs_of_staff")
// begin with the letters of abbr in order, a small word ("of", "the",
// "and") taken or passed over.
func spells(name, abbr string) bool {
	ws := strings.FieldsFunc(name, func(r rune) bool { return r == '_' || r == ' ' || r == '-' })
	var walk func(i, j int) bool
	walk = func(i, j int) bool {
		if j == len(abbr) {
			return i == len(ws)
		}
		if i == len(ws) {
			return false
		}
		if ws[i] != "" && ws[i][0] == abbr[j] && walk(i+1, j+1) {
			return true
		}
		return spellSmallWords[ws[i]] && walk(i+1, j)
	}
	return walk(0, 0)
}

var spellSmallWords = setOf("of", "the", "and", "for", "de", "du")
