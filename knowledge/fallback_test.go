package knowledge

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// saltmereEngine answers from the pack `reportbot init` made of another
// report (see initpack): no curated entry but where it comes from and
// what it is about.
func saltmereEngine(t testing.TB, opts ...Option) *Engine {
	t.Helper()
	p, err := Load(os.DirFS("testdata/saltmere"))
	if err != nil {
		t.Fatal(err)
	}
	return NewEngine(p, opts...)
}

// A question no entry answers is answered from the sentence of the report
// that holds it whole, cited verbatim; a near miss is declined.
func TestAnswersFromSentences(t *testing.T) {
	e := saltmereEngine(t)
	tests := []struct {
		q    string
		want string // the sentence's id; "" to decline
	}{
		{"How much did the plant cost?", "sentence-3-1"},
		{"When did Saltmere open the desalination plant?", "sentence-2-1"},
		{"Who built the plant?", "sentence-5-1"},
		{"How many residents does Saltmere have?", "sentence-2-1"},
		{"Who is Tomas Reyes?", "sentence-6-2"},
		{"What is Nordhaven Water?", "sentence-5-1"},
		{"When did the solar farm open?", "sentence-8-1"},
		{"How many outlets does the pipe have?", "sentence-7-1"},
		{"When did rationing begin?", "sentence-4-1"},
		{"Will the council publish the readings?", "sentence-7-2"},
		{"how many litres were households limited to", "sentence-4-2"},

		{"How much did the solar farm cost?", ""},              // another's cost
		{"When will the swimming pools reopen?", ""},           // a word the report lacks
		{"Who is the mayor of Vila Nova?", ""},                 // another town's mayor
		{"How much did the plant in Vila Nova cost?", ""},      // another town's plant
		{"When did the plant open?", "sentence-2-1"},           // not the solar farm's 2023
		{"Who runs the plant?", ""},                            // "runs on", and Saltmere is a place
		{"Did the national government not pay?", ""},           // "not"
		{"What is the ongoing drought?", ""},                   // no sentence says what it is
		{"How many sardines do fishermen catch?", ""},          // no number of them
		{"How deep is the brine pipe?", ""},                    // "sensors will measure salinity" gives no measure
		{"Who will operate it?", ""},                           // "it" is not in the question
		{"When did the fishermen's association say that?", ""}, // 2019 dates the catches
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if tt.want == "" {
				if a.Answered {
					t.Fatalf("Answer(%q) = %s %q, want it declined", tt.q, a.EntryID, a.Text)
				}
				return
			}
			if !a.Answered || a.EntryID != tt.want {
				t.Fatalf("Answer(%q) = %v %s, want answered by %s:\n%s", tt.q, a.Answered, a.EntryID, tt.want, e.Explain(tt.q))
			}
			c := a.Citations
			if len(c) != 1 || c[0].Quote != a.Text {
				t.Errorf("citations %+v, want the sentence %q itself", c, a.Text)
			}
			if text, _ := e.Pack().Paragraph(c[0].Paragraph); !strings.Contains(text, c[0].Quote) {
				t.Errorf("quote %q is not verbatim in paragraph %d", c[0].Quote, c[0].Paragraph)
			}
			if a.Confidence > sentenceMaxConfidence || a.Topic != sentenceTopic {
				t.Errorf("confidence %v, topic %q, want at most %v and %q", a.Confidence, a.Topic, sentenceMaxConfidence, sentenceTopic)
			}
		})
	}
}

// Curated entries come first: a question both an entry and a sentence
// answer is answered by the entry.
func TestCuratedFirst(t *testing.T) {
	e := saltmereEngine(t)
	for _, q := range []string{"What is the report about?", "summary"} {
		if a := e.Answer(q); a.EntryID != "summary" {
			t.Errorf("Answer(%q) = %q, want the entry summary, not the sentence it cites", q, a.EntryID)
		}
	}
}

// WithoutSentences answers from the curated entries alone.
func TestWithoutSentences(t *testing.T) {
	q := "How much did the plant cost?"
	if a := saltmereEngine(t).Answer(q); !a.Answered {
		t.Fatalf("Answer(%q) declined with the sentences", q)
	}
	if a := saltmereEngine(t, WithoutSentences()).Answer(q); a.Answered {
		t.Errorf("Answer(%q) = %s without the sentences, want it declined", q, a.EntryID)
	}
}

// Explain tells the sentences' part as it tells the entries'.
func TestExplainSentences(t *testing.T) {
	got := saltmereEngine(t).Explain("How much did the solar farm cost?")
	for _, want := range []string{"asked of the report's sentences", "sentence-3-1", "whole-question: sentence lacks", "declined"} {
		if !strings.Contains(got, want) {
			t.Errorf("Explain lacks %q:\n%s", want, got)
		}
	}
	got = saltmereEngine(t).Explain("How much did the plant cost?")
	if !strings.Contains(got, "answered by sentence-3-1") {
		t.Errorf("Explain does not say the sentence answered:\n%s", got)
	}
}

// Each guard of a sentence turns down a sentence for its own example, and
// no other guard would: asked again without it, the example is answered
// by that sentence.
func TestSentenceGuardExamples(t *testing.T) {
	// asked of the Saltmere pack, or, for a guard whose example needs the
	// names a curated pack knows, of the embedded one
	engines := []*Engine{saltmereEngine(t), testEngine(t)}
	all := engines[0].sentences.guards
	for _, g := range all {
		if slices.Contains(guards, g) {
			continue // the entries' guards, and their examples, are tested on their own
		}
		t.Run(g.name, func(t *testing.T) {
			var e *Engine
			var with trace
			var a Answer
			var turned []string
			for _, e = range engines {
				with = trace{}
				a = e.answer(g.example, &with)
				for _, v := range with.verdicts {
					if v.guard == g {
						turned = append(turned, v.entry)
					}
				}
				if len(turned) > 0 {
					break
				}
			}
			if len(turned) == 0 {
				t.Fatalf("%q: %s turns down no sentence:\n%s", g.example, g.name, with.b.String())
			}
			all := e.sentences.guards
			e.sentences.guards = slices.DeleteFunc(slices.Clone(all), func(x *guard) bool { return x == g })
			var without trace
			b := e.answer(g.example, &without)
			e.sentences.guards = all
			if !b.Answered || !slices.Contains(turned, b.EntryID) {
				t.Errorf("%q: without %s, answered %v by %q, want by one it turned down (%s):\n%s", g.example, g.name, b.Answered, b.EntryID, strings.Join(turned, ", "), without.b.String())
			}
			if a.Answered && a.EntryID == b.EntryID {
				t.Errorf("%q: answered by %s with %s and without", g.example, a.EntryID, g.name)
			}
		})
	}
}

func TestGives(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"It cost 118 million euros.", []string{"how many"}},
		{"It took 26 months to build.", []string{"how many", "how long"}},
		{"It opened on Tuesday.", []string{"when"}},
		{"It opened in 2023.", []string{"when"}},
		{"The cannery closed in May.", []string{"when"}},
		{"You may go.", nil},
		{"The plant is at Gull Point.", []string{"where"}},
		{"It was built by Nordhaven Water.", []string{"who"}},
		{"Tomas Reyes warned.", nil}, // a sentence's first word names no one: it is capitalised anyway
		{"Its first war since the 1950s.", []string{"when"}},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := Gives(tt.sentence); !slices.Equal(got, tt.want) {
				t.Errorf("Gives(%q) = %q, want %q", tt.sentence, got, tt.want)
			}
		})
	}
}

// A pronoun points outside the question unless it stands for a person or
// a role the question names before it.
func TestPointsOutside(t *testing.T) {
	checkReading(t, "pointsOutside", func(an analysis) string { w, _ := pointsOutside(an.words, an.terms); return w }, []readingCase{
		{"What did the minister stress when he presented the proposal?", ""}, // the minister
		{"What did Cho say after he called?", ""},                            // Cho
		{"When did he call?", "he"},                                          // no one named
		{"What did he tell the minister?", "he"},                             // named after it
		{"Did South Korea say they would accept them?", "they"},              // a country: "they" may be its soldiers
	})
}

// How a thing is described the sentence that names it says in its own
// words: "described" need not be one of them.
func TestDescribedBySentence(t *testing.T) {
	e := testEngine(t)
	q := "How are the United States and South Korea described in relation to Kyiv?"
	if a := e.Answer(q); a.EntryID != "sentence-4-1" {
		t.Errorf("Answer(%q) = %q, want sentence-4-1 (its allies)", q, a.EntryID)
	}
}

// The words a sentence must have itself are those that make no term, but
// not a filler's, which only frame the question.
func TestLooseWords(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"What are the United States and South Korea described as in relation to Kyiv?", nil},
		{"Who made the KN-23?", []string{"made"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := e.looseWords(e.an.analyze(tt.q, true)); !slices.Equal(got, tt.want) {
				t.Errorf("looseWords(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
