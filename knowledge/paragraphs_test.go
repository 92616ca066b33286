package knowledge

import (
	"strings"
	"testing"
)

func TestParagraphAsked(t *testing.T) {
	tests := []struct {
		in   string
		want int
		rest string
	}{
		{"what concerns does the final paragraph raise", lastParagraph, "what concerns does the raise"},
		{"how does the report describe the talks in its conclusion", lastParagraph, "how does the report describe the talks in its"},
		{"what does the opening paragraph say about casualties", 1, "what does the say about casualties"},
		{"what does the third para say", 3, "what does the say"},
		{"what does paragraph 3 say", 3, "what does say"},                                                                 // by its number
		{"what does the article say at the end like the conclusion", lastParagraph, "what does the article say like the"}, // each word that points at it
		{"what does the paragraph 3000 say", 0, "what does the paragraph 3000 say"},                                       // no paragraph has it
		{"what was the final decision", 0, "what was the final decision"},
		{"how does the article sum up the talks at the end", lastParagraph, "how does the article sum up the talks"},
		{"what happens at the end of the war", 0, "what happens at the end of the war"}, // the war's end
		{"what 's the report 's conclusion", lastParagraph, "what 's the report 's"},
		{"what does the article conclude", lastParagraph, "what does the article"},
		{"what does the article say at the end", lastParagraph, "what does the article say"},
		{"what did ukraine report at the end of january", 0, "what did ukraine report at the end of january"},
	}
	leads := testEngine(t).an.leads
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, rest := paragraphAsked(strings.Fields(tt.in), leads)
			if got != tt.want || strings.Join(rest, " ") != tt.rest {
				t.Errorf("paragraphAsked(%q) = %d, %q; want %d, %q", tt.in, got, strings.Join(rest, " "), tt.want, tt.rest)
			}
		})
	}
}

func TestPointsInQuestion(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"What concerns do the casualty figures raise, according to the final paragraph?", true},
		{"The opening paragraph mentions significant casualties. How many North Korean soldiers died?", false},
		{"I read the article. What does the final paragraph say about the losses?", true},
	}
	leads := testEngine(t).an.leads
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := pointsInQuestion(tt.in, leads); got != tt.want {
				t.Errorf("pointsInQuestion(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParagraphLead(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in   string
		want string // "" for none
	}{
		{"what does the article conclude?", "significance"},
		{"what's the report's conclusion", "significance"},
		{"what does paragraph 3 say?", "condition"},
		{"who is quoted in the last paragraph?", ""}, // asks who, of it
		{"what concerns does the article raise at the end", ""},
		{"what does the article say?", ""}, // points nowhere
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ""
			if en, ok := e.paragraphLead(e.an.analyzeWords(sentenceWords(tt.in), true)); ok {
				got = e.pack.Entries[en].ID
			}
			if got != tt.want {
				t.Errorf("paragraphLead(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// The gist of a thing asks the thing; a paragraph pointed at ends with
// what it concludes, which asks what it says.
func TestGistOfAndConcludes(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"TL;DR of Budanov's comments?", "combat-experience"},
		{"What's the gist of Budanov's comments?", "combat-experience"},
		{"Give me a rundown on the casualty figures.", "losses"},
		{"tldr of the whole sk ukr pow thing?", "summary"},
		{"TL;DR of the Pentagon's comments?", ""},
		{"Give me an overview of the tank losses.", ""},
		{"Tell me briefly what the last paragraph concludes.", "significance"},
		{"What does paragraph 9 conclude?", "significance"},
		{"What does the last paragraph conclude about the tanks?", ""},
	})
}
