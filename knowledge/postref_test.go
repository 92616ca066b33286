package knowledge

import "testing"

// A post named in a question is its holder for the "he" after it; a post
// of another owner is not, and with nothing named "he" is asked back.
func TestPostNamesItsHolder(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"post in the premise", []string{"the korean minister guy, what exactly did he put on the table for ukraine?"}, "how'd he pitch it, face to face?", "how-proposed", "phone call"},
		{"post asked of", []string{"what did the south korean foreign minister offer ukraine?"}, "did he announce it on tv", "how-proposed", "phone call"},
		{"another's post", []string{"what did ukraine's foreign minister say?"}, "how did he present it?", "", "Who do you mean?"},
		{"nothing named", nil, "what's his job exactly?", "", "Who do you mean?"},
	})
}

// "what else did he say?" skips what quotes the sentences already given,
// and "the other one" after talk of one person alone is asked back.
func TestSaidElseAfterPost(t *testing.T) {
	e := testEngine(t)
	before := []string{"what did south korea's foreign minister propose", "and?"}
	checkTurns(t, e, []turnCase{
		{"else", before, "what else did he say", "sk-support", "support Ukraine"},
		{"the other one, one named", append(before, "what else did he say"), "ok and what did the other one say?", "", "Who do you mean?"},
		{"the other one, two named", []string{"Who is Cho Tae-yul?", "Is he the one who said NK troops are getting combat experience?"}, "what's the other one's job then?", "budanov-role", "Defense Intelligence"},
	})
}
