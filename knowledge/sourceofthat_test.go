package knowledge

import "testing"

// "where's that from, what website?" of any answer is the report's own
// source; the asker's own citing ("need it for the cite") asks nothing.
func TestWebsiteOfThat(t *testing.T) {
	e := testEngine(t)
	feb := []string{"yo whats the number of nk dead by early feb"}
	budanov := []string{"What does Budanov claim NK gets out of fighting alongside Russia?"}
	checkTurns(t, e, []turnCase{
		{"what website", feb, "where's that from, what website", "source", "newsukraine.rbc.ua"},
		{"what site", feb, "what site did that come from?", "source", "newsukraine.rbc.ua"},
		{"who, not a site", feb, "where's that from?", "", "doesn't say who"},
		{"his own source", budanov, "what was his source for that?", "", ""},
		{"for the cite", budanov, "what's his title exactly, need it for the cite", "budanov-role", "Defense Intelligence"},
	})
}
