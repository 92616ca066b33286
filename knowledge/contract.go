package knowledge

import "fmt"

// The pack's contract: the synonyms the engine reads by name. Most of a
// pack is free (its entries, its names, its words), but a few of its
// concepts and words the engine itself looks for or writes, and without
// them some of its rules would silently do nothing: a pack without the
// question "how many" would never be asked what a question counts. Load
// refuses a pack that lacks any of them, naming it; docs/pack.md lists
// them (TestPackDocContract keeps it in step with this table).

// The concepts the engine reads by name, as conceptName makes them of the
// terms pack.toml writes ("how many" is how_many).
const (
	howMany     = "how_many" // questions of a number
	whereTerm   = "where"    // questions of place
	whyTerm     = "why"      // questions of a reason
	whenTerm    = "when"     // questions of a time
	measureTerm = "measure"  // questions of degree
	howTerm     = "how"      // the means of a thing
	compareTerm = "compare"  // words that set two things side by side
	sayTerm     = "say"      // the act of saying
)

// The words the engine writes in a question for others (see
// sentenceReadings): the pack must read them.
const (
	previouslyWord = "previously" // "before" alone, "since when ... not"
	gainWord       = "gain"       // "get" before "from"
	endedWord      = "ended"      // "over" last
)

// A requirement is one thing the pack must define: a synonym whose term is
// Term, of kind Kind; or, for Word, a synonym that reads the word alone (of
// kind Kind, if Kind is set).
type requirement struct {
	Term, Word string
	Kind       Kind
	// Why says what the engine does with it, for the curator.
	Why string
}

// contract is every requirement, in the order docs/pack.md lists them.
var contract = []requirement{
	{Term: "how many", Kind: KindQuestion, Why: `questions of a number: what a question counts ("how many casualties") must be what the entry counts`},
	{Term: whereTerm, Kind: KindQuestion, Why: `questions of place: "where in South Korea" asks for a place within South Korea, which "in South Korea" does not give`},
	{Term: whyTerm, Kind: KindQuestion, Why: `questions of a reason: "could North Korea ...?" asks whether a thing may be, which an entry that says why does not answer`},
	{Term: whenTerm, Kind: KindQuestion, Why: `questions of a time: "will North Korea ...?" asks whether a thing may be, which an entry that says when does not answer`},
	{Term: measureTerm, Kind: KindQuestion, Why: `questions of degree: "how" before a word the pack does not know ("how cold") is read as it`},
	{Term: howTerm, Kind: KindWord, Why: `the means of a thing ("by what means"): "how" alone asks nothing ("how so?"), and before a word the pack does not know asks a degree`},
	{Term: sayTerm, Kind: KindAct, Why: `saying: what one says ("What did the Kremlin say?"), the entry must say that one says, in one of the ways of saying`},
	{Term: compareTerm, Kind: KindWord, Why: `comparisons: a question that sets two things side by side ("higher than", "versus", "the gap between") is answered from the entries of both sides`},
	{Word: "who", Kind: KindQuestion, Why: `"who is X?" asks who X is, which only an entry asked that way answers`},
	{Word: "whose", Kind: KindQuestion, Why: `"whose welfare?" is answered by the entry about that welfare, which says whose`},
	{Word: "whom", Kind: KindQuestion, Why: `"the welfare of whom?", as "whose"; and "soldiers whom ..." says which, it asks nothing`},
	{Word: "when", Kind: KindQuestion, Why: `"when" beside another question word says when, it asks nothing ("What's on the agenda when they talk?")`},
	{Word: "name", Kind: KindQuestion, Why: `"the names of the captured soldiers" asks who they are`},
	{Word: previouslyWord, Why: `the engine reads "before" alone ("in a war before, when?") and a negation after "since when" as it`},
	{Word: gainWord, Why: `the engine reads "get" before "from" as it ("what does North Korea get from the war?")`},
	{Word: endedWord, Why: `the engine reads "over" at the end of a question as it ("when's the war over?")`},
}

// name is how a problem names the requirement.
func (r requirement) name() string {
	if r.Term != "" {
		return fmt.Sprintf("synonym %q", r.Term)
	}
	return fmt.Sprintf("word %q", r.Word)
}

// checkContract adds a problem for each requirement the pack does not meet.
func (v *validator) checkContract() {
	for _, r := range contract {
		kind, ok := v.reads(r)
		switch {
		case !ok && r.Term != "":
			v.add(PackFile, "contract", "no synonym %q (kind %q): the engine reads it for %s", r.Term, r.Kind, r.Why)
		case !ok && r.Kind != "":
			v.add(PackFile, "contract", "no synonym reads the word %q (kind %q): %s", r.Word, r.Kind, r.Why)
		case !ok:
			v.add(PackFile, "contract", "no synonym reads the word %q: %s", r.Word, r.Why)
		case r.Kind != "" && kind != r.Kind:
			v.add(PackFile, "contract", "%s is of kind %q, and must be %q: the engine reads it for %s", r.name(), kind, r.Kind, r.Why)
		}
	}
}

// reads returns the kind of the synonym that meets r, if one does.
func (v *validator) reads(r requirement) (Kind, bool) {
	if r.Term != "" {
		k, ok := v.an.kinds[conceptName(r.Term)]
		return k, ok
	}
	// the word alone, as a question's words are read
	stems := []string{v.an.stem(r.Word)}
	if p, ok := v.an.match(stems, 0, false); ok {
		return p.kind, true
	}
	return "", false
}
