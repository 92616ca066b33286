package knowledge

// "who's cho tae-yul?" "and budanov?" "what did he say?": the last two
// questions each asked of one person, a different one, and "he" asks only
// what was said, so nothing in the question tells which of them it means:
// it is asked back, offering both. With more to it ("what did he say on
// the phone call?") the ranking tells them apart, and a person asked of
// twice running ("who is budanov?" "what does he think?") is the one.
// A "they" that asks only what was said and finds a group ("who warned
// more troops could come?" "what else did they say?": the troops) is
// asked back too, among those the last two turns named who say things.

// saysAlone reports whether ws asks only what the person r refers to said
// ("what did he say?", "so what else did he say?").
func (e *Engine) saysAlone(ws []string, r reference) bool {
	if r.want != "he" && r.want != "she" && r.want != "they" || r.end != len(ws)-1 || !e.askedSaid(ws[r.end]) {
		return false
	}
	asks := false
	for _, w := range ws[:r.at] {
		switch {
		case w == "what":
			asks = true
		case doAux[w] || w == "else" || w == "and" || w == "so" || w == "ok" || w == "okay":
		default:
			return false
		}
	}
	return asks
}

// twoAsked returns the person the last question asked of and the other
// one the question before it asked of, when the one referent found is the
// first of them: either may be meant. It returns nil otherwise.
func (c Conversation) twoAsked(found referent) []referent {
	people := pick(c.refs, func(rf referent) bool { return rf.class == "person" && rf.turn%2 == 1 })
	if len(people) < 2 || !people[0].sameKey(found) || len(c.refs) == 0 || people[0].turn != c.refs[0].turn {
		return nil
	}
	last := people[0].turn
	if len(pick(c.refs, func(rf referent) bool { return rf.class == "person" && rf.turn == last })) != 1 {
		return nil
	}
	for _, p := range people[1:] {
		if p.turn == last-2 {
			return []referent{people[0], p}
		}
	}
	return nil
}

// speakersNear returns those the last two turns named that may say
// things (a person, a body, a country), for a "they" that asks only what
// was said and found a group, which says nothing of its own ("who warned
// more troops could come?" "what else did they say?": not the troops).
func (c Conversation) speakersNear() []referent {
	if len(c.refs) == 0 {
		return nil
	}
	last := c.refs[0].turn | 1
	return pick(c.refs, func(rf referent) bool {
		return rf.turn >= last-3 && (rf.class == "person" || rf.class == "body" || rf.class == "country")
	})
}
