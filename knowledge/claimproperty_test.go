package knowledge

import "testing"

// TestWrongProperty: a property put to check that the report does not give
// of a thing it does give one of is corrected by the report's; asked
// plainly, or of a thing the report gives no property of, it is declined.
func TestWrongProperty(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"The report says Russia improved the range of North Korea's KN-23 missiles, correct?", "accuracy"},
		{"Russia improved the speed of the KN-23, right?", "accuracy"},
		{"Did Russia improve the range of the KN-23?", ""},             // asked plainly
		{"Russia improved the range of the troops rifles, right?", ""}, // no property of rifles
		{"Russia made the KN-23s more powerful, right?", "accuracy"},   // power, a property, not an improvement confirmed
		{"did russia make the kn-23 more powerful?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}

func TestPropertiesOf(t *testing.T) {
	e := testEngine(t)
	if !e.properties["accuracy"] {
		t.Errorf("properties = %v, want accuracy among them", e.properties)
	}
}
