package knowledge

import (
	"strings"
	"testing"
)

func TestDropForeign(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in, want string
	}{
		{"cuál es la fuente of this noticia", "source article"},                               // "es", "la" dropped; "cuál" a filler, "fuente" an alias
		{"was ist budanov his job", "budanov role"},                                           // "ist" dropped; "was" an English stop word
		{"cuántos muertos nk in early febrero", "how_many killed north_korea earli february"}, // aliases stay
		{"la la la", "la la la"},                                                              // nothing left: the words stay
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := strings.Join(termTexts(e.an.analyze(tt.in, true)), " ")
			if got != tt.want {
				t.Errorf("analyze(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
