package knowledge

import (
	"strings"
	"testing"
)

func TestQuotedWording(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"Does paragraph 1 say 'significant casualties' or 'heavy casualties'?", "sentence-1-3", []string{`It says "significant casualties", not "heavy casualties"`}},
		{"Is it spelled 'Kyiv' or 'Kiev' in the piece?", "sentence-4-1", []string{`It says "Kyiv"`, "(paragraph 4)"}},
		{"Is it spelled \u201cKiev\u201d or \u201cKyiv\u201d in the text?", "sentence-4-1", []string{`It says "Kyiv", not "Kiev"`}},
		{"Checking the spelling: is the foreign minister's name given as 'Cho Tae-yul' with a hyphen?", "sentence-1-2", []string{`Yes, the report prints "Cho Tae-yul"`}},
	})
	for _, q := range []string{
		// neither printed, both printed, no wording asked, a choice not put alone
		"Does paragraph 1 say 'heavy casualties' or 'huge casualties'?",
		"Does the report say 'Kursk' or 'Russia'?",
		"The article says NK troops are in Kursk. is that confirmed or just 'reports'?",
		"What does 'POW' mean?",
		// a speaker or a subject outside the quotes the printing sentence
		// does not name
		"Did Cho say 'thousands of troops'?",
		"Did Budanov say 'KN-23'?",
		"Did Budanov say \"accuracy\"?",
		"Does the report say Russia lost 'over 3,000' soldiers?",
	} {
		a := e.Answer(q)
		if a.Answered && strings.HasPrefix(a.Text, "It says \"") || strings.HasPrefix(a.Text, "Yes, the report prints") {
			t.Errorf("Answer(%q) = %q, want it left to the question read as usual", q, a.Text)
		}
	}
}

func TestQuotedClaimCurlyQuotes(t *testing.T) {
	e := testEngine(t)
	// a curly mark is three bytes: the words inside are cut whole
	if got, ok := e.quotedClaim("Headline: \u2018North Korea sent troops to Russia.\u2019 Accurate?"); !ok || got != "North Korea sent troops to Russia." {
		t.Errorf("quotedClaim = %q, %v", got, ok)
	}
}

// A phrase the report prints, asked as the words of one no sentence
// printing it names, is declined as not theirs: read for its meaning, the
// question would confirm what the report says of the phrase.
func TestPrintedNotAsTheirs(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]string{
		"Did Cho say 'prisoners of war'?": `The report prints "prisoners of war", but not as Cho's words.`,
		"Did Budanov say 'KN-23'?":        `The report prints "KN-23", but not as Budanov's words.`,
	} {
		if a := e.Answer(q); a.Answered || a.Text != want {
			t.Errorf("Answer(%q) = %v %q, want declined %q", q, a.Answered, a.Text, want)
		}
	}
	// other words beside the phrase may be the report's in other words
	if a := e.Answer("Does the article say the POWs have to 'express interest' in moving?"); strings.HasPrefix(a.Text, "The report prints") {
		t.Errorf("words beside the phrase: %q, want it read as usual", a.Text)
	}
}
