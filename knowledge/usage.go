package knowledge

import "strings"

// Some of the engine's rules turn on English words that are no synonym of
// the report's: the words a question closes on to address the one asked
// ("..., partner?"), and the like. They are vocabulary, not mechanism: a
// pack for readers who write otherwise lists others, so they are the
// pack's ([usage] in pack.toml), each list read once at load into a set
// the rule reads at one lookup. A pack without a list has its rule do
// nothing, as a pack without a synonym has no reading of it.

// Usage lists the words of English usage the engine reads by what they do
// where they stand ([usage] in pack.toml).
type Usage struct {
	// Address lists the words a question closes on, after a comma, to
	// address the one asked ("partner", "my friend"): dropped, they name
	// nothing of the report (closingaddress.go).
	Address []string `toml:"address"`
	// Present lists the words a quote says what holds as it is written
	// with ("currently", "still"): an entry whose answer dates its fact
	// to the past answers "still" only when its quote has none
	// (stillpast.go).
	Present []string `toml:"present"`
	// Hearsay lists the nouns of what a report may only go on ("claims",
	// "rumours"): "is it confirmed, or is the report relying on claims?"
	// doubts the report, and asks only whether it is confirmed (doubt.go).
	Hearsay []string `toml:"hearsay"`
	// LightVerbs lists the verbs that carry a noun's act ("did the
	// estimate", "made the claim"): "who did the estimate?" asks who
	// estimated (fallbackguards.go).
	LightVerbs []string `toml:"light_verbs"`
	// Participles lists the past participles not in "-ed" that say what
	// was done to the report's people ("hurt", "taken"): after "where"
	// one says it is "were" spelt by its sound, "soldiers where hurt"
	// (wherewere.go).
	Participles []string `toml:"participles"`
	// DateNouns lists the nouns that name a date put to check ("is the
	// month right?"): a date found wrong takes them with it (factcheck.go).
	DateNouns []string `toml:"date_nouns"`
	// Forces lists the nouns of a side's fighting forces and their losses
	// ("soldiers", "troops", "casualties"): "our soldiers", said of no
	// country, asks of the asker's own side (askersside.go).
	Forces []string `toml:"forces"`
	// Losses lists the nouns of loss ("casualties", "deaths"), which a
	// bare name right before says whose they are, as its adjective would:
	// "Russia casualties" are Russia's (grammar.go, compounds).
	Losses []string `toml:"losses"`
	// Sending lists the participles of sending ("sent", "deployed"):
	// after "where" and a form of "be" they ask where someone was sent,
	// not where they are (answerswhere.go).
	Sending []string `toml:"sending"`
	// Offices lists the words that name an office or an arm of a country
	// ("pentagon", "ministry"): "what did the White House say?" is not
	// answered with what the report has the country say (saidonly.go).
	Offices []string `toml:"offices"`
	// ChatPeople lists the nouns of the people of the asker's own chat
	// ("mod", "admin"): "the other mod" is one of them, whom the report
	// never names (otherperson.go).
	ChatPeople []string `toml:"chat_people"`
	// Languages lists the names of the languages an asker may want a word
	// in ("korean", "russian"), English not among them: "what does Kursk
	// mean in Russian?" asks a translation, which the report never gives
	// (translation.go).
	Languages []string `toml:"languages"`
	// WholeForces lists the nouns that name a country's forces as a whole
	// ("army", "military"): "how big is North Korea's army?" counts all of
	// them, which a count of the troops sent does not answer (asked.go,
	// wholeCount).
	WholeForces []string `toml:"whole_forces"`
}

// usage is a pack's Usage read into sets, once, at load.
type usage struct {
	address, present, hearsay, lightVerbs, participles, dateNouns, forces, losses, sending, offices, chatPeople, languages, wholeForces map[string]bool
}

// usageOf reads u's lists into sets.
func usageOf(u Usage) usage {
	return usage{
		address:     setOf(u.Address...),
		present:     setOf(u.Present...),
		hearsay:     setOf(u.Hearsay...),
		lightVerbs:  setOf(u.LightVerbs...),
		participles: setOf(u.Participles...),
		dateNouns:   setOf(u.DateNouns...),
		forces:      setOf(u.Forces...),
		losses:      setOf(u.Losses...),
		sending:     setOf(u.Sending...),
		offices:     setOf(u.Offices...),
		chatPeople:  setOf(u.ChatPeople...),
		languages:   setOf(u.Languages...),
		wholeForces: setOf(u.WholeForces...),
	}
}

// usageList is one of Usage's lists, by its key in pack.toml; phrases
// says whether an item may be more than one word.
type usageList struct {
	key     string
	words   []string
	phrases bool
}

// lists returns u's lists, in the order pack.md gives them.
func (u Usage) lists() []usageList {
	return []usageList{
		{"address", u.Address, true},
		{"present", u.Present, false},
		{"hearsay", u.Hearsay, false},
		{"light_verbs", u.LightVerbs, false},
		{"participles", u.Participles, false},
		{"date_nouns", u.DateNouns, false},
		{"forces", u.Forces, false},
		{"losses", u.Losses, false},
		{"sending", u.Sending, false},
		{"offices", u.Offices, false},
		{"chat_people", u.ChatPeople, false},
		{"languages", u.Languages, false},
		{"whole_forces", u.WholeForces, false},
	}
}

// checkUsage adds a problem for each word of the pack's [usage] lists
// that cannot be read: one plain lower-case word (words, in a list of
// phrases), listed once in its list.
func (v *validator) checkUsage(u Usage) {
	for _, l := range u.lists() {
		seen := map[string]bool{}
		for i, w := range l.words {
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
}
