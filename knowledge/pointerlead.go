package knowledge

import "strings"

// A paragraph pointed at is often led in by the words that frame it as the
// source: "according to the first paragraph, who ...", "based on paragraph
// 6, what ...", "as per para 2". Those words point at the paragraph too:
// left behind, "according to" reads as a speaker's saying and "based" as a
// base, and the question asks what it does not. pointerLeadStart returns
// where such a lead-in begins, before the pointer's first word at s.

// pointerLeadsOf returns the two-word lead-ins: the pack's English ways
// of saying that its report filler puts before the report as the source
// ("according to the report", "as per the article"), and "based on" and
// "going by", which the pack reads as no saying.
func pointerLeadsOf(syns []Synonym) map[[2]string]bool {
	says := map[string]bool{}
	for _, s := range syns {
		if s.Term == sayTerm && s.Language == "" {
			for _, a := range s.Aliases {
				says[a] = true
			}
		}
	}
	leads := map[[2]string]bool{{"based", "on"}: true, {"going", "by"}: true}
	for _, s := range syns {
		if s.Kind != KindFiller {
			continue
		}
		for _, a := range s.Aliases {
			ws := strings.Fields(a)
			if len(ws) > 3 && (ws[2] == "the" || ws[2] == "this") && says[ws[0]+" "+ws[1]] {
				leads[[2]string{ws[0], ws[1]}] = true
			}
		}
	}
	return leads
}

// pointerLeadStart returns the index of the first word of the lead-in
// before s ("the" or "this" between it and the pointer is part of it), or
// s if there is none.
func pointerLeadStart(ws []string, s int, leads map[[2]string]bool) int {
	i := s
	if i > 0 && (ws[i-1] == "the" || ws[i-1] == "this" || ws[i-1] == "that") {
		i--
	}
	if i > 1 && leads[[2]string{ws[i-2], ws[i-1]}] {
		return i - 2
	}
	return s
}
