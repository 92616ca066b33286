package knowledge

// Pidgin and Patois "dem" is "they" where it opens a clause and a verb
// follows ("Wetin Ukraine reply Cho? Dem agree to the proposal?", "SK
// still dey back Ukraine abi dem don pull out?"), and "abi" between two
// clauses is "or". The pack reads "dem" as a filler, as it is after a
// noun ("di soldier dem", the plural); dropped so at a clause's start,
// the second question lost its subject: "agree to the proposal" alone
// was the prisoners' consent, and the condition answered what the report
// never says, whether Ukraine agreed. Read as "they", the pronoun stands
// for the name before it, as English's does (see resolve).

// pidginThey returns ws with a clause-opening "dem" before a verb read as
// "they", and an "abi" before it as "or".
func pidginThey(ws []string) []string {
	for i, w := range ws {
		if w != "dem" || i+1 >= len(ws) || !pidginVerbs[ws[i+1]] {
			continue
		}
		switch {
		case i == 0:
			ws[i] = "they"
		case ws[i-1] == "or":
			ws[i] = "they"
		case ws[i-1] == "abi":
			ws[i-1], ws[i] = "or", "they"
		}
	}
	return ws
}

// pidginVerbs are the words after which a clause-opening "dem" is its
// subject: Pidgin's and Patois's markers of tense and aspect ("dey",
// "don", "go", "fit", "wan", "a") and the verbs the report's acts are
// asked with.
var pidginVerbs = setOf("dey", "don", "go", "fit", "wan", "waan", "a", "did", "do", "will", "agree", "gree", "accept", "say", "seh", "talk",
	"reply", "answer", "respond", "refuse", "want", "send", "sen", "take", "tek", "pull", "get", "gettin", "fight", "train", "learn")
