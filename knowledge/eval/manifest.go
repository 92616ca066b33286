package eval

import (
	"fmt"
	"io"

	"github.com/pelletier/go-toml/v2"
)

// Manifest names every question set, in testdata/sets.toml: what style it
// is written in, how it scored when first run, before any change was made
// for it (the honest estimate for questions not yet seen), and the bar it
// must meet now.
type Manifest struct {
	// Standard is the bar of a set that names none.
	Standard Bar   `toml:"standard"`
	Sets     []Set `toml:"set"`
}

// Set is one question set, testdata/NAME.jsonl.
type Set struct {
	Name  string `toml:"name"`
	Style string `toml:"style"`
	// First is the set's score when first run, as then recorded.
	First First `toml:"first"`
	// Bar is the set's own bar, if it has one (see Manifest.Bar).
	Bar *Bar `toml:"bar"`
	// Note says what the set found and what became of it: the fixes it
	// led to, labels changed and why, misses left and why.
	Note string `toml:"note"`
}

// First is a set's score when first run, as recorded then ("96.7%",
// "3.3% (1 of 30)"); "–" where the set had none of that kind.
type First struct {
	Right    string `toml:"right"`
	Wrong    string `toml:"wrong"`
	Declined string `toml:"declined"`
}

// Bar is what a set must score, in percent: at least Right of the
// answerable questions right, at most Wrong of them answered wrongly, at
// least Declined of the others declined.
type Bar struct {
	Right    float64 `toml:"right"`
	Wrong    float64 `toml:"wrong"`
	Declined float64 `toml:"declined"`
}

// ReadManifest reads a manifest, refusing unknown keys.
func ReadManifest(r io.Reader) (Manifest, error) {
	var m Manifest
	dec := toml.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return Manifest{}, err
	}
	seen := map[string]bool{}
	for i, s := range m.Sets {
		switch {
		case s.Name == "":
			return Manifest{}, fmt.Errorf("set #%d has no name", i+1)
		case seen[s.Name]:
			return Manifest{}, fmt.Errorf("set %s is listed twice", s.Name)
		}
		seen[s.Name] = true
	}
	return m, nil
}

// Bar returns the bar set s must meet: its own, or the standard one.
func (m Manifest) Bar(s Set) Bar {
	if s.Bar != nil {
		return *s.Bar
	}
	return m.Standard
}

// Misses lists how r falls short of the bar, and any misquote or answer
// without a citation, which no bar allows; none if it meets it.
func (b Bar) Misses(r Report) []string {
	var out []string
	if got := pct(r.Correct, r.InScope); got < b.Right {
		out = append(out, fmt.Sprintf("answerable right: %d/%d (%.1f%%), want at least %.0f%%", r.Correct, r.InScope, got, b.Right))
	}
	// (with no answerable question, NaN: never over the bar)
	if got := 100 * float64(r.Wrong) / float64(r.InScope); got > b.Wrong {
		out = append(out, fmt.Sprintf("wrong answers: %d of %d (%.1f%%), want at most %.0f%%", r.Wrong, r.InScope, got, b.Wrong))
	}
	if got := pct(r.OOSDeclined, r.OOS); got < b.Declined {
		out = append(out, fmt.Sprintf("unanswerable declined: %d/%d (%.1f%%), want at least %.0f%%", r.OOSDeclined, r.OOS, got, b.Declined))
	}
	if r.Misquoted != 0 || r.Uncited != 0 {
		out = append(out, fmt.Sprintf("misquoted %d, uncited %d, want none", r.Misquoted, r.Uncited))
	}
	return out
}
