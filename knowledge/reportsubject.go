package knowledge

// A question may name the report as the one who says, inside a wh-question:
// "how does the report describe the timing of the call?", "which missile
// does the report name?", "what conclusion does the report draw about the
// losses?". The report is then the frame around what is asked, not a word
// of it: kept, it weighs as much as the words asked about, and an entry
// that answers them scores under the threshold. A frame that opens the
// question ("does the report say that ...?") is read by unframe; this one
// sits after the wh-word, where only the report's name is dropped, and
// the verb keeps what it asks ("describe" asks how the report puts it).

// reportSubjectAux are the words a question puts before "the report" when
// the report is the one who says ("does the report", "did this report").
var reportSubjectAux = map[string]bool{"does": true, "did": true, "do": true}

// dropReportSubject returns ts without a plain "report" term that is the
// subject of the question's verb: "does the report ...", after some other
// word has opened the question (an opening "does the report ..." is
// unframe's). "Who reports ...?" and "the reports of ..." keep it.
func dropReportSubject(ws []string, ts []term) []term {
	for i, t := range ts {
		if t.kind != "" || t.text != "report" || t.end != t.pos+1 || t.pos < 3 || ws[t.pos] != "report" {
			continue
		}
		if (ws[t.pos-1] == "the" || ws[t.pos-1] == "this") && reportSubjectAux[ws[t.pos-2]] && asksBesidesNames(ts, i) {
			return append(ts[:i:i], ts[i+1:]...)
		}
	}
	return ts
}

// asksBesidesNames reports whether ts, without its i-th term, still asks of
// something besides names and the wh-word: "how does the report describe
// the situation in Ukraine?" would ask only "how Ukraine", a question of
// another kind; there the report's own account is what is asked.
func asksBesidesNames(ts []term, i int) bool {
	for j, t := range ts {
		if j != i && t.kind != KindEntity && t.kind != KindQuestion && t.text != howTerm {
			return true
		}
	}
	return false
}
