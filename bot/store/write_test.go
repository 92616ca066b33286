package store

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// Every field comes back as written (PostgreSQL's COPY encodes the rows by
// hand), text PostgreSQL would refuse is kept with its bad bytes replaced
// or left out, and a batch retried after part of it was stored ends up
// stored once.
func TestWriteRoundTrip(t *testing.T) {
	forEachStore(t, func(t *testing.T, url string) {
		d := open(t, url)
		ctx := context.Background()
		a := rec(day0, "u1", "who proposed it", "answered", "who-proposed")
		a.Confidence, a.Took, a.Guild = 0.8125, 1234567*time.Microsecond, ""
		b := rec(day0.Add(time.Second), "u2", "how many tanks ☃?", "declined", "")
		b.Nearest, b.Reason, b.Confidence = "weapons", `score: "tanks" below 0.60`, -0.5
		bad := rec(day0.Add(2*time.Second), "u3", "nul\x00here and \xff invalid", "declined", "")
		if err := d.Write(ctx, []Record{a}, nil); err != nil {
			t.Fatal(err)
		}
		// a retried batch, its first record stored already
		if err := d.Write(ctx, []Record{a, b, bad}, nil); err != nil {
			t.Fatal(err)
		}
		got, err := d.Records(ctx, day0.Add(-time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		want := []Record{a, b, bad}
		want[2].Question = "nulhere and \uFFFD invalid"
		for i := range want {
			want[i].At = want[i].At.UTC()
		}
		if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
			t.Errorf("records:\n got %+v\nwant %+v", got, want)
		}
	})
}

func TestPGText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"☃ snow", "☃ snow"},
		{"a\x00b", "ab"},
		{"a\xffb", "a\uFFFDb"},
		{"\x00\xfe\xff", "\uFFFD"},
		{"", ""},
	} {
		if got := pgText(c.in); got != c.want {
			t.Errorf("pgText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
