package knowledge

// Chat writes a year by its last two digits after an apostrophe
// ("January '25", "since '24"): cut as a word, "'25" was the number 25, a
// day of the month or a count the report never gives, which sank the
// question ("by January '25" named no 2025). After a month or a word that
// leads a date, an apostrophe and two digits alone are the year they
// shorten: "00" to "39" of this century, the rest of the last ("'50" is
// 1950). A decade ("the '60s", decades.go) has its "s" and is not read so.

// shortYearLead are the words besides a month that a short year follows.
var shortYearLead = setOf("in", "since", "by", "of", "early", "late", "mid", "until", "till", "before", "after", "from")

// shortYearAt returns the century to write before the two digits at s[i:]
// ("20" or "19"), when an apostrophe before them shortens a year: they
// are two digits and no more, and prev, the word before, is a month or a
// word of shortYearLead; else "".
func shortYearAt(s string, i int, prev []byte) string {
	if i+2 > len(s) || !isDigit(s[i]) || !isDigit(s[i+1]) || i+2 < len(s) && isASCIIAlnum(s[i+2]) {
		return ""
	}
	if !months[string(prev)] && string(prev) != "may" && !shortYearLead[string(prev)] { // (looked up with no copy)
		return ""
	}
	if s[i] <= '3' {
		return "20"
	}
	return "19"
}

// cutLastWord returns the last word cut so far in cutWords' buffer: the bytes
// of buf before start since the end before the last, or none after a
// possessive's mark.
func cutLastWord(buf []byte, ends []int) []byte {
	if len(ends) == 0 || ends[len(ends)-1] < 0 {
		return nil
	}
	from := 0
	for k := len(ends) - 2; k >= 0; k-- {
		if ends[k] >= 0 {
			from = ends[k]
			break
		}
	}
	return buf[from:ends[len(ends)-1]] // no copy: shortYearAt only looks it up
}
