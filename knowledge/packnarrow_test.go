package knowledge

import "testing"

// TestPackNarrowed: words review28 (item 9) found read as one eval
// question's vocabulary keep their English sense: "formed" is trained only
// with its trainer after it, "have to do" a condition only before "to",
// and "raw", "ohio", "2023" are not dropped as filler nor read as a key.
func TestPackNarrowed(t *testing.T) {
	has := func(term string) func(analysis) string {
		return func(a analysis) string {
			for _, t := range a.terms {
				if t.text == term {
					return "yes"
				}
			}
			return "no"
		}
	}
	checkReading(t, "train", has("train"), []readingCase{
		{"Are the troops formed and surveilled by the Russians?", "yes"},
		{"Who formed the coalition?", "no"},
	})
	checkReading(t, "condition", has("condition"), []readingCase{
		{"What do the POWs have to do to relocate?", "yes"},
		{"What does the offer have to do with Ukraine?", "no"},
	})
	checkReading(t, "before last year", has("before last year"), []readingCase{
		{"How many troops were in Kursk in 2023?", "no"},
	})
	checkReading(t, "filler", func(a analysis) string {
		if len(a.unknown) > 0 {
			return "kept"
		}
		for _, t := range a.terms {
			if t.kind != KindFiller {
				return "kept"
			}
		}
		return "dropped"
	}, []readingCase{
		{"raw", "kept"},
		{"ohio", "kept"},
	})
}
