package knowledge

import (
	"strings"
	"testing"
)

// A question for the report's own words is answered with the sentence
// that says the thing it names, verbatim; a thing the report names in
// several sentences, or not at all, is not.
func TestWordingAsked(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q string
		says    string // "" for not answered in the report's words
	}{
		{"word for a fact", "What word does the report use for the soldiers who died by January 2025?", "perished"},
		{"verb, a remark after it", "Which verb does the report use for how North Korea sent its personnel to Russia last year? For my essay.", "dispatched"},
		{"paragraph as the writer", "What noun does paragraph 8 use for the roughly 4,000 losses?", "fatalities"},
		{"ordinal paragraph", "Which two adjectives does the closing paragraph use to describe the effort?", "humanitarian and geopolitical"},
		{"in what words", "In what words does the report describe the phone call?", "recent phone call"},
		{"is used for", "Which phrase is used in the article for Russia's improvement of the KN-23?", "enhanced the accuracy"},
		{"candidates offered", "What word does the report use for the subject of the Seoul-Kyiv talks in paragraph 2: welfare, treatment, or rights?", "welfare"},
		{"wording on, no verb", "What is the precise wording for the January casualty figure?", "perished"},
		{"phrasing about, a moving-on word", "and what's the phrasing about Cho's phone call?", "recent phone call"},
		{"wording on where, one sentence", "What's the exact phrasing on where the troops are deployed?", "Kursk region"},
		{"wording on, nothing of the report", "What's the exact wording on Zelensky's reply?", ""},
		{"named in several sentences", "What words does the article use to describe North Korea's losses?", ""},
		{"nothing of the report", "What word does the report use for the weather in Kursk?", ""},
		{"a word in another language", "What is the Russian word for prisoner of war?", ""},
		{"another language, English words after", "What is the Korean word for prisoner of war used by the South Korean foreign ministry?", ""},
		{"another language, asked as meaning", "Which Ukrainian word means prisoner of war?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := e.Answer(tt.q)
			if tt.says == "" && a.Answered {
				t.Errorf("Answer(%q) = %q, want declined", tt.q, a.Text)
			}
			got := strings.HasPrefix(a.Text, "In the report's words") && strings.Contains(a.Text, tt.says)
			if want := tt.says != ""; got != want {
				t.Errorf("Answer(%q) = %q, want in the report's words %v, saying %q", tt.q, a.Text, want, tt.says)
			}
		})
	}
}

// wordingAsked reads the thing the words are asked for, with the
// paragraph the frame points at.
func TestWordingAskedReading(t *testing.T) {
	tests := []struct{ q, want string }{
		{"What exact term does the report use for the agency Kyrylo Budanov heads?", "the agency kyrylo budanov heads?"},
		{"What verb does paragraph 3 use for what South Korea will do?", "what south korea will do in paragraph 3?"},
		{"How does the report qualify the Kursk region's status? What exact phrase?", "the kursk region's status?"},
		{"How does the report phrase the condition?", "the condition?"},
		// a paragraph pointed at describes in its own words
		{"How does the opening paragraph describe North Korea's casualties?", "north korea's casualties in the opening paragraph?"},
		// no wording asked
		{"How does the report describe the talks?", ""},
		{"What word did Cho use on the call?", ""},
		{"what's the word on the casualties", ""},
		{"What's the exact wording on the February figure?", "the february figure?"},
		{"and what's the precise phrasing for where the troops are deployed?", "where the troops are deployed?"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got, _ := wordingAsked(tt.q); got != tt.want {
				t.Errorf("wordingAsked(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
