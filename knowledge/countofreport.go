package knowledge

import "slices"

// countOfReport reports whether an asks a number of nothing but the
// report ("Does the report give a number?"): the count it points back to
// is another question's. (Where the report comes from is its source.)
func countOfReport(an analysis) bool {
	return slices.ContainsFunc(an.terms, func(t term) bool { return t.text == howMany }) &&
		!slices.ContainsFunc(an.terms, func(t term) bool { return t.kind != KindQuestion && !reportWords[t.text] })
}

// countOfReportGuard: "Does the report give a number?", read alone after
// the question it points back to (a claim's frame, a premise), asks a
// number of nothing but the report: no entry's count answers it (see
// countOfReport).
var countOfReportGuard = guard{
	name:    "count-of-report",
	example: "What figure does the report actually give?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if countOfReport(q.analysis) {
			return "a number of the report alone, of no thing"
		}
		return ""
	},
}
