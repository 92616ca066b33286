package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestCore(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in, want string // want "" for no core other than the question
	}{
		{"where are the nk troops fighting? my bro was asking lmaooo", "where are the nk troops fighting"},
		{"where are the nk troops fighting. weird times", "where are the nk troops fighting"},
		{"aight bet, where are the nk troops fighting", "where are the nk troops fighting"},
		{"sheeeesh how many nk soldiers died by feb", "how many nk soldiers died by feb"},
		{"where are the nk troops fighting 🤔 so confusing", "where are the nk troops fighting"},
		// a remark after the question, in its sentence
		{"what are the nk troops doing in kursk, just sightseeing?", "what are the nk troops doing in kursk"},
		// the asker's own remark after it, whatever it names
		{"where are the nk troops fighting, i keep hearing different things", "where are the nk troops fighting"},
		{"what's the news site this is from, me teacher wants a source", "what 's the news site this is from"}, // the asker's own, as Irish chat writes "my"
		// but not what they mean, nor a figure they guess
		{"who proposed it, i mean the pow thing", ""},
		{"how many died by feb, i think 3000", ""},
		// but not the question, after a clause naming what it asks of
		{"the 1950s war, was which war?", ""},
		// a sentence that asks is kept, however little the pack knows of it
		{"where are the nk troops fighting? tanks?", ""},
		// and a bare list of things after the question is part of it
		{"did nk send troops, tanks?", ""},
		{"when did nk send troops, which month?", ""}, // it asks again
		// a figure offered after the question guesses at the count asked
		{"how many troops did nk send total, 10k or 12k?", ""},
		{"how many troops did nk send, like 10k?", ""},
		// an opening that narrows the question is part of it
		{"of the 3k how many died", ""},
		{"besides tanks, what did nk send", ""},
		{"in 2023, did nk send troops", ""},
		// but an opening of the asker's own words is chatter, whatever
		// preposition or number it holds
		{"been scrolling for like 20 min, who is budanov", "who is budanov"},
		{"In the broader sense, why are the talks significant?", "why are the talks significant"},
		// "in" opens the question only before a question word
		{"in which region are they fighting", ""},
		// an opening that names what the pack knows is part of it
		{"kursk, who controls it", ""},
		{"who is budanov", ""},
		// the remarks after the last question say nothing asked
		{"what did Russia do to the KN-23? Feels like a big deal for Seoul too.", "what did russia do to the kn23"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ws, ok := e.core(tt.in, nil)
			got := ""
			if ok {
				got = strings.Join(ws, " ")
			}
			if got != tt.want {
				t.Errorf("core(%q) = %q, want %q", tt.in, got, tt.want)
			}
			// given the words its caller read, it reads the same
			if ws2, ok2 := e.core(tt.in, sentenceWords(tt.in)); ok2 != ok || !slices.Equal(ws2, ws) {
				t.Errorf("core(%q, its words) = %q %v, want %q %v", tt.in, ws2, ok2, ws, ok)
			}
		})
	}
}

// Chatter around a question the report answers does not sink it; chatter
// that asks something the report does not answer still declines it.
func TestChatterAroundAQuestion(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q     string
		entry string // "" for declined
	}{
		{"where are the nk troops fighting? my bro was asking lmaooo", "where-fighting"},
		{"aight bet, where are the nk troops fighting", "where-fighting"},
		{"where are the nk troops fighting. weird times", "where-fighting"},
		{"did nk send tanks? just wondering", ""},
		{"how many tanks did nk send? my bro was asking", ""},
		{"how many troops did nk send total, 10k or 12k?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if got := answeredBy(a); got != tt.entry {
				t.Errorf("Answer(%q) by %q, want %q\n%s", tt.q, got, tt.entry, e.Explain(tt.q))
			}
		})
	}
}

// Chat's words of degree say how much, not what: the choice "minor or
// pretty severe" is between minor and severe.
func TestChatDegree(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q     string
		entry string // "" for declined
	}{
		{"is the article saying nk losses are minor or pretty severe", "casualties-indicate"},
		{"are nk losses lowkey severe", "casualties-indicate"},
		{"how many tanks did nk lose, kinda curious", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := answeredBy(e.Answer(tt.q)); got != tt.entry {
				t.Errorf("Answer(%q) by %q, want %q\n%s", tt.q, got, tt.entry, e.Explain(tt.q))
			}
		})
	}
}
