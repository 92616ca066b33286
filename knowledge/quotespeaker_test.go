package knowledge

import "testing"

// TestQuoteSpeaker: what a person said reaches an entry whose answer does
// not name them but whose quote is their words ("He highlighted the
// condition", in the paragraph of Cho's call); not one whose quotes have
// another speak, nor what the country says for them.
func TestQuoteSpeaker(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what did cho say about the condition", "condition"},
		{"quote me the bit where cho says the condition", "condition"},
		{"what did budanov say about the condition", ""},
		{"korean diaspora here, is seoul saying it will assist the pows who wanna transfer?", "will-accept"},
	})
	checkTurns(t, e, []turnCase{
		{name: "he, after Cho's proposal", before: []string{"who proposed taking in the POWs?"}, q: "quote me the bit where he says the condition", entry: "condition", says: "express interest"},
	})
}

// TestResolvedQuote: a quote opening with a pronoun is read with the
// person its paragraph names last before it.
func TestResolvedQuote(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name string
		ci   Citation
		want string
	}{
		{"pronoun", Citation{Paragraph: 3, Quote: "He highlighted the condition that these individuals must express interest in moving to South Korea."}, "cho"},
		{"named", Citation{Paragraph: 4, Quote: "Minister Cho reiterated South Korea’s commitment to support Ukraine in this challenging situation and assist North Korean POWs willing to transfer."}, "cho"},
		{"no speech", Citation{Paragraph: 6, Quote: "Last year, North Korea dispatched military personnel to Russia for participation in the war against Ukraine."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if ss := quoteSpeakers(e.pack, tt.ci, e.an); len(ss) > 0 {
				got = ss[0]
			}
			if got != tt.want {
				t.Errorf("quoteSpeakers(%q) = %q, want %q", tt.ci.Quote, got, tt.want)
			}
		})
	}
}
