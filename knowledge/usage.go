package knowledge

import (
	"maps"
	"slices"
	"strings"
)

// Some of the engine's rules turn on English words that are no synonym of
// the report's: the words a question closes on to address the one asked
// ("..., partner?"), and the like. They are vocabulary, not mechanism: a
// pack for readers who write otherwise lists others, so they are the
// pack's ([usage] in pack.toml), each list read once at load into a set
// the rule reads at one lookup. A pack without a list has its rule do
// nothing, as a pack without a synonym has no reading of it.

// Usage is the pack's [usage] lists as read, each by its key in
// pack.toml; usageLists says which keys there are.
type Usage map[string][]string

// usage is a pack's Usage read into sets, once, at load.
type usage struct {
	address, present, hearsay, lightVerbs, participles, dateNouns, forces, losses, sending, offices, chatPeople, languages, wholeForces map[string]bool
}

// usageList is one of the [usage] lists: its key in pack.toml, whether
// an item may be more than one word, and the set of usage it is read
// into.
type usageList struct {
	key     string
	phrases bool
	set     func(*usage) *map[string]bool
}

// usageLists are the [usage] lists, in the order pack.md gives them: a
// new list is a line here and its set in usage.
var usageLists = []usageList{
	// address lists the words a question closes on, after a comma, to
	// address the one asked ("partner", "my friend"): dropped, they name
	// nothing of the report (closingaddress.go).
	{"address", true, func(u *usage) *map[string]bool { return &u.address }},
	// present lists the words a quote says what holds as it is written
	// with ("currently", "still"): an entry whose answer dates its fact
	// to the past answers "still" only when its quote has none
	// (stillpast.go).
	{"present", false, func(u *usage) *map[string]bool { return &u.present }},
	// hearsay lists the nouns of what a report may only go on ("claims",
	// "rumours"): "is it confirmed, or is the report relying on claims?"
	// doubts the report, and asks only whether it is confirmed (doubt.go).
	{"hearsay", false, func(u *usage) *map[string]bool { return &u.hearsay }},
	// light_verbs lists the verbs that carry a noun's act ("did the
	// estimate", "made the claim"): "who did the estimate?" asks who
	// estimated (fallbackguards.go).
	{"light_verbs", false, func(u *usage) *map[string]bool { return &u.lightVerbs }},
	// participles lists the past participles not in "-ed" that say what
	// was done to the report's people ("hurt", "taken"): after "where"
	// one says it is "were" spelt by its sound, "soldiers where hurt"
	// (wherewere.go).
	{"participles", false, func(u *usage) *map[string]bool { return &u.participles }},
	// date_nouns lists the nouns that name a date put to check ("is the
	// month right?"): a date found wrong takes them with it (factcheck.go).
	{"date_nouns", false, func(u *usage) *map[string]bool { return &u.dateNouns }},
	// forces lists the nouns of a side's fighting forces and their losses
	// ("soldiers", "troops", "casualties"): "our soldiers", said of no
	// country, asks of the asker's own side (askersside.go).
	{"forces", false, func(u *usage) *map[string]bool { return &u.forces }},
	// losses lists the nouns of loss ("casualties", "deaths"), which a
	// bare name right before says whose they are, as its adjective would:
	// "Russia casualties" are Russia's (grammar.go, compounds).
	{"losses", false, func(u *usage) *map[string]bool { return &u.losses }},
	// sending lists the participles of sending ("sent", "deployed"):
	// after "where" and a form of "be" they ask where someone was sent,
	// not where they are (answerswhere.go).
	{"sending", false, func(u *usage) *map[string]bool { return &u.sending }},
	// offices lists the words that name an office or an arm of a country
	// ("pentagon", "ministry"): "what did the White House say?" is not
	// answered with what the report has the country say (saidonly.go).
	{"offices", false, func(u *usage) *map[string]bool { return &u.offices }},
	// chat_people lists the nouns of the people of the asker's own chat
	// ("mod", "admin"): "the other mod" is one of them, whom the report
	// never names (otherperson.go).
	{"chat_people", false, func(u *usage) *map[string]bool { return &u.chatPeople }},
	// languages lists the names of the languages an asker may want a word
	// in ("korean", "russian"), English not among them: "what does Kursk
	// mean in Russian?" asks a translation, which the report never gives
	// (translation.go).
	{"languages", false, func(u *usage) *map[string]bool { return &u.languages }},
	// whole_forces lists the nouns that name a country's forces as a whole
	// ("army", "military"): "how big is North Korea's army?" counts all of
	// them, which a count of the troops sent does not answer (asked.go,
	// wholeCount).
	{"whole_forces", false, func(u *usage) *map[string]bool { return &u.wholeForces }},
}

// usageOf reads u's lists into sets.
func usageOf(u Usage) usage {
	var s usage
	for _, l := range usageLists {
		*l.set(&s) = setOf(u[l.key]...)
	}
	return s
}

// checkUsage adds a problem for each word of the pack's [usage] lists
// that cannot be read: one plain lower-case word (words, in a list of
// phrases), listed once in its list.
func (v *validator) checkUsage(u Usage) {
	known := map[string]bool{}
	for _, l := range usageLists {
		known[l.key] = true
		seen := map[string]bool{}
		for i, w := range u[l.key] {
			at := place{table: 'u', key: l.key, item: i}
			switch {
			case l.phrases && (w != strings.Join(sentenceWords(w), " ") || w != strings.ToLower(w) || w == ""):
				v.addAt(at, PackFile, "usage", "%s: %q is not plain lower-case words", l.key, w)
			case !l.phrases && !lowerWord(w):
				v.addAt(at, PackFile, "usage", "%s: %q is not one plain lower-case word", l.key, w)
			case seen[w]:
				v.addAt(at, PackFile, "usage", "%s: %q is listed twice", l.key, w)
			}
			seen[w] = true
		}
	}
	// A list the engine does not know would be read by no rule: a
	// misspelt key is said, as decoding says any other unknown key.
	for _, k := range slices.Sorted(maps.Keys(u)) {
		if !known[k] {
			v.addAt(place{table: 'u', key: k, item: -1}, PackFile, "usage", "%s: no such list", k)
		}
	}
}
