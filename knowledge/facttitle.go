package knowledge

import "strings"

// A post may be put to check as a title before a person's name, with a
// word qualifying it wrong: "Prime Minister Cho Tae-yul made the offer,
// right?", "defense minister Cho proposed accepting the POWs" (he is the
// Foreign Minister). A question about "Minister Cho" is about Cho, and
// the title is read away (see titles), so the qualifier is left standing
// alone before the name. That qualifier is a role's detail (roleSlot):
// asked as the title in its place ("minister Cho made the offer"), the
// entry answering the claim says what Cho is, and where its answer states
// that post without the qualifier its fact is the correction. A qualifier the pack knows ("south korean minister Cho")
// is no such detail, nor a word before a name with no title between.
// The pack's "previously" ("former minister Cho", "ex-minister Cho") is
// a qualifier too: a post put in the past, where the report has it
// held.

// titleQualifiers returns a detail for each word of an the pack does not
// give a kind, or reads as "previously", that stands right before a post read away as a title
// before a person's name ("prime" of "Prime Minister Cho").
func (e *Engine) titleQualifiers(an analysis) []detail {
	var out []detail
	for i := 1; i < len(an.terms); i++ {
		q, p := an.terms[i-1], an.terms[i]
		if !p.person || q.kind != "" && q.text != previouslyWord || e.slotOf(an, i-1) != noSlot || e.nameClass(an, i-1) != "" ||
			p.pos <= q.end || p.pos-q.end > 2 {
			continue
		}
		ts := e.an.analyze(strings.Join(an.words[q.end:p.pos], " "), false).terms
		if len(ts) != 1 || ts[0].kind != KindRole {
			continue
		}
		out = append(out, detail{kind: roleSlot, from: i - 1, to: i, act: ts[0].text, title: true})
	}
	return out
}
