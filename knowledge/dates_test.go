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
