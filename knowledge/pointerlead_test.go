package knowledge

import (
	"strings"
	"testing"
)

func TestPointerLead(t *testing.T) {
	tests := []struct{ in, rest string }{
		{"according to the first paragraph who has proposed it", "who has proposed it"},
		{"based on paragraph 6 what is done", "what is done"},
		{"as per para 2 who", "who"},
		{"what concerns are raised according to the final paragraph", "what concerns are raised"},
		{"what does the first paragraph say", "what does the say"}, // no lead-in: as before
		{"according to ukraine in paragraph 5 how many", "according to ukraine in how many"},
	}
	e := testEngine(t)
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if _, rest := paragraphAsked(strings.Fields(tt.in), e.an.leads); strings.Join(rest, " ") != tt.rest {
				t.Errorf("paragraphAsked(%q) rest %q, want %q", tt.in, strings.Join(rest, " "), tt.rest)
			}
		})
	}
	checkAnsweredBy(t, e, "According to the first paragraph, who has proposed accepting the North Korean soldiers?", "who-proposed")
	checkAnsweredBy(t, e, "Based on paragraph 6, what two things are being done to North Korean troops while they fight?", "kursk-activity")
}
