package knowledge

import "testing"

func TestOtherPerson(t *testing.T) {
	for _, q := range []string{"what did the other lady say"} {
		refs := findReferences(splitWords(q))
		if len(refs) != 1 || refs[0].of != "person" {
			t.Errorf("findReferences(%q) = %+v, want the other, a person", q, refs)
		}
	}
	e := testEngine(t)
	chat := e.an.usage.chatPeople
	if !asksOfChatPeople(splitWords("what did the other mod say"), chat) || asksOfChatPeople(splitWords("what did russia's mod say"), chat) {
		t.Error("asksOfChatPeople: the other mod is of the chat, russia's MoD is not")
	}
	checkTurns(t, e, []turnCase{
		{"the other mod is a person, not a change", []string{"which ukrainian official was cho talking to?"}, "what did the other mod say about it though?", "", ""},
	})
}
