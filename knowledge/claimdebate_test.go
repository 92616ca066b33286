package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// TestDebatedClaims: the claims a message sets against each other before
// a question of who is right.
func TestDebatedClaims(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"Jake: North Korea sent troops to Russia. Mina: nope, Russia sent troops to North Korea. who's right?", []string{"North Korea sent troops to Russia", "Russia sent troops to North Korea"}},
		{"Settle this: Tom says the North Koreans fight in Kursk, Sam says Donbas. Who's correct?", []string{"the North Koreans fight in Kursk"}},
		{"Me and Dana are arguing. I say Cho made the offer by phone, Dana says it was in a letter. Who's right?", []string{"Cho made the offer by phone", "it was in a letter"}},
		{"Headline: North Korea sent troops. who's right?", nil}, // one claim, no debate
		{"Tom says the North Koreans fight in Kursk. Where is that?", nil},
	} {
		got, _ := debatedClaims(tt.q)
		if !slices.Equal(got, tt.want) {
			t.Errorf("debatedClaims(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestAnswerDebate: the claim the report confirms, or the first it
// corrects; a claim that only narrows is no answer.
func TestAnswerDebate(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, entry, says string }{
		{"Rosa says North Korea dispatched its troops last year, Ivan says this year. who's right?", "when-sent", "last year"},
		{"user A: Kursk is under Russian control. user B: Kursk is held by Ukraine. which is it per the report?", "kursk-control", "Russian control"},
		{"@Lee says Budanov proposed taking the POWs, @Park says it was Cho Tae-yul. who's right??", "who-proposed", "Cho"},
		{"Argument with my dad: I say South Korea will only take POWs who want to come, he says it'll take all of them regardless. Who wins?", "", ""},
	} {
		a := e.Answer(tt.q)
		if startsPolar(a.Text) {
			t.Errorf("%q: %q opens with a yes or no, but asks which claim is right", tt.q, a.Text)
		}
		if got := answeredBy(a); got != tt.entry || !strings.Contains(a.Text, tt.says) {
			t.Errorf("%q: %q by %q, want by %q saying %q", tt.q, a.Text, got, tt.entry, tt.says)
		}
	}
}

// TestWithoutSides: who holds each side of a choice, in parentheses, is
// no part of it.
func TestWithoutSides(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"as of January 2025 (me) or December 2024 (my friend)?", "as of January 2025 or December 2024?", true},
		{"is the figure (3,000) from January or December?", "", false},                                                                     // one aside, not a side's holder
		{"Cho (the foreign minister) and Budanov (Kim)?", "", false},                                                                       // no choice between them
		{"is Cho the foreign minister (me) or the defense minister (Dave)?", "is Cho the foreign minister or the defense minister?", true}, // a name the pack does not know
		{"is Cho the foreign minister (me) or the defense minister (Kim)?", "is Cho the foreign minister or the defense minister?", true},  // a name the pack knows, beside "me"
		{"were they in Kursk (Russia) or Donbas (Ukraine)?", "", false},                                                                    // names the pack knows: part of the choice
	} {
		got, ok := withoutSides(tt.in, e.knowsName)
		if got != tt.want || ok != tt.ok {
			t.Errorf("withoutSides(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
