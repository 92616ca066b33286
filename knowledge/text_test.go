package knowledge

import (
	"flag"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestPlainWords checks that the shortcut for plain lower-case text
// cuts the words cutWords does.
func TestPlainWords(t *testing.T) {
	for _, in := range []string{
		"", " ", "pyongyang", "north korea", "  double  spaced  ", "kn23",
		"over three thousand five hundred", "a thousand troops", "up to 4000 killed",
		"one of the two", "more than 3000", "the start of 2025", "seventy years",
	} {
		t.Run(in, func(t *testing.T) {
			if !plainLower(in) {
				t.Fatalf("plainLower(%q) = false", in)
			}
			if got, want := words(in), cutWords(in); !reflect.DeepEqual(got, want) {
				t.Errorf("words(%q) = %q, cutWords gives %q", in, got, want)
			}
		})
	}
	for _, in := range []string{"North Korea", "kn-23", "3,000", "don't", "pyongyang?"} {
		if plainLower(in) {
			t.Errorf("plainLower(%q) = true", in)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"case and punctuation", "Who is Kyrylo Budanov?", []string{"who", "is", "kyrylo", "budanov"}},
		{"curly possessive", "North Korea’s troops", []string{"north", "korea", "'s", "troops"}},
		{"straight possessive", "Budanov's role", []string{"budanov", "'s", "role"}},
		{"apostrophe inside a word", "don't", []string{"dont"}},
		{"'s after a word is its own", "what's", []string{"what", "'s"}},
		{"hyphenated name", "Cho Tae-yul", []string{"cho", "taeyul"}},
		{"code with hyphen", "KN-23", []string{"kn23"}},
		{"code with unicode hyphen", "KN\u201023", []string{"kn23"}},
		{"code without hyphen", "kn23", []string{"kn23"}},
		{"digit grouping", "over 3,000 soldiers", []string{"over", "3000", "soldiers"}},
		{"list of numbers stays apart", "1,2,3", []string{"1", "2", "3"}},
		{"decimal", "3.5 km", []string{"3.5", "km"}},
		{"full-width letters", "ＮＫ troops", []string{"nk", "troops"}},
		{"dash between words splits", "Seoul - Kyiv", []string{"seoul", "kyiv"}},
		{"emoji only", "🙂🙂", nil},
		{"invalid utf-8", "kursk\xff\xferegion", []string{"kursk", "region"}},
		{"control characters", "nk\x00\x01pows", []string{"nk", "pows"}},
		{"number words", "over three thousand five hundred", []string{"over", "3500"}},
		{"a scale", "a thousand troops", []string{"1000", "troops"}},
		{"tens", "seventy years", []string{"70", "years"}},
		{"units alone are words", "one of the two", []string{"one", "of", "the", "two"}},
		{"up to a number hedges it", "up to 4,000 killed", []string{"4000", "killed"}},
		{"up to elsewhere stays", "what are they up to", []string{"what", "are", "they", "up", "to"}},
		{"more than a number hedges it", "more than 3,000", []string{"3000"}},
		{"the start of a year is a date", "the start of 2025", []string{"the", "2025"}},
		{"a plural is no number", "thousands of troops", []string{"thousands", "of", "troops"}},
		{"a contracted auxiliary is dropped", "when'd they've", []string{"when", "they"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := words(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func testEngine(t testing.TB) *Engine {
	t.Helper()
	p, err := Load(Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return NewEngine(p)
}

func termTexts(an analysis) []string {
	var out []string
	for _, t := range an.terms {
		out = append(out, t.text)
	}
	return out
}

// Aliases from the pack read as one term, whatever the user calls it.
func TestSynonyms(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in   string
		want []string
	}{
		{"Seoul", []string{"south_korea"}},
		{"how badly have they been hit", []string{"how", "bad", "casualties"}},
		{"soldiers held by Ukraine", []string{"troops", "captured"}},
		{"ROK", []string{"south_korea"}},
		{"the South Korean government", []string{"south_korea"}},
		{"Pyongyang", []string{"north_korea"}},
		{"DPRK", []string{"north_korea"}},
		{"NK", []string{"north_korea"}},
		{"North Korean", []string{"north_korea"}},
		{"Kyiv", []string{"ukraine"}},
		{"Moscow", []string{"russia"}},
		{"Kremlin", []string{"russia"}},
		{"POWs", []string{"prisoner_of_war"}},
		{"prisoners of war", []string{"prisoner_of_war"}},
		{"died", []string{"killed"}},
		{"fatalities", []string{"killed"}},
		{"wounded", []string{"injured"}},
		{"soldiers", []string{"troops"}},
		{"military personnel", []string{"troops"}},
		{"JCS", []string{"joint_chiefs_of_staff"}},
		{"military intelligence", []string{"defense_intelligence"}},
		{"spy chief", []string{"defense_intelligence", "head"}},
		{"Cho Tae-yul", []string{"cho"}},
		{"KN 23", []string{"kn23"}},
		{"how many", []string{"how_many"}},
		// framing is dropped, unless it is all there is
		{"what does the article say about the KN-23", []string{"kn23"}},
		{"according to the report, who is Cho?", []string{"who", "cho"}},
		{"is Zelensky mentioned in this article", []string{"zelenski", "say"}},
		{"what does the article say", []string{"article", "say"}},
		// words joined that the pack knows apart
		{"Seoul-Kyiv talks", []string{"south_korea", "ukraine", "talks"}},
		{"northkorea", []string{"north_korea"}},
		{"UA-ROK talks", []string{"ukraine", "south_korea", "talks"}}, // two-letter names
		{"nk-ru", []string{"north_korea", "russia"}},
		{"trust", []string{"trust"}}, // no two-letter part that is no name
		// "US" in capitals is the country, unless all is in capitals
		{"US and ROK", []string{"united_states", "south_korea"}},
		{"what does it tell us about Cho", []string{"indicate", "cho"}},
		{"WHAT DOES IT TELL US ABOUT CHO", []string{"indicate", "cho"}},
		// a question alias around a nationality
		{"which Russian region", []string{"where", "russia"}},
		{"which South Korean official", []string{"who", "south_korea"}},
		{"which Russia region", []string{"russia"}},                              // a bare name is no adjective: no "where"
		{"a new North Korean deployment", []string{"more", "north_korea"}},       // any alias
		{"the South Korean military leaders", []string{"joint_chiefs_of_staff"}}, // a direct match first
		{"is sk backing ukraine", []string{"south_korea", "support", "ukraine"}},
		{"was it like a phone call", []string{"phone_call"}}, // "like" is no "likely"
		{"wat r seoul n kyiv talkin about", []string{"south_korea", "ukraine", "talks"}},
		// formal ways of asking
		{"since when hasn't North Korea fought", []string{"when", "previously", "north_korea", "combat"}}, // when it last did
		{"since when has North Korea fought", []string{"when", "north_korea", "combat"}},
		{"did Russia improve its own missiles", []string{"russia", "improve", "russia", "missile"}}, // Russia's missiles
		{"will the POWs move on their own", []string{"prisoner_of_war", "relocate"}},
		{"what does north korea get from the war", []string{"north_korea", "experience", "war"}}, // "get from" gains
		{"north korea army get what from fighting", []string{"north_korea", "troops", "experience", "combat"}},
		{"what is north korea getting by working with russia", []string{"north_korea", "experience", "collaborate", "russia"}},
		{"how is Cho described", []string{"cho"}},                                                   // who he is, not by what means
		{"what form of cooperation", []string{"collaborate"}},                                       // a kind, not a means
		{"how cold is it in Kursk", []string{"measure", "kursk"}},                                   // a degree of a thing the pack does not know
		{"seoulkyiv talks, how cold is it", []string{"south_korea", "ukraine", "talks", "measure"}}, // a word split before it
		{"North Korea sent troops, didn't it?", []string{"north_korea", "send", "troops"}},          // a tag asks back
		{"how did Cho present it", []string{"how", "cho", "present"}},
		{"what form did the proposal take", []string{"how", "propose", "accept"}},
		{"how does the report describe the situation", []string{"how", "report"}},
		{"who is the person who proposed it", []string{"who", "propose"}},                                        // not "in person"
		{"any background on Budanov", []string{"role", "budanov"}},                                               // not "back" and "ground"
		{"what about the bigger picture", []string{"significant"}},                                               // not "more"
		{"what is on the agenda when Seoul and Kyiv talk", []string{"focus", "south_korea", "ukraine", "talks"}}, // "when" says when, it asks nothing
		{"when did North Korea send troops and where", []string{"when", "north_korea", "send", "troops", "where"}},
		{"take them off Ukraine's hands", []string{"accept", "accept", "ukraine"}}, // an alias around a possessive
		{"by what means", []string{"how"}},
		{"at what time", []string{"when"}},
		{"on what basis", []string{"condition"}},
		{"on whose behalf", []string{"who"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := termTexts(e.an.analyze(tt.in, true)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("analyze(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// compounds say whose: an entity written as an adjective or a possessive,
// right before the word it qualifies.
func TestCompounds(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in, want string
	}{
		{"How many Russian soldiers died?", "russia>troops"},
		{"North Korea's foreign minister", "north_korea>foreign_minister"},
		{"the North Korean troops", "north_korea>troops"},
		{"are Russians monitoring the troops", ""},     // a subject
		{"is Pyongyang helping Moscow in the war", ""}, // a subject; Moscow is not next to war
		{"the JCS expect more troops", ""},
		{"ukraine foreign minister", "ukraine>foreign_minister"},                       // a bare name before a role
		{"russian spy chief", "russia>defense_intelligence defense_intelligence>head"}, // an adjective before an entity
		{"Kyiv and its allies", ""},
		{"under Russian or Ukrainian control", "russia>control ukraine>control"},       // alternatives
		{"the United States and South Korea say", "united_states>say south_korea>say"}, // a list
		{"where in Russia are Pyongyang's troops", "north_korea>troops"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			an := e.an.analyze(tt.in, true)
			for _, c := range compounds(an.terms, an.words) {
				got = append(got, c[0]+">"+c[1])
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("compounds(%q) = %q, want %q", tt.in, g, tt.want)
			}
		})
	}
}

func TestBigrams(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in   string
		want []string
	}{
		{"first war since the 1950s", []string{"first war", "war sinc", "sinc 1950s"}},
		{"Russia improved North Korea's missiles", []string{"russia improve", "improve north_korea", "north_korea missile"}},
		{"Russia", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, bg := range bigrams(e.an.analyze(tt.in, true).terms) {
				got = append(got, strings.ReplaceAll(bg, bigramSep, " "))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("bigrams(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTypoCorrection(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in, want string
	}{
		{"kyrilo", "budanov"}, // kyrylo, an alias of Budanov
		{"budanovs", "budanov"},
		{"missles", "missile"},
		{"soliders", "troops"},
		{"casualites", "casualties"},
		{"norht", "north_korea"}, // "north" alone is North Korea here
		{"proposd", "propose"},   // "proposed" and "propose" agree; the stem "propos" is no word
		{"acept", "accept"},      // a letter left out of a short word
		{"deply", "send"},
		{"wich region", "where"}, // "which", not "with": a changed letter is no guess
		{"dyed", "killed"},       // a vowel for a vowel
		{"sayd", "say"},
		{"warr", "war"},           // a letter typed twice
		{"monitering", "monitor"}, // towards "monitoring", a form of the pack's "monitored"
		{"sayz", "say"},           // a final "z" for "s"
		{"sourse", "source"},      // a consonant that sounds alike, in a word of six letters
		{"budanof", "budanov"},    // and of seven
		{"raining", "rain"},       // not "raising": another consonant makes another word
		// never "corrected": known words, short words, real words that are
		// far enough from the pack's
		{"kursk", "kursk"},
		{"cho", "cho"},
		{"putin", "putin"},
		{"president", "presid"},
		{"tanks", "tank"},
		{"hwasong18", "hwasong18"}, // not "hwasong11": a code that differs in a digit is another thing
		{"lead", "head"},           // an alias, not a correction of "head"
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := strings.Join(termTexts(e.an.analyze(tt.in, true)), " ")
			if got != tt.want {
				t.Errorf("analyze(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"kursk", "kursk", 0},
		{"missles", "missiles", 1},
		{"soliders", "soldiers", 1}, // a transposition is one edit
		{"kyrilo", "kyrylo", 1},
		{"president", "presented", 4},
		{"tanks", "talks", 1},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			var rows distanceRows
			if got := rows.distance([]rune(tt.a), []rune(tt.b), 5); got != tt.want {
				t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestSentenceWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"in a war before, when?", []string{"in", "a", "war", "previously", "when"}}, // "before" alone
		{"agree before going", []string{"agree", "before", "going"}},                 // a preposition
		{"more than before", []string{"more", "than", "before"}},                     // a comparison
		{"when's the war over", []string{"when", "'s", "the", "war", "ended"}},       // "over" last
		{"over 3,000 killed", []string{"over", "3000", "killed"}},                    // a hedge
		{"authority over", []string{"authority", "ended"}},                           // so never for an alias
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := sentenceWords(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("sentenceWords(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

var update = flag.Bool("update", false, "rewrite stems.txt from the embedded pack")

// TestStemCache checks stems.txt: a wrong stem would change what the
// embedded pack means, a missing or extra word only its load time, but the
// file is to hold exactly the pack's words.
func TestStemCache(t *testing.T) {
	e := testEngine(t)
	used := maps.Clone(e.an.parent.stems) // read while loading
	maps.Copy(used, e.an.stems)           // and while indexing
	if *update {
		var b strings.Builder
		b.WriteString("# The stems of the embedded pack's words, so that loading it need not run\n")
		b.WriteString("# the stemmer: \"word stem\", or \"word\" where the stem is the word.\n")
		b.WriteString("# go test ./knowledge -run TestStemCache -update rewrites this file.\n")
		for _, w := range slices.Sorted(maps.Keys(used)) {
			b.WriteString(w)
			// from the stemmer, not from the load, which read the file
			if s := stem(w); s != w {
				b.WriteString(" " + s)
			}
			b.WriteString("\n")
		}
		if err := os.WriteFile("stems.txt", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	cache := readStemCache(stemCacheFile)
	for _, w := range slices.Sorted(maps.Keys(cache)) {
		if got, want := cache[w], stem(w); got != want {
			t.Errorf("stems.txt: %q has the stem %q, the stemmer says %q", w, got, want)
		}
		if _, ok := used[w]; !ok {
			t.Errorf("stems.txt: %q is not a word of the embedded pack (go test ./knowledge -run TestStemCache -update)", w)
		}
	}
	for _, w := range slices.Sorted(maps.Keys(used)) {
		if _, ok := cache[w]; !ok {
			t.Errorf("stems.txt lacks %q, a word of the embedded pack (go test ./knowledge -run TestStemCache -update)", w)
		}
	}
}

func TestReadStemCache(t *testing.T) {
	got := readStemCache("# a comment\nkorea\nsoldiers soldier\n\nlast lastly-not-a-stem")
	want := map[string]string{"korea": "korea", "soldiers": "soldier", "last": "lastly-not-a-stem"}
	if !maps.Equal(got, want) {
		t.Errorf("readStemCache = %v, want %v", got, want)
	}
}
