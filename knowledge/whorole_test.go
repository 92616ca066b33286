package knowledge

import "testing"

func TestRoleAsked(t *testing.T) {
	// the act the "who" asks of, "against" for its opponent; "" for none
	checkReading(t, "roleAsked", func(an analysis) string {
		for i, t := range an.terms {
			if r, ok := roleAsked(an.words, an.terms, i); ok {
				if r.against {
					return "against " + r.act
				}
				return t.text + " of " + r.act
			}
		}
		return ""
	}, []readingCase{
		{"the nk soldiers sk wants to take... captured by who?", "who of captured"},
		{"proposal made by who?", "who of propose"}, // past a word of no meaning
		{"so nk troops went to russia to fight against who", "against combat"},
		{"Kursk is controlled by whom?", "who of control"},
		{"who captured the soldiers?", "who of captured"},         // a past key act right after it: its doer
		{"By whom was the acceptance of prisoners proposed?", ""}, // opens the question
		{"who did Cho talk to?", ""},
	})
}

func TestWhoseThing(t *testing.T) {
	tests := []struct {
		in   string
		want string // the word whose owner is asked, "" for none
	}{
		{"which country's forces are helping north korea", "forces"},
		{"whose forces are they reinforcing", "forces"},
		{"which country is helping north korea", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ws := sentenceWords(tt.in)
			q := term{pos: 0, end: 1}
			if ws[0] == "which" && ws[1] == "country" {
				q.end = 2
			}
			got := ""
			if k := whoseThing(ws, q); k >= 0 {
				got = ws[k]
			}
			if got != tt.want {
				t.Errorf("whoseThing(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAnswersRole(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in    string
		entry string // the entry that answers, "" for declined
	}{
		{"the nk soldiers sk wants to take... captured by who?", "captured"}, // not whether SK will accept them
		{"so nk troops went to russia to fight against who", "why-sent"},     // not who reports they were sent
		{"Kursk is controlled by who?", "kursk-control"},                     // "under Russian control"
		{"proposal made by who?", "who-proposed"},
		{"Which country's forces are helping North Korea improve its weapon systems?", "combat-experience"},
		{"the north korean soldiers there, they are trained by who?", ""},
		{"who killed the north korean troops", ""},                                                     // the losses say whose the dead are, not who killed them
		{"What word does the report use for the soldiers who died by January 2025?", "losses-january"}, // names no one they were done to
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := e.Answer(tt.in).EntryID; got != tt.entry {
				t.Errorf("Answer(%q) = %q, want %q", tt.in, got, tt.entry)
			}
		})
	}
}

func TestUnguessedRole(t *testing.T) {
	// the terms of the question without the guessed names, "" for none
	checkReading(t, "unguessedRole", func(an analysis) string {
		out, ok := an.unguessedRole()
		if !ok {
			return ""
		}
		return partsText([]analysis{out})
	}, []readingCase{
		{"captured by whom, russia??", "captured who"},
		{"captured by who?", ""},                         // no guess
		{"captured by who, and where are they now?", ""}, // more than a guess follows
	})
}
