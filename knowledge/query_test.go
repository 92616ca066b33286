package knowledge

import (
	"fmt"
	"strings"
	"testing"
)

func TestScopes(t *testing.T) {
	checkReading(t, "scopes", func(an analysis) string { return strings.Join(scopes(an.words, an.terms), " ") }, []readingCase{
		{"Where in South Korea will the POWs go?", "south_korea"},
		{"Where are the troops fighting in Russia?", "russia"},
		{"The troops are in Kursk, is that where they fight?", ""}, // a premise
		{"How many troops are in Kursk?", ""},                      // not a where question
		{"Where are the Russian troops?", ""},                      // Russian qualifies
	})
}

func TestIdentity(t *testing.T) {
	checkReading(t, "identity", func(an analysis) string { x, _ := identity(an.words, an.terms); return x }, []readingCase{
		{"Who is Cho?", "cho"},
		{"Who are the North Korean POWs?", "prisoner_of_war"},              // North Korean qualifies
		{"who is the foreign minister of south korea", "foreign_minister"}, // the first role
		{"What are the names of the captured soldiers?", "troops"},         // "name", and a key word
		{"nk pows names", "prisoner_of_war"},
		{"What is the name of Ukraine's intelligence chief's deputy?", "deputi"}, // a word no synonym reads
		{"Who are the North Korean troops fighting for?", ""},                    // asks more than who they are
		{"Who proposed accepting POWs?", ""},                                     // not "who is"
		{"Which country is Kursk in?", ""},                                       // "which country", not "who"
		{"Who is reporting that North Korea sent troops?", ""},                   // a verb, not who someone is
		{"Who is South Korea's foreign minister's boss?", "head"},                // past the role that owns
	})
}

func TestExcluded(t *testing.T) {
	checkReading(t, "excluded", func(an analysis) string { return strings.Join(excluded(an.words, an.terms), " ") }, []readingCase{
		{"Which allies sent troops besides North Korea?", "north_korea"},
		{"Who other than Kyiv says so?", "ukraine"},
		{"Apart from Russia and Ukraine, who is fighting?", "russia"},
		{"Besides fighting, what are the troops doing?", ""},
	})
}

func TestCounted(t *testing.T) {
	checkReading(t, "counted", func(an analysis) string { w, _ := counted(an.terms); return w }, []readingCase{
		{"What casualty figure was reported?", "casualties"},
		{"how many casualties", "casualties"},
		{"How many troops did North Korea send?", ""}, // a role, checked as one
		{"How many did North Korea send?", ""},
	})
}

func TestKindAsked(t *testing.T) {
	checkReading(t, "kindAsked", func(an analysis) string { return fmt.Sprint(kindAsked(an.words, an.terms)) }, []readingCase{
		{"Is the KN-23 a cruise missile?", "true"},
		{"Is Cho a diplomat?", "true"},
		{"Is the KN-23 accurate?", "false"},
		{"Was it a phone call?", "false"}, // no name
	})
}

func TestOfficialAsked(t *testing.T) {
	checkReading(t, "officialAsked", func(an analysis) string {
		c, ok := officialAsked(an.words, an.terms)
		return fmt.Sprint(c, " ", ok)
	}, []readingCase{
		{"Which Ukrainian official is quoted?", "ukraine true"},
		{"Which official heads Ukraine's intelligence?", " true"},
		{"What person proposed it?", " true"},
		{"What did the official say?", " false"}, // asks what, not which official
		{"Which region does Russia control?", " false"},
	})
}

func TestAskedFor(t *testing.T) {
	checkReading(t, "askedFor", func(an analysis) string { h, _ := askedFor(an.words, an.terms); return h }, []readingCase{
		{"Which reports indicate North Korean involvement?", "report"},
		{"What weapons did North Korea give Russia?", "weapon"},
		{"What marks North Korea's first war in decades?", ""}, // a verb before its object
		{"Which region are they in?", ""},                      // "which region" is a question word
		{"What did Budanov say?", ""},                          // asks for no word
	})
}
