package knowledge

import (
	"strings"
	"testing"
)

func TestWithoutPlacesAndDates(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, in, want string // want "" for nothing to drop
		drop           func([]string, analysis) ([]string, bool)
	}{
		{"places", "by when nk soldiers injured in kursk", "by when nk soldiers injured", withoutPlaces},
		{"places", "how many died in the kursk region", "how many died", withoutPlaces},
		{"places", "how many nk soldiers injured by early feb", "", withoutPlaces}, // a date is no place
		{"dates", "where nk soldiers died january", "where nk soldiers died", withoutDates},
		{"dates", "how many nk soldiers injured by early feb", "how many nk soldiers injured", withoutDates},
		{"dates", "where are nk soldiers fighting", "", withoutDates},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.in, func(t *testing.T) {
			ws := strings.Fields(tt.in)
			out, ok := tt.drop(ws, e.an.analyzeWords(ws, true))
			got := strings.Join(out, " ")
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("without %s (%q) = %q, want %q", tt.name, tt.in, got, tt.want)
			}
		})
	}
}

func TestMeasureAlone(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name   string
		before []string
		q      string
		entry  string // "" for not answered
		says   string
	}{
		{"another measure, without the place of the last", []string{"how many nk soldiers died in kursk", "by when?"}, "and injured?", "losses-january", "3,000"},
		{"another measure, its date kept", []string{"how many nk troops died by early feb"}, "and the wounded?", "", ""},
		{"where, without the date of the last", []string{"how many nk soldiers died by february", "no i meant january"}, "where was all this happening?", "losses", "Kursk"}, // the question of the entry that answered, as entryfragment.go asks it first,
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTurn(t, e, tt.before, tt.q, tt.entry, tt.says)
		})
	}
}
