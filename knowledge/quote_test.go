package knowledge

import (
	"strings"
	"testing"
)

// Every quote an answer shows comes from the report as stored: Load swaps
// a quote typed with straight apostrophes for the report's own characters.
func TestQuotesAreTheReportsOwnText(t *testing.T) {
	p, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range p.Entries {
		for _, c := range e.Citations {
			text, _ := p.Paragraph(c.Paragraph)
			if !strings.Contains(text, c.Quote) {
				t.Errorf("entry %s: quote %q is not a substring of paragraph %d", e.ID, c.Quote, c.Paragraph)
			}
		}
	}
}
