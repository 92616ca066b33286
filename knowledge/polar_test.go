package knowledge

import (
	"strings"
	"testing"
)

func TestFitPolar(t *testing.T) {
	const yes = "Yes. South Korea is ready to accept them."
	tests := []struct {
		question, want string
	}{
		{"Is South Korea ready to accept them?", yes},
		{"so did seoul offer to take them", yes},
		{"nk pows can go to seoul?", yes},
		{"Where would the prisoners go?", "South Korea is ready to accept them."},
		{"seoul", "South Korea is ready to accept them."},
		{"what does sk say it will do, is it real", "South Korea is ready to accept them."},
		{"When will they be accepted?", "South Korea is ready to accept them."},
		{"only ones captured by ukraine or any nk soldier?", "South Korea is ready to accept them."}, // it asks which
		{"will sk take them or not?", yes},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := fitPolar(yes, tt.question); got != tt.want {
				t.Errorf("fitPolar(%q) = %q, want %q", tt.question, got, tt.want)
			}
		})
	}
	if got := fitPolar("Yes, by Ukraine: the report says so.", "who captured them?"); got != "By Ukraine: the report says so." {
		t.Errorf("fitPolar with a comma = %q, want the rest capitalised", got)
	}
	const onCondition = "Yes. South Korea is ready to accept them if they want to relocate."
	for _, tt := range []struct{ question, want string }{
		{"Will South Korea accept every North Korean prisoner?", "South Korea is ready to accept them if they want to relocate."}, // all, but only on a condition
		{"Will South Korea accept the prisoners?", onCondition},
		{"Any chance South Korea accepts the POWs?", onCondition}, // whether it does
		{"Is South Korea still accepting them after all this?", onCondition},
		{"Are the POWs willing to go to South Korea?", "South Korea is ready to accept them if they want to relocate."},  // their wish, the condition itself
		{"Will South Korea accept them if they want to?", onCondition},                                                   // the condition stated, not asked
		{"Will the POWs ultimately go to South Korea?", "South Korea is ready to accept them if they want to relocate."}, // how it turns out, which the condition leaves open
		{"do the prisoners end up in seoul?", "South Korea is ready to accept them if they want to relocate."},
		{"So if a soldier is captured, does he automatically go to South Korea?", "South Korea is ready to accept them if they want to relocate."}, // whatever happens
		{"will they be sent there no matter what?", "South Korea is ready to accept them if they want to relocate."},
		{"wait so would SK just take any NK soldier?", "South Korea is ready to accept them if they want to relocate."}, // whoever it is
		{"Does the report state any commitment to the POWs?", onCondition},                                              // whether there is one
		{"would they only take them if they want to? my uncle says no matter what", onCondition},                        // the condition stated
	} {
		if got := fitPolar(onCondition, tt.question); got != tt.want {
			t.Errorf("fitPolar(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

func TestFigureTested(t *testing.T) {
	checkReading(t, "figureTested", func(an analysis) string {
		keys, _ := figureTested(an.words, an.terms)
		return strings.Join(keys, " ")
	}, []readingCase{
		{"Does the January 2025 figure count only soldiers who died?", "killed"},
		{"Is it true that the 4,000 figure from early February includes wounded soldiers?", "injured"},
		{"Does the 3,000 number include the captured?", "captured"},
		{"How many were injured, as opposed to killed?", ""},                 // asks a count, not yes or no
		{"Does the report include the number of wounded soldiers?", ""},      // no figure before the word that includes
		{"Does the figure include North Korean soldiers in Kursk?", ""},      // no measure asked of it
		{"What does the 4,000 figure include, the dead or the wounded?", ""}, // asks which
		{"is the 4000 number just deaths or deaths plus injuries", "killed injured"},
		{"is it true the 4,000 figure is deaths only, not deaths plus injuries?", "killed injured"},
		{"Does the 3,000 figure count deaths alone, or deaths and injuries?", "killed injured"},
		{"is the 4000 number killed or wounded", ""},                   // no measure alone and with another: which of two
		{"were more of the 3000 killed or injured?", ""},               // a part of the figure
		{"how many of the 4000 were killed or killed and wounded", ""}, // asks a count
	})
}

// TestSidedPolar: a yes or no question that puts a name on a side the
// answer does not put it on gets no "Yes." (review27 25).
func TestSidedPolar(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		q   string
		yes bool
	}{
		{"Is South Korea against Ukraine?", false},
		{"Is South Korea supporting Ukraine?", true},
	} {
		if a := e.Answer(tt.q); strings.HasPrefix(a.Text, "Yes") != tt.yes {
			t.Errorf("%q: %q, want yes %v", tt.q, a.Text, tt.yes)
		}
	}
}
