package knowledge

import (
	"strings"
	"testing"
)

func TestAskersCountry(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ in, want string }{
		{"as a ukrainian i want to know does south korea say it will keep supporting us", "as a ukrainian i want to know does south korea say it will keep supporting ukraine"},
		{"i am from ukraine what did our army capture", "i am from ukraine what did ukraine 's army capture"},
		{"does the us support ukraine", ""},        // no country of the asker's
		{"as a teacher what should i tell us", ""}, // no country
		{"as a ukrainian what did the us say", ""}, // the United States
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			out, ok := e.askersCountry(strings.Fields(tt.in))
			got := strings.Join(out, " ")
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("askersCountry(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
