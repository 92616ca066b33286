package knowledge

// A paragraph pointed at is often led in by the words that frame it as the
// source: "according to the first paragraph, who ...", "based on paragraph
// 6, what ...", "as per para 2". Those words point at the paragraph too:
// left behind, "according to" reads as a speaker's saying and "based" as a
// base, and the question asks what it does not. pointerLeadStart returns
// where such a lead-in begins, before the pointer's first word at s.

// pointerLeads are the two-word lead-ins, by their last word.
var pointerLeads = map[string]string{"to": "according", "on": "based", "per": "as", "by": "going"}

// pointerLeadStart returns the index of the first word of the lead-in
// before s ("the" or "this" between it and the pointer is part of it), or
// s if there is none.
func pointerLeadStart(ws []string, s int) int {
	i := s
	if i > 0 && (ws[i-1] == "the" || ws[i-1] == "this" || ws[i-1] == "that") {
		i--
	}
	if i > 1 && pointerLeads[ws[i-1]] != "" && pointerLeads[ws[i-1]] == ws[i-2] {
		return i - 2
	}
	return s
}
