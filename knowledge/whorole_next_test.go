package knowledge

import "testing"

// A "who" right before a past act asks that act's doer alone.
func TestWhoRoleNext(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ name, q, want string }{
		{"the captor, not Seoul's saying", "Seoul says it's ready to host North Korean prisoners — who captured them though?", "who-proposed"},
		{"asked alone", "who captured the north korean soldiers", "captured"},
		{"a doer the report does not name", "Seoul is ready to take the prisoners, who trained them though?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.want)
		})
	}
}
