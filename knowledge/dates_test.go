package knowledge

import "testing"

func TestAskedGrain(t *testing.T) {
	tests := []struct {
		in   string
		want grain
	}{
		{"In what month did North Korea send its troops?", monthGrain},
		{"what year did nk troops head to russia?", yearGrain},
		{"What is the exact date of the call?", dayGrain},
		{"In which decade did North Korea last fight?", decadeGrain},
		{"On what day did Cho call?", dayGrain},
		{"As of what date did Ukraine count 3,000?", noDate}, // "what date" asks when
		{"When did North Korea send troops?", noDate},
		{"How many died this month?", noDate}, // a month named, none asked
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := askedGrain(sentenceWords(tt.in)); got != tt.want {
				t.Errorf("askedGrain(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestFinestDate(t *testing.T) {
	tests := []struct {
		in   string
		want grain
	}{
		{"Last year: North Korea dispatched military personnel to Russia last year.", yearGrain},
		{"As of January 2025, Ukraine reported over 3,000.", monthGrain},
		{"In the 1950s: its first active participation.", decadeGrain},
		{"South Korea may accept them.", noDate}, // "may" is no month
		{"Kyrylo Budanov is the head of Defense Intelligence.", noDate},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := finestDate(sentenceWords(tt.in)); got != tt.want {
				t.Errorf("finestDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestAsksExactCount(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in   string
		want bool
	}{
		{"Exactly how many troops has North Korea sent?", true},
		{"how many troops did nk send, exactly?", true},
		{"what is the exact number of troops sent", true},
		{"how many troops did nk send?", false},
		{"where exactly are the troops fighting?", false}, // exact, but no count
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			an := e.an.analyze(tt.in, true)
			if got := asksExactCount(an.words, an.terms); got != tt.want {
				t.Errorf("asksExactCount(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestGivesFigure(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in   string
		want bool
	}{
		{"Thousands: North Korea has sent thousands of troops.", false},
		{"About 4,000: by early February ...", true},
		{"Last year (2024).", false}, // a year is a date, not a count
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			an := e.an.analyze(tt.in, false)
			if got := givesFigure(an.terms); got != tt.want {
				t.Errorf("givesFigure(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
