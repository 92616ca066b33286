package knowledge

import "testing"

// A quoted line with its line break kept, as Discord delivers it, is a
// claim put to check: the question after it that names only the report is
// not answered with the gist.
func TestQuotedClaim(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ name, q, want string }{
		{"claim then is it true", "> nk has lost like 10k guys already\nis that actually true? what does the article say", ""},
		{"claim then what it says", "> the pows were all sent home\nwhats the article say", ""},
		{"claim then about that", "> russia sent 500 tanks to kursk\nwhat does the article say about that", ""},
		{"claim then the gist asked", "> south korea wants to take the pows\nwhat is the article about", "summary"},
		{"claim the report answers", "> they lost 3000\nwho reported that?", "losses-january"},
		{"mention after a quote, break lost", "> budanov is russian intel @ReportBot who is budanov actually", "budanov-role"},
		{"mention after a quote, his job", "> cho is the pm @ReportBot what is his job", "cho-role"},
		{"mention after a quote, claim false", "> nk sent tanks @ReportBot is that true?", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := answeredBy(e.Answer(tt.q)); got != tt.want {
				t.Errorf("Answer(%q) by %q, want %q", tt.q, got, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{{"> nk has lost 10k", true}, {"  >quoted", true}, {"nk has lost > 10k", false}, {"what?", false}} {
		t.Run("quotedLine "+tt.s, func(t *testing.T) {
			if got := quotedLine(tt.s); got != tt.want {
				t.Errorf("quotedLine(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}
