package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestDropReportSubject(t *testing.T) {
	// terms by word: a word named in kinds gets that kind, "report" and the
	// words in plain a plain stem; the rest are stop words
	kinds := map[string]Kind{"which": KindQuestion, "who": KindQuestion, "ukraine": KindEntity, "missile": KindWord, "how": KindWord}
	plain := map[string]bool{"report": true, "reports": true, "losses": true}
	read := func(q string) ([]string, []term) {
		ws := strings.Fields(q)
		var ts []term
		for i, w := range ws {
			switch {
			case w == "how":
				ts = append(ts, term{text: howTerm, kind: KindWord, pos: i, end: i + 1})
			case kinds[w] != "":
				ts = append(ts, term{text: w, kind: kinds[w], pos: i, end: i + 1})
			case plain[w]:
				text := w
				if w == "reports" {
					text = "report"
				}
				ts = append(ts, term{text: text, pos: i, end: i + 1})
			}
		}
		return ws, ts
	}
	tests := []struct {
		name, question string
		want           []string
	}{
		{"the report as the one who says", "which missile does the report name", []string{"which", "missile"}},
		{"this report", "how did this report describe the losses", []string{howTerm, "losses"}},
		{"only names left", "how does the report describe the situation in ukraine", []string{howTerm, "report", "ukraine"}},
		{"who reports", "who reports the losses", []string{"who", "report", "losses"}},
		{"opening frame is unframe's", "does the report say losses", []string{"report", "losses"}},
		{"the reports of", "which reports mention the missile", []string{"which", "report", "missile"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws, ts := read(tt.question)
			var got []string
			for _, x := range dropReportSubject(ws, ts) {
				got = append(got, x.text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("dropReportSubject(%q) = %v; want %v", tt.question, got, tt.want)
			}
		})
	}
}
