package knowledge

import "testing"

func TestArrivedAt(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ name, q, want string }{
		{"arrival asked, offer is no arrival", "did the prisoners get to south korea yet", ""},
		{"the asker's hope is not the act asked", "DID THE PRISONERS GET TO SOUTH KOREA YET... i hope so", ""},
		{"the same, made it already", "did any pows make it to south korea already", ""},
		{"a sending done, said so", "did north korea send troops to russia already", "why-sent"},
		{"a count asked in the past, no yet", "how many troops did pyongyang send to russia", "troop-count"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.want)
		})
	}
}

func TestAskersAct(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"did they get there yet i hope so", true},
		{"do they hope to go", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			an := e.an.analyze(tt.q, true)
			got := false
			for _, tm := range an.terms {
				if tm.kind == KindWord && askersAct(an.words, tm) {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("askersAct in %q = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}
