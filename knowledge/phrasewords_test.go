package knowledge

import (
	"slices"
	"testing"
)

func TestPieceWords(t *testing.T) {
	syns := []Synonym{
		{Term: "filler", Kind: KindFiller, Aliases: []string{"for the record", "i.e.", "sorry if this is obvious", "for the report"}},
		{Term: "cho tae-yul", Kind: KindEntity, Aliases: []string{"cho tae yul"}},
		{Term: "propose", Kind: KindWord, Aliases: []string{"bring to the table"}},
	}
	senses := []Sense{{Words: []string{"responsible for"}, After: []string{"the proposal"}}}
	pieces := pieceWords(syns, senses, []string{"The report."}, []string{"What was proposed?"})
	tests := []struct {
		word string
		want bool
	}{
		{"record", true},      // a filler's word, nowhere else
		{"e", true},           // of "i.e."
		{"obvious", true},     // of "sorry if this is obvious"
		{"responsible", true}, // a sense's phrase
		{"proposal", true},    // a sense's neighbour phrase
		{"report", false},     // the report writes it
		{"for", false},        // a stop word
		{"tae", false},        // a name's word
		{"table", false},      // of a phrase that asks (kind word)
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := pieces[tt.word]; got != tt.want {
				t.Errorf("pieceWords()[%q] = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

func TestPieceWordsAreUnknownOutsideTheirPhrase(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, question string
		unknown        []string // stems that must be among the unknown
		kept           []string // words repair must leave as written
	}{
		// "baka" is only a piece of the filler "baka question": "bake"
		// is no typo of it, and shares no known stem with "baked"
		{"bake", "bake a cake", []string{"bake", "cake"}, []string{"bake"}},
		// written as its phrase writes it, a piece is known
		{"baka alone", "baka", nil, []string{"baka"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := e.an.analyze(tt.question, true)
			for _, u := range tt.unknown {
				if !slices.Contains(an.unknown, u) {
					t.Errorf("analyze(%q).unknown = %v, want %q among them", tt.question, an.unknown, u)
				}
			}
			if tt.unknown == nil && len(an.unknown) > 0 {
				t.Errorf("analyze(%q).unknown = %v, want none", tt.question, an.unknown)
			}
			for _, w := range tt.kept {
				if got := e.an.repair([]string{w}); !slices.Equal(got, []string{w}) {
					t.Errorf("repair(%q) = %v, want it as written", w, got)
				}
			}
		})
	}
}
