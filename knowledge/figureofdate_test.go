package knowledge

import "testing"

// TestDatedFigure: a figure named by its date and kind alone ("the Feb
// number") is one of the report's, corrected by the entry of that date;
// a number naming no one nor such a figure is not checked.
func TestDatedFigure(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, has string }{
		{"the Feb number was 5k, right?", "4,000"},
		{"the jan death toll was 5000, right?", "3,000"},
		{"the march number was 6k, right?", ""}, // no figure of that month
		{"the war started in 2022, right?", ""},
		{"wait so 5000 of dem man died by early feb innit?", "4,000"},        // the month's part is of the date
		{"arr so 5000 NK lads be dead in Kursk by early feb, aye?", "4,000"}, // "aye" puts it to check
		{"5000 died by early march, innit?", ""},                             // no figure of that month
		{"So deaths hit 5,000 by February?", "4,000"},                        // a figure reaching its number; "died", "hit" state a claim
		{"So deaths hit 5,000 by March?", ""},
		{"So deaths hit 4,000 by March?", ""}, // reached by a date the report gives nothing of (reachedDateGuard)
		{"Did NK fatalities go past 4000 by March?", ""},
		{"Am I right that roughly 4,000 had died by late March?", "February"}, // a figure put at a wrong date is corrected
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}
