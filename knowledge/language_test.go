package knowledge

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// A [[language]]'s common words are those it lists and the one-word
// aliases of the blocks marked with its code, each written in one place.
func TestLanguageWords(t *testing.T) {
	p, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	words := map[string][]string{}
	for _, l := range p.Talk.Languages {
		words[l.Code] = l.Words
	}
	for _, tt := range []struct {
		code, word string
		want       bool
	}{
		{"es", "dónde", true},   // an alias of a block marked "es"
		{"es", "el", true},      // listed: no block reads it
		{"es", "verdad", true},  // "¿verdad", its mark trimmed
		{"es", "tiempo", false}, // a word of the phrase "cuánto tiempo" only
		{"de", "oder", true},
		{"pt", "cara", true},
		{"fr", "capturés", true},
		{"fr", "captures", false}, // an English word too: in a block not marked
	} {
		if got := slices.Contains(words[tt.code], tt.word); got != tt.want {
			t.Errorf("%s words have %q: %v, want %v", tt.code, tt.word, got, tt.want)
		}
	}
	// every marked block's one-word aliases are its language's words
	for _, s := range p.Synonyms {
		if s.Language == "" {
			continue
		}
		for _, a := range s.Aliases {
			w := strings.ToLower(strings.Trim(a, "¿?¡!"))
			if !strings.Contains(w, " ") && !slices.Contains(words[s.Language], w) {
				t.Errorf("synonym %q (language %s): %q is not a word of %s", s.Term, s.Language, w, s.Language)
			}
		}
	}
}

// A mark naming no [[language]], and a word both marked and listed, are
// problems of the pack, on the line that has them.
func TestLanguageWordsValidation(t *testing.T) {
	r, p := miniPack(t)
	lang := "\n[[language]]\ncode = \"es\"\nname = \"Spanish\"\nscript = \"Latin\"\nwords = [\"el\", \"la\", \"los\", \"las\", \"es\", \"dónde\"]\nnotice = \"Lo siento.\"\n"
	for _, tt := range []struct {
		name, add, msg, line string
	}{
		{"no such language", "\n[[synonym]]\nterm = \"where\"\nlanguage = \"xx\"\nkind = \"question\"\naliases = [\"dónde\"]\n",
			`language "xx" must be the code of a [[language]]`, `language = "xx"`},
		{"written twice", "\n[[synonym]]\nterm = \"where\"\nlanguage = \"es\"\nkind = \"question\"\naliases = [\n  \"adónde\",\n  \"dónde\",\n]\n" + lang,
			`"dónde" is a word of language es already`, `"dónde",`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			pack := p + tt.add
			_, err := Load(packFS(r, pack))
			var verr *ValidationError
			if !errors.As(err, &verr) {
				t.Fatalf("Load = %v, want a *ValidationError", err)
			}
			i := slices.IndexFunc(verr.Problems, func(pr Problem) bool { return strings.Contains(pr.Msg, tt.msg) })
			if i < 0 {
				t.Fatalf("no problem %q in %v", tt.msg, err)
			}
			if got := strings.TrimSpace(strings.Split(pack, "\n")[verr.Problems[i].Line-1]); got != tt.line {
				t.Errorf("problem at %q, want %q", got, tt.line)
			}
		})
	}
	// marked and not listed: the word is the language's, and the pack valid
	pack := p + "\n[[synonym]]\nterm = \"where\"\nlanguage = \"es\"\nkind = \"question\"\naliases = [\"adónde\", \"¿dónde\"]\n" +
		strings.Replace(lang, `, "dónde"`, "", 1)
	pk, err := Load(packFS(r, pack))
	if err != nil {
		t.Fatal(err)
	}
	if ws := pk.Talk.Languages[0].Words; !slices.Contains(ws, "dónde") || !slices.Contains(ws, "adónde") {
		t.Errorf("es words = %q, want dónde and adónde among them", ws)
	}
}
