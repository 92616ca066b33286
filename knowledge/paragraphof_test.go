package knowledge

import "testing"

// A question of which paragraph says a thing is asked as the thing alone
// and answered with the paragraphs its answer cites; a thing nothing
// answers stays declined.
func TestParagraphOf(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"Which paragraph mentions the KN-23?", "kn23", []string{"paragraph 7"}},
		{"In which paragraph is the phone call described?", "how-proposed", []string{"paragraph 3: \"On a recent phone call"}}, // the cited sentence after the colon
		{"Kindly identify the paragraph in which the South Korean Joint Chiefs of Staff are mentioned.", "more-troops", []string{"paragraph 5"}},
		{"Which paragraph brings up the KN-23 missiles?", "kn23", []string{"paragraph 7"}},
		{"which paragraph mentions China?", "", nil},
		{"In which paragraph does the KN-23 missile claim appear?", "kn23", []string{"paragraph 7"}},
		{"Which paragraph names the Ukrainian official Cho spoke with?", "", nil},
		// "paragraph reference for X", "of the article", a possessive
		{"Paragraph reference for the Joint Chiefs statement.", "more-troops", []string{"paragraph 5"}},
		{"in which paragraph of the article is the head of Ukraine's Defence Intelligence mentioned?", "budanov-role", []string{"paragraph 7"}},
		{"paragraph reference for china's role?", "", nil},
		// a newsroom's "par" and "graf" are paragraphs; "on par with" is not
		{"Which par has the Joint Chiefs line?", "more-troops", []string{"paragraph 5"}},
		{"which graf mentions the KN-23?", "kn23", []string{"paragraph 7"}},
		{"which par mentions civilians?", "", nil},
		{"Is the casualty count on par with last year?", "", nil},
		// a greeting before it, an adverb before the verb
		{"Hello. Which paragraph of the report first mentions the Kursk region?", "where-fighting", []string{"paragraph"}},
		{"Hello. Which paragraph mentions China?", "", nil},
		{"Which paragraph of the report first mentions the KN-23?", "kn23", []string{"paragraph 7"}}, // "of the report", "first": every paragraph is the report's
		{"Which paragraph of the article first mentions China?", "", nil},
		// "first" is part of the ask: the first paragraph with a sentence
		// that prints the thing as asked, cited from that sentence when
		// the thing's answer cites another (North Korea is printed in
		// paragraph 1, its answer cites 4, 6, 9); a name read as another
		// the report prints (Moscow, the Kremlin as Russia; the Pentagon
		// as the United States) is mentioned in no paragraph
		{"which paragraph first mentions North Korea?", "why-sent", []string{"paragraph 1:"}},
		{"which paragraph first mentions Pyongyang?", "", nil},
		{"which paragraph mentions North Korea first?", "why-sent", []string{"paragraph 1:"}},
		{"In which paragraph does the writer first mention North Korea?", "why-sent", []string{"paragraph 1:"}},
		{"which paragraph first mentions Moscow?", "", nil},
		{"which paragraph first mentions the Kremlin?", "", nil},
		{"which paragraph first mentions the Pentagon?", "", nil},
		{"which paragraph first mentions Kyiv?", "sk-support", []string{"paragraph 4:"}},
		{"which paragraph first mentions South Korea?", "sk-support", []string{"paragraph 1:"}},
		{"which paragraph first mentions Ukraine?", "sk-support", []string{"paragraph 1:"}},
		{"which paragraph first mentions the russians?", "why-sent", []string{"paragraph 4:"}},
		{"which paragraph first mentions Kursk?", "where-fighting", []string{"paragraph 6:"}},
		{"which paragraph is Kursk first mentioned in?", "where-fighting", []string{"paragraph 6:"}},
		// a paragraph that carries or holds a figure prints it; its
		// number asked is the paragraph asked
		{"Which paragraph number carries the February casualty estimate?", "fatalities-feb", []string{"paragraphs 5 and 8"}},
		{"which paragraph holds the 3,000 figure?", "losses-january", []string{"paragraph"}},
		{"Which paragraph carries the number of prisoners taken?", "", nil},
		{"In which paragraph does the report characterise the matter as a legal dispute?", "", nil},
		{"Which paragraph number carries China's reaction?", "", nil},
		// an exam's "numbered" paragraph is the paragraph
		{"Which numbered paragraph holds the February fatality estimate?", "fatalities-feb", []string{"paragraphs 5 and 8"}},
		{"Which numbered paragraph holds the Russian fatality estimate?", "", nil},
		{"Which specific paragraph mentions the summit in Washington?", "", nil},
	})
	for _, tt := range []struct{ q, want string }{
		{"Which paragraph mentions the KN-23?", "the kn23?"},
		{"In which paragraph is the phone call described?", "the phone call?"},
		{"In which paragraph does the report describe the phone call?", "the phone call?"},          // "report" after "the" is no verb
		{"Which paragraph states the 'first since the 1950s' point?", "the first since the 1950s?"}, // "point" names the passage
		{"Which paragraph spells out the condition for moving to South Korea?", "the condition for moving to south korea?"},
		{"What does paragraph 7 say?", ""},
		{"Which paragraph?", ""},
		{"which paragraph is that in", ""},
		{"para ref for the phone call", "the phone call?"},
		{"which paragraph first mentions kursk", "kursk?"},
		{"which paragraph mentions kursk first", "kursk?"},
		{"Thanks. I think so. Which paragraph mentions kursk?", ""},
		{"in which paragraph of the report is the call described?", "the call?"},
		{"which paragraph mentions ukraine's allies", "ukraine's allies?"},
		{"which paragraph number carries the february estimate", "the february estimate?"},
		{"which paragraph held the 4,000 figure", "the 4000 figure?"},
	} {
		if got, _, _ := e.paragraphOfAsked(tt.q, nil); got != tt.want {
			t.Errorf("paragraphOfAsked(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// "Which sentence says ...?" is asked as "which paragraph" is and answered
// with the sentences in the report's words; after a summary that says a
// thing in its own words, "which sentence says they have to want it?" is
// asked where the report says it, not of the summary's citations.
func TestSentenceOf(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"Which sentence mentions the KN-23?", "kn23", []string{"In the report's words", "(paragraph 7)"}},
	})
	checkTurns(t, e, []turnCase{
		{name: "summary's own words", before: []string{"tl;dr of the seoul POW offer pls"},
			q: "which sentence says they have to want it?", entry: "condition", says: "express interest"},
		{name: "what the summary cites", before: []string{"tl;dr of the seoul POW offer pls"},
			q: "which paragraph says that?", entry: "summary", says: "paragraph 1"},
	})
}
