package knowledge

import "testing"

func TestDoerAsked(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question   string
		doer, act  string // "" for none
		wantClefts bool
	}{
		{"Was it South Korea that reported the 3,000 figure?", "south_korea", "report", true},
		{"was it the US that reported the 3k number?", "united_states", "report", true},
		{"wasn't it budanov who proposed taking in the pows?", "budanov", "propose", true},
		{"According to the report, was it South Korea that reported the figure?", "south_korea", "report", true},
		{"Did Budanov make the POW proposal?", "budanov", "propose", false}, // past the name between
		{"is it true budanov proposed taking the pows?", "budanov", "propose", false},
		{"Is the Kursk region under Ukrainian control?", "", "", false},            // a place; Ukraine says whose
		{"is the kursk region controlled by ukraine?", "ukraine", "control", true}, // a passive's doer, after "by"
		{"was the 3,000 figure reported by South Korea?", "south_korea", "report", true},
		{"was the kn-23 improved by ukraine?", "ukraine", "improve", true}, // past a thing
		{"Are the North Korean troops in Kursk?", "", "", false},           // a group, not one who may do instead
		{"Is the 4,000 figure from South Korea?", "", "", false},           // after "from"
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			an := e.an.analyzeWords(sentenceWords(tt.question), true)
			i, act, cleft := e.doerAsked(an)
			doer := ""
			if i >= 0 {
				doer = an.terms[i].text
			}
			if doer != tt.doer || act != tt.act || cleft != tt.wantClefts {
				t.Errorf("doerAsked = %q %q %v, want %q %q %v", doer, act, cleft, tt.doer, tt.act, tt.wantClefts)
			}
		})
	}
}

// TestWrongDoer: a claim put to check, or a cleft asking who did a thing,
// that names the wrong doer is answered by the entry that says who did
// it; asked plainly ("did Budanov propose ...?"), or of an act the entry
// gives no doer for, it is declined.
func TestWrongDoer(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"Was it South Korea that reported the 3,000 figure?", "Ukraine reported"},
		{"was it the US that reported the 3k number?", "Ukraine reported"},
		{"South Korea reported the 3,000 figure, right?", "Ukraine reported"},
		{"Russia proposed accepting POWs, right?", "South Korea"},
		{"is it true budanov made the pow proposal?", "South Korea"}, // a person's act, by the country the entry names
		{"wasn't it budanov who proposed taking in the pows?", "Cho Tae-yul"},
		{"Is it true that Budanov proposed that South Korea take in the North Korean POWs?", "Cho Tae-yul"}, // another person, whose country the claim names for what it says of it
		{"was it cho who said north korea is gaining combat experience?", "Budanov"},
		{"was it ukraine that improved the kn-23?", "Russia has enhanced"},
		{"is the kursk region controlled by ukraine?", "Russia"},
		{"was the 3,000 figure reported by South Korea?", "Ukraine reported"},
		{"were budanov's claims confirmed by the us?", ""},                                              // Ukraine, whom Budanov acts for, is no other party
		{"the defense minister proposed taking the pows, right?", "Foreign Minister"},                   // a role as the doer, its qualifier wrong
		{"bet the defense minister is the genius who came up with this, right? /s", "Foreign Minister"}, // a guess put to check, in jest
		{"bet the defense minister came up with this, right?", ""},                                      // the entry nearest without the qualifier does not say who holds the post
		{"did the defense minister propose accepting the pows?", ""},
		{"South Korea's defense minister made the offer, right?", "Foreign Minister"},                        // asked as who made it
		{"Sir, the proposal was given by the South Korean Defence Minister, correct?", "Foreign Minister"},   // a post after "by", the one asked addressed
		{"was the offer made by the defence minister?", ""},                                                  // asked plainly
		{"Did Budanov propose accepting the POWs?", ""},                                                      // asked plainly: whether he did, which the report does not say
		{"Did the United States capture North Korean soldiers?", ""},                                         // the same
		{"is it true the US estimated the 4,000 fatalities?", ""},                                            // the report names no one who estimated it
		{"South Korea's defense minister made the offer, right?", "Foreign Minister"},                        // asked as who made it
		{"Sir, the proposal was given by the South Korean Defence Minister, correct?", "Foreign Minister"},   // a post after "by", the one asked addressed
		{"was the offer made by the defence minister?", ""},                                                  // asked plainly
		{"was it the Defence Minister of South Korea who made the proposal to Ukraine?", "Foreign Minister"}, // whose post after it, "of South Korea"
		{"was it the defence minister of japan who made the proposal?", ""},
		{"Did Budanov propose accepting the POWs?", ""},              // asked plainly: whether he did, which the report does not say
		{"Did the United States capture North Korean soldiers?", ""}, // the same
		{"is it true the US estimated the 4,000 fatalities?", ""},    // the report names no one who estimated it
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}

func TestRoleDoer(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		role     string // "" for none
		cleft    bool
	}{
		{"the defense minister proposed taking the pows, right?", "foreign_minister", false},
		{"was it the defense minister who made the proposal?", "foreign_minister", true},
		{"was it south korea's defense minister who proposed accepting the pows?", "foreign_minister", true},
		{"is it true budanov proposed taking the pows?", "", false}, // a person named first
		{"is the foreign minister from south korea?", "", false},
		{"did sk's military say anything", "", false}, // troops: a group, no post    // no act after the role
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			an := e.an.analyzeWords(sentenceWords(tt.question), true)
			i, cleft := e.roleDoer(an)
			role := ""
			if i >= 0 {
				role = an.terms[i].text
			}
			if role != tt.role || cleft != tt.cleft {
				t.Errorf("roleDoer = %q %v, want %q %v", role, cleft, tt.role, tt.cleft)
			}
		})
	}
}
