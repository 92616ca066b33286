package knowledge

import "testing"

// A long, polite message is answered by the one request it reports, asked
// alone, under every guard; a request the report cannot answer, or two
// requests, leave it declined.
func TestAnswerRequested(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q string
		entry   string // "" for declined
	}{
		{"asked what", "Hi, quick follow-up from this morning's call, and thanks again for joining. Leadership asked what North Korea is supposedly getting out of its involvement in the fighting. Could you pull that from the report for me? Much obliged, best, Marcus", "combat-experience"},
		{"need to know when", "Hello, I appreciate you taking the time to read this. For the timeline on our intranet page, I need to know when North Korea first sent its soldiers to Russia according to the article. Would you be able to check for me? Many thanks, Sarah", "when-sent"},
		{"not in the report", "Hello, hope you are well. My editor asked whether the report says how many tanks North Korea sent. Thanks so much, Ann", ""},
		{"two requests", "Hello. I need to know when North Korea sent soldiers. Also my boss asked who the president of Ukraine is. Thanks", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := answeredBy(e.Answer(tt.q)); got != tt.entry {
				t.Errorf("Answer(%q) by %q, want %q\n%s", tt.q, got, tt.entry, e.Explain(tt.q))
			}
		})
	}
}

// requested reads what a request asks; requestedQuestion, asked before
// the message is read whole, only a question a question word opens:
// "wants the ..." is a yes/no question's, not a request.
func TestRequested(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		s, want  string // "" for no request
		question bool   // whether requestedQuestion gives want too
	}{
		{"Our analyst asked whether the report says anything about the KN-23.", "whether the report says anything about the KN-23.", true},
		{"our desk needs the casualty figure as of January.", "the casualty figure as of January.", false},
		{"I need to know when they went.", "when they went.", true},
		{"I need to know who in the government made the offer.", "who in the government made the offer.", true},
		{"Thanks so much for your help last week.", "", false},
		{"I need a coffee first.", "", false},
		{"so like sk wants the captured nk soldiers?? no cap?", "the captured nk soldiers?? no cap?", false}, // a thing, asked only last
		{"I have been following the news and would be grateful if someone could tell me which official proposed it.", "which official proposed it.", true},
		{"Would someone be kind enough to tell me in which region the troops are engaged?", "in which region the troops are engaged?", true},
		{"I would like to know by what means the minister conveyed his proposal.", "by what means the minister conveyed his proposal.", true},
		{"tell me about the offer", "", false},      // nothing asked after it
		{"tell me who", "", false},                  // too short to ask alone
		{"who proposed it? let me know", "", false}, // nothing after it
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			if got, ok := requested(tt.s); got != tt.want || ok != (tt.want != "") {
				t.Errorf("requested(%q) = %q, %v, want %q", tt.s, got, ok, tt.want)
			}
			want := ""
			if tt.question {
				want = tt.want
			}
			if got, ok := e.an.requestedQuestion(tt.s); got != want || ok != (want != "") {
				t.Errorf("requestedQuestion(%q) = %q, %v, want %q", tt.s, got, ok, want)
			}
		})
	}
}

// mayRequest must hold for every marker requestMarker matches, or a
// request would go unread.
func TestMayRequest(t *testing.T) {
	tests := []string{"Asked me whether", "is asking about", "NEEDS to know", "wants", "would like to find out", "I'd like to learn",
		"wondering", "wondered", "tell me", "let me know", "inform me", "enlighten me", "advise me", "to know"}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			if !requestMarker.MatchString(s + " who") {
				t.Fatalf("requestMarker does not match %q", s)
			}
			if !mayRequest(s + " who") {
				t.Errorf("mayRequest(%q) = false, want true", s)
			}
		})
	}
	if mayRequest("How many North Korean soldiers died in Kursk?") {
		t.Errorf("mayRequest of a question with no request word = true, want false")
	}
}

func TestHabitual(t *testing.T) {
	for _, c := range []struct {
		before string
		want   bool
	}{
		{"I always ", true},
		{"Honestly I usually ", true},
		{"I ", false},
		{"Cho often says things, I ", false},
		{"Cho often says things and I ", false},
		{"Often, I ", true},
	} {
		if got := habitual(c.before); got != c.want {
			t.Errorf("habitual(%q) = %v, want %v", c.before, got, c.want)
		}
	}
}
