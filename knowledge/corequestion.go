package knowledge

// answerCore answers the core of a question (see core), the question
// without the chatter around it, as a question of its own, when nothing
// answered the question as it stands nor any reading of it: "sry late to
// this, been scrolling for like 20 min, who is cho tae yul and why is
// everyone talking abt him lol" is then "who is cho tae yul and why is
// everyone talking about him", which is answered in part. The core
// reading among the others (see answer) is one set of terms, asked once;
// asked as a question, the core is read in every way a question is: in
// parts, without its frame, in part. coreText is the core's words, or ""
// when the question has no chatter; the core is shorter than the
// question, so its own core, if any, is shorter still.
func (e *Engine) answerCore(question, coreText string, tr *trace) (Answer, bool) {
	if coreText == "" || len(coreText) >= len(question) {
		return Answer{}, false
	}
	return e.askedAs(question, coreText, "asked as a question of its own, without the chatter around it", tr)
}
