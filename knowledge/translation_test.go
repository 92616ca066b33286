package knowledge

import (
	"strings"
	"testing"
)

func TestTranslationAsked(t *testing.T) {
	tests := []struct{ in, want string }{
		{"what is the word for war in korean", "what is the word for war translation"},
		{"what does kursk mean in russian", "what does kursk mean translation"},
		{"what does kursk mean in russian just curious", "what does kursk mean translation just curious"},
		{"prisoner in korean language please", "prisoner translation language please"},
		{"is kursk in russian hands", "is kursk in russian hands"},                             // whose hands
		{"in korean news i see different spelling", "in korean news i see different spelling"}, // where
		{"the korean war", "the korean war"},
		{"what does perished mean in english", "what does perished mean in english"}, // the report's own language
	}
	languages := testEngine(t).an.usage.languages
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := strings.Join(translationAsked(strings.Fields(tt.in), languages), " "); got != tt.want {
				t.Errorf("translationAsked(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTranslationDeclined(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what is the word for war in korean?", ""},
		{"what's the korean word for prisoner?", ""},
		{"what does kursk mean in russian", ""},
		{"how do you say prisoner in korean?", ""},
		{"What's the Russian for Kursk region?", ""},
		{"translate prisoner of war into korean", ""},
		{"what does KN-23 refer to?", "kn23"},
		{"Is Kursk in Russian hands?", "kursk-control"},
		{"what does perished mean?", "losses"},
	})
}
