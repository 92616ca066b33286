package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Talk is what a pack says in a conversation besides its answers, written
// by its curator like the rest (docs/pack.md): replies to small talk, the
// notice for a question in another language, how to ask back when a
// follow-up is unclear, who and how sure the report is of each answer, and
// how the people, places and things it names are referred back to.
type Talk struct {
	Lines       Lines         `toml:"lines"`
	SmallTalk   []SmallTalk   `toml:"smalltalk"`
	Languages   []Language    `toml:"language"`
	Referents   []Referent    `toml:"referent"`
	Attribution []Attribution `toml:"attribution"`
}

// Lines are the sentences the engine says in a conversation. {names} is
// replaced by the candidates ("Cho Tae-yul or Kyrylo Budanov"), {word} by
// the word the user wrote ("he"), {paragraphs} by where an answer's quotes
// stand ("paragraphs 2 and 3").
type Lines struct {
	// AskWho asks which person or group a pronoun means, offering {names}.
	AskWho string `toml:"ask_who"`
	// AskWhat asks what a word ("that", "it") means, when nothing earlier
	// says.
	AskWhat string `toml:"ask_what"`
	// NotSaidBy declines "who says so?" where the report does not say.
	NotSaidBy string `toml:"not_said_by"`
	// NotSure declines "is that confirmed?" where the report does not say.
	NotSure string `toml:"not_sure"`
	// NotOfIt declines a question about the last answer ("which war was
	// that?") that only another entry answers.
	NotOfIt string `toml:"not_of_it"`
	// OtherLanguage is told, in English, to a question in a language the
	// pack has no line for, and after every language's own line.
	OtherLanguage string `toml:"other_language"`
	// InParagraphs answers "which paragraph?" of the last answer,
	// naming its {paragraphs}; its quotes follow as citations.
	InParagraphs string `toml:"in_paragraphs"`
	// InSourceLine answers "which paragraph?" of a last answer that
	// only the report's source line (paragraph 0) tells.
	InSourceLine string `toml:"in_source_line"`
	// NotPartAsks follows the answer to one part of a question asking
	// two, where the other asks by a question word that says alone what
	// it asks ({asks}: "how many", "why").
	NotPartAsks string `toml:"not_part_asks"`
	// NotPart follows it where the other part asks otherwise ("what did
	// ...", "is it ...").
	NotPart string `toml:"not_part"`
	// NotRest follows the answer to one part where two or more others
	// are not answered.
	NotRest string `toml:"not_rest"`
	// NotFigure declines a count asked with a figure the report does not
	// give ("10k or 12k?"), saying what it gives instead ({says}:
	// "thousands"); see figureNotGiven.
	NotFigure string `toml:"not_figure"`
}

// defaultLines are the lines of a pack that gives none: a pack written
// before conversations, or one made by hand for a test.
var defaultLines = Lines{
	AskWho:        "Who do you mean? I can tell you about {names}.",
	AskWhat:       "What do you mean by \"{word}\"? Ask me again with what you mean, for example:",
	NotSaidBy:     "The report doesn't say who says so.",
	NotSure:       "The report doesn't say how sure that is.",
	NotOfIt:       "The report doesn't say that of it. I can answer questions like these:",
	OtherLanguage: "I answer in English, about a report written in English. Please ask in English, for example:",
	InParagraphs:  "The report says it in {paragraphs}:",
	InSourceLine:  "The report says it in its source line, before the first paragraph:",
	NotPartAsks:   "The report doesn't say {asks}.",
	NotPart:       "The report doesn't answer the other part of the question.",
	NotRest:       "The report doesn't answer the rest of the question.",
	NotFigure:     "The report doesn't give that figure; it says only \"{says}\". I can answer questions like these:",
}

// orDefaults is l with the default for each line it lacks.
func (l Lines) orDefaults() Lines {
	for _, f := range []struct {
		got *string
		def string
	}{
		{&l.AskWho, defaultLines.AskWho}, {&l.AskWhat, defaultLines.AskWhat}, {&l.NotSaidBy, defaultLines.NotSaidBy},
		{&l.NotSure, defaultLines.NotSure}, {&l.OtherLanguage, defaultLines.OtherLanguage}, {&l.NotOfIt, defaultLines.NotOfIt},
		{&l.InParagraphs, defaultLines.InParagraphs}, {&l.InSourceLine, defaultLines.InSourceLine}, {&l.NotPartAsks, defaultLines.NotPartAsks},
		{&l.NotPart, defaultLines.NotPart}, {&l.NotRest, defaultLines.NotRest}, {&l.NotFigure, defaultLines.NotFigure},
	} {
		if strings.TrimSpace(*f.got) == "" {
			*f.got = f.def
		}
	}
	return l
}

// SmallTalk is one kind of small talk ("thanks", "good bot") and its reply.
type SmallTalk struct {
	// Says are the phrases that make it, matched as whole words.
	Says  []string `toml:"says"`
	Reply string   `toml:"reply"`
	// Starters adds good first questions after the reply ("help").
	Starters bool `toml:"starters"`
	// After are the words after which what it is for follows, to the
	// sentence's end ("thanks for the help", "thank you for explaining").
	After []string `toml:"after"`
	// Minor is true of small talk that only goes along with other small
	// talk said with it, which then decides ("who made you lol", "ok
	// thanks").
	Minor bool `toml:"minor"`
	// Emoji are the emoji that make it when a message is nothing but
	// emoji ("👍", "🙏🙏"), one each.
	Emoji []string `toml:"emoji"`
}

// Language is a language the bot tells, in that language, that it answers
// in English.
type Language struct {
	// Code is its code, as Discord's locales start ("ko", "uk", "ru").
	Code string `toml:"code"`
	Name string `toml:"name"`
	// Script is the Unicode script it is written in ("Hangul",
	// "Cyrillic"); Letters are letters of that script only it uses, and
	// Words common words of it, which tell apart languages of one script:
	// those written in the file, then, at load, the one-word aliases of
	// the synonym blocks marked with its code (see languageWords).
	Script  string   `toml:"script"`
	Letters string   `toml:"letters"`
	Words   []string `toml:"words"`
	// Notice is the line in that language.
	Notice string `toml:"notice"`
}

// Referent says how the report's people, places and things are referred
// back to: a follow-up's "he" means a person whose pronoun is "he", "there"
// a place.
type Referent struct {
	// Term is a synonym's term, of an entity or a role.
	Term string `toml:"term"`
	// Name is how the bot names it when it asks back ("Cho Tae-yul").
	Name string `toml:"name"`
	// Class is one of person, group, country, place, body, thing: a
	// follow-up's name replaces one of the same class ("what about
	// Russia?" after a question about North Korea).
	Class string `toml:"class"`
	// Pronoun is a person's: he, she or they.
	Pronoun string `toml:"pronoun"`
	// Holder, for a role one person holds ("foreign minister"), is that
	// person's term ("cho"): a question that names the role ("the korean
	// minister guy, what did he offer?") names him, whom "he" after it
	// means (postref.go). Such a referent is not one of the report's
	// people offered when a question is asked back.
	Holder string `toml:"holder"`
}

// Attribution is what the report says of one entry's answer: who says it
// (for "who says so?") and how sure it is ("is that confirmed?"). A part
// left out is one the report does not give, and such a follow-up is
// declined.
type Attribution struct {
	Entry         string     `toml:"entry"`
	SaidBy        string     `toml:"said_by"`
	SaidByCite    []Citation `toml:"said_by_cite"`
	Certainty     string     `toml:"certainty"`
	CertaintyCite []Citation `toml:"certainty_cite"`
}

// The classes of referents, and which pronouns each takes.
var referentClasses = map[string][]string{
	"person":  nil, // its own pronoun
	"group":   {"they"},
	"country": {"it", "they", "there"},
	"place":   {"there", "it"},
	"body":    {"they", "it"},
	"thing":   {"it", "they"},
}

// checkTalk adds a problem for each thing wrong in the pack's Talk.
func (v *validator) checkTalk(p *Pack) {
	t := &p.Talk
	for _, l := range []struct{ key, text, want string }{
		{"ask_who", t.Lines.AskWho, "{names}"}, {"ask_what", t.Lines.AskWhat, "{word}"},
		{"in_paragraphs", t.Lines.InParagraphs, "{paragraphs}"}, {"not_part_asks", t.Lines.NotPartAsks, "{asks}"},
		{"not_figure", t.Lines.NotFigure, "{says}"},
	} {
		if l.text != "" && !strings.Contains(l.text, l.want) {
			v.add(PackFile, "lines", "%s must say %s, where the engine puts what it means", l.key, l.want)
		}
	}
	t.Lines = t.Lines.orDefaults()
	seen := map[string]int{}
	for i, st := range t.SmallTalk {
		name := fmt.Sprintf("smalltalk #%d", i+1)
		if strings.TrimSpace(st.Reply) == "" {
			v.add(PackFile, name, "missing reply")
		}
		if len(st.Says) == 0 {
			v.add(PackFile, name, "says nothing: list the phrases that make it")
		}
		for _, s := range st.Says {
			key := strings.Join(splitWords(s), " ")
			if key == "" {
				v.add(PackFile, name, "empty phrase %q", s)
				continue
			}
			if j, ok := seen[key]; ok && j != i {
				v.add(PackFile, name, "phrase %q is also in smalltalk #%d", s, j+1)
			}
			seen[key] = i
		}
		for _, m := range st.Emoji {
			if r, n := utf8.DecodeRuneInString(m); n != len(m) || !isEmoji(r) {
				v.add(PackFile, name, "emoji %q must be one emoji", m)
			}
		}
	}
	codes := map[string]bool{}
	for _, l := range t.Languages {
		name := "language " + l.Code
		switch {
		case l.Code == "" || strings.ToLower(l.Code) != l.Code:
			v.add(PackFile, "language", "code %q must be a lower-case language code (ko, uk, ru)", l.Code)
		case codes[l.Code]:
			v.add(PackFile, name, "listed twice")
		}
		codes[l.Code] = true
		if unicode.Scripts[l.Script] == nil {
			v.add(PackFile, name, "script %q is not a Unicode script name (Hangul, Cyrillic, Latin ...)", l.Script)
		}
		if strings.TrimSpace(l.Notice) == "" || strings.TrimSpace(l.Name) == "" {
			v.add(PackFile, name, "needs a name and a notice")
		}
		if l.Script == "Latin" && len(l.Words) < 5 {
			v.add(PackFile, name, "a language in the Latin script needs at least 5 common words, to tell it from English")
		}
	}
	terms := map[string]Kind{}
	for _, s := range p.Synonyms {
		terms[s.Term] = s.Kind
	}
	named := map[string]bool{}
	for _, r := range t.Referents {
		name := "referent " + r.Term
		pronouns, ok := referentClasses[r.Class]
		switch k := terms[r.Term]; {
		case k != KindEntity && k != KindRole:
			v.add(PackFile, name, "term must be an entity's or a role's synonym term")
		case named[r.Term]:
			v.add(PackFile, name, "listed twice")
		case !ok:
			v.add(PackFile, name, "class %q must be one of person, group, country, place, body, thing", r.Class)
		case r.Class == "person" && !slices.Contains([]string{"he", "she", "they"}, r.Pronoun):
			v.add(PackFile, name, "a person's pronoun must be he, she or they, not %q", r.Pronoun)
		case r.Class != "person" && r.Pronoun != "":
			v.add(PackFile, name, "only a person has a pronoun of its own (a %s is %s)", r.Class, strings.Join(pronouns, ", "))
		case strings.TrimSpace(r.Name) == "":
			v.add(PackFile, name, "needs a name, to offer when asking back")
		}
		named[r.Term] = true
	}
	folded := p.foldedParagraphs()
	attributed := map[string]bool{}
	for _, a := range t.Attribution {
		name := "attribution " + a.Entry
		if !slices.ContainsFunc(p.Entries, func(e Entry) bool { return e.ID == a.Entry }) {
			v.add(PackFile, name, "no entry %q", a.Entry)
		}
		if attributed[a.Entry] {
			v.add(PackFile, name, "listed twice")
		}
		attributed[a.Entry] = true
		if a.SaidBy == "" && a.Certainty == "" {
			v.add(PackFile, name, "says neither who says it nor how sure it is")
		}
		for _, part := range []struct {
			key, text string
			cites     []Citation
		}{{"said_by", a.SaidBy, a.SaidByCite}, {"certainty", a.Certainty, a.CertaintyCite}} {
			if part.text != "" && len(part.cites) == 0 {
				v.add(PackFile, name, "%s has no citation: every answer must cite the report", part.key)
			}
			if len(p.Paragraphs) == 0 {
				continue // the report is empty, and says so once
			}
			for j := range part.cites {
				c := &part.cites[j]
				if c.Paragraph < 0 || c.Paragraph > len(p.Paragraphs) {
					v.add(PackFile, name, "%s_cite[%d]: paragraph %d does not exist", part.key, j+1, c.Paragraph)
					continue
				}
				exact, ok := findQuote(folded[c.Paragraph], c.Quote)
				if !ok {
					v.add(PackFile, name, "%s_cite[%d]: quote is not verbatim in one sentence of paragraph %d: %q", part.key, j+1, c.Paragraph, c.Quote)
					continue
				}
				c.Quote = exact
			}
		}
	}
}
