package knowledge

import "testing"

func TestFitPolar(t *testing.T) {
	const yes = "Yes. South Korea is ready to accept them."
	tests := []struct {
		question, want string
	}{
		{"Is South Korea ready to accept them?", yes},
		{"so did seoul offer to take them", yes},
		{"nk pows can go to seoul?", yes},
		{"Where would the prisoners go?", "South Korea is ready to accept them."},
		{"seoul", "South Korea is ready to accept them."},
		{"what does sk say it will do, is it real", "South Korea is ready to accept them."},
		{"When will they be accepted?", "South Korea is ready to accept them."},
		{"only ones captured by ukraine or any nk soldier?", "South Korea is ready to accept them."}, // it asks which
		{"will sk take them or not?", yes},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := fitPolar(yes, tt.question); got != tt.want {
				t.Errorf("fitPolar(%q) = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
	if got := fitPolar("Yes, by Ukraine: the report says so.", "who captured them?"); got != "By Ukraine: the report says so." {
		t.Errorf("fitPolar with a comma = %q, want the rest capitalised", got)
	}
}
