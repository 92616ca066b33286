package knowledge

import "testing"

func TestUnframe(t *testing.T) {
	rf := ReportFrame{
		Nouns: []string{"report", "article", "it"},
		Verbs: []string{"say", "said", "mention", "state", "specify", "describe", "name"},
	}
	f := newReportFrame(rf, frameVerbForms(rf))
	tests := []struct {
		name, question, want string
		framed               bool
	}{
		{"that clause", "Does the report say that North Korea sent troops?", "North Korea sent troops?", true},
		{"whether clause", "Does the report state whether Ukraine has accepted the proposal?", "Ukraine has accepted the proposal?", true},
		{"wh clause", "does it say who made the offer?", "who made the offer?", true},
		{"no conjunction", "Did the article really mention Budanov's title?", "Budanov's title?", true},
		{"y verb", "Does the report specify the date?", "the date?", true},
		{"e verb, -ing", "is the article describing the talks?", "the talks?", true},
		{"passive", "Is it stated in the report that Russia sent tanks?", "Russia sent tanks?", true},
		{"irregular passive", "was it said that Cho called?", "Cho called?", true},
		{"second sentence", "I read it twice. Does the article say their involvement is growing?", "I read it twice. their involvement is growing?", true},
		{"naming", "does it name the official Cho spoke with?", "name the official Cho spoke with?", true}, // which official
		{"nothing after", "does the article really say that", "does the article really say that", false},
		{"not first", "What does the article say about the KN-23?", "What does the article say about the KN-23?", false},
		{"another verb", "Does the report matter?", "Does the report matter?", false},
		{"a name, not the report", "Does Cho say that they can come?", "Does Cho say that they can come?", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, framed := f.unframe(tt.question)
			if got != tt.want || framed != tt.framed {
				t.Errorf("unframe(%q) = %q, %v; want %q, %v", tt.question, got, framed, tt.want, tt.framed)
			}
		})
	}
}

func TestUnframeWithoutFrames(t *testing.T) {
	var f *reportFrame = newReportFrame(ReportFrame{}, nil)
	if got, framed := f.unframe("Does the report say that?"); framed || got != "Does the report say that?" {
		t.Errorf("a pack without frames unframed %q", got)
	}
}

func TestCheckReportFrame(t *testing.T) {
	tests := []struct {
		name     string
		frame    ReportFrame
		problems int
	}{
		{"none", ReportFrame{}, 0},
		{"good", ReportFrame{Nouns: []string{"report"}, Verbs: []string{"say"}}, 0},
		{"two words", ReportFrame{Nouns: []string{"the report"}, Verbs: []string{"say"}}, 1},
		{"capital", ReportFrame{Nouns: []string{"report"}, Verbs: []string{"Say"}}, 1},
		{"twice", ReportFrame{Nouns: []string{"report"}, Verbs: []string{"say", "say"}}, 1},
		{"verbs only", ReportFrame{Verbs: []string{"say"}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v validator
			v.checkReportFrame(tt.frame)
			if got := len(v.problems); got != tt.problems {
				t.Errorf("problems = %d (%v), want %d", got, v.problems, tt.problems)
			}
		})
	}
}
