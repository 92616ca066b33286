package knowledge

import (
	"slices"
	"testing"
)

func TestWithoutClosingAddress(t *testing.T) {
	tests := []struct {
		question, want string
		ok             bool
	}{
		{"what's the main gist of this report, partner?", "what's the main gist of this report?", true},
		{"who is SK working with, pardner? 🤠", "who is SK working with? 🤠", true},
		{"who are Kyiv's partners?", "", false},
		{"is Russia a partner, or an ally?", "", false},
		{"who proposed it, Cho or his brother?", "", false}, // a tail of more than the one word
	}
	address := testEngine(t).an.usage.address
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			got, ok := withoutClosingAddress(tt.question, address)
			if got != tt.want || ok != tt.ok {
				t.Errorf("withoutClosingAddress(%q) = %q, %v, want %q, %v", tt.question, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestClosingAddressAnswers(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"what's the main gist of this report, partner?", "summary"},
		{"who are Kyiv's partners?", "who-says-sent"},
	})
}

// A bad word of a [usage] list is named with its list, and what it
// must be: the list of phrases takes words, the others one word.
func TestCheckUsage(t *testing.T) {
	for _, tt := range []struct {
		name  string
		words Usage
		want  []string
	}{
		{"plain", Usage{"address": {"partner", "my friend"}}, nil},
		{"capital", Usage{"address": {"Partner"}}, []string{`address: "Partner" is not plain lower-case words`}},
		{"punctuation", Usage{"address": {"my-friend!"}}, []string{`address: "my-friend!" is not plain lower-case words`}},
		{"empty", Usage{"address": {""}}, []string{`address: "" is not plain lower-case words`}},
		{"twice", Usage{"address": {"hon", "hon"}}, []string{`address: "hon" is listed twice`}},
		{"unknown", Usage{"adress": {"hon"}}, []string{`adress: no such list`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var v validator
			v.checkUsage(tt.words)
			var got []string
			for _, p := range v.problems {
				got = append(got, p.Msg)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("checkUsage(%+v) = %q, want %q", tt.words, got, tt.want)
			}
		})
	}
}
