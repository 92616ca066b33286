package knowledge

import "testing"

func TestMinisterOfACountry(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"which minister for ukraine dey talk about the pows?", ""}, // Ukraine's minister: the report names none
		{"which ukrainian minister made the offer?", ""},
		{"which minister from ukraine proposed taking the soldiers?", ""},
		{"which russian minister talked about the pows?", ""},
		{"which minister of South Korea made the offer?", "who-proposed"},
		{"which south korean minister made the offer?", "who-proposed"},
		{"which minister in seoul made the offer?", "who-proposed"},
		{"which minister made the offer?", "who-proposed"},
	})
}

func TestMinisterOfReading(t *testing.T) {
	tests := []struct{ q, want string }{
		{"which ukrainian minister made the offer?", "ukraine"},
		{"which minister for ukraine dey talk about the pows?", "ukraine"},
		{"which minister of south korea made the offer?", "south_korea"},
		{"which minister made the offer?", ""},
		{"which offer did the minister of ukraine make?", ""}, // no "which minister"
	}
	e := testEngine(t)
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			an := e.an.analyze(tt.q, true)
			got, _ := officialAsked(an.words, an.terms)
			if got != tt.want {
				t.Errorf("officialAsked(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
