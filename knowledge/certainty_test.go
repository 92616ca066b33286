package knowledge

import "testing"

// "How sure is the report that X?", "is it certain X?", "how reliable is
// X?" ask how X is known, as "how do we know X?" does; with no fact after
// them they are left as they are.
func TestCertainOf(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"How sure is the report that North Korea actually sent troops to Russia?", "who-says-sent"},
		{"How certain is it that the troops in Kursk are being monitored?", "kursk-activity"},
		{"Is it certain North Korea will send more troops?", "more-troops"},
		{"how reliable is the 3,000 casualty figure?", "losses-january"},
		{"how certain is the report that China made the missiles more accurate?", ""},
		{"Is the Joint Chiefs' remark a firm prediction that North Korea will send more troops?", "more-troops"},
		// of a thing named after "about", a question of it after
		{"How confident is the report about the 4,000 fatalities, is it stated as fact or estimated?", "fatalities-feb"},
		{"how sure is the report about the chinese missiles, is that confirmed?", ""},
	})
	for _, tt := range []struct {
		q    string
		want int
	}{
		{"how sure is the report that north korea sent troops", 6},
		{"i mean how reliable is the 3000 figure", 5},
		{"is it certain that they will send more", 4},
		{"how certain is it", 0},
		{"how sure are they about it", 0},
		{"how confident is the report about the 4000 fatalities", 6},
		{"how sure can we be about the 4000 fatalities", 0},
		{"is the remark a firm prediction that they will send more", 7},
		{"is the remark a firm prediction that they", 0},
		{"is the prediction firm", 0},
	} {
		if got := certainOf(sentenceWords(tt.q)); got != tt.want {
			t.Errorf("certainOf(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}

// "Does X show up in this report?" asks what the report says of X: the
// US is in it, China is not. "The highest" toll is not read as the
// latest (that the later figure is the higher is this report's data,
// not what the word means): both figures are given.
func TestInTheReport(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Does the US show up in this report at all?", "sentence-4-1"},
		{"Does China show up in this report at all?", ""},
		{"does Budanov appear in the report?", "budanov-role"},
		{"What's the highest death toll in the report?", "losses"},
	})
}

// An exact figure asked with a rough one as the other choice asks which
// the report gives; a figure runs to a date; a tail question of the thing
// is cut before who says it is asked.
func TestExactOrRough(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Does the article give an exact figure for how many troops North Korea sent, or only a rough one?", "troop-count"},
		{"exactly how many troops did north korea send?", ""},
		{"Up to what point in time does the 4,000 fatality estimate run?", "fatalities-feb"},
		{"who runs the estimate?", ""},
	})
	for _, tt := range []struct {
		in, want string
	}{
		{"the 4000 fatalities is it stated as fact", "the 4000 fatalities"},
		{"they are in kursk", "they are in kursk"},
	} {
		if got := joinWords(tailAskedCut(sentenceWords(tt.in))); got != tt.want {
			t.Errorf("tailAskedCut(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// "Is it confirmed that X sent ...?" asks who says they were sent,
// whatever else X says ("to help Russia" is no question of why), and
// a doubt after it ("or is the report relying on what certain
// governments are saying?") asks nothing more.
func TestConfirmedSent(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Is it confirmed that North Korea sent soldiers to help Russia?", "who-says-sent"},
		{"Is it confirmed that North Korea sent soldiers to help Russia, or is the report relying on what certain governments are saying?", "who-says-sent"},
		{"Is it confirmed that North Korean soldiers are fighting in this war, or is that only based on reports?", "who-says-sent"},
		{"Is it confirmed that North Korea sent tanks to Russia?", ""},
		{"Is it confirmed that China sent troops to help Russia?", ""},
	})
}
