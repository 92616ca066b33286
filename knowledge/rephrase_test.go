package knowledge

import (
	"slices"
	"strings"
	"testing"
)

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
		{"concerns over what", []string{"concerns", "over", "what"}},                 // "over" asking its object
		{"is the war over or what", []string{"is", "the", "war", "ended", "or", "what"}},
		{"authority over", []string{"authority", "ended"}}, // so never for an alias
		{"since when has nk not fought", []string{"since", "when", "has", "nk", "previously", "fought"}},
		{"nk hasnt fought like this since when", []string{"nk", "previously", "fought", "like", "this", "since", "when"}}, // the negation first
		{"soldiers ukraine catch", []string{"soldiers", "ukraine", "caught"}},                                             // the verb
		{"who is catching them", []string{"who", "is", "capturing", "them"}},                                              // the verb's progressive
		{"what's the catch", []string{"what", "'s", "the", "catch"}},
		{"cho what he want", []string{"cho", "what", "he", "propose"}},                        // what one seeks
		{"he want what lol", []string{"he", "propose", "what", "lol"}},                        // a learner's order
		{"what do they want to do", []string{"what", "do", "they", "want", "to", "do"}},       // a wish
		{"can they move if they want", []string{"can", "they", "move", "if", "they", "want"}}, // no "what"
		{"russia or nk by itself", []string{"russia", "or", "nk", "alone"}},                   // alone: a choice of nk
		{"did nk fight by themselves", []string{"did", "nk", "fight", "alone"}},
		{"if the soldiers themselves want to", []string{"if", "the", "soldiers", "themselves", "want", "to"}},                               // whose wish
		{"did the losses stop kim from sending more", []string{"did", "the", "losses", "kim", "stop", "sending", "more"}},                   // the one stopped
		{"when did they send the soldiers over", []string{"when", "did", "they", "send", "the", "soldiers", "over"}},                        // over after a sending: where they went
		{"nk only sent a few hundred lads over", []string{"nk", "only", "sent", "a", "few", "hundred", "lads", "over"}},                     // a longer object between
		{"they sent troops is the war over", []string{"they", "sent", "troops", "is", "the", "war", "ended"}},                               // not past an auxiliary
		{"does sk take norks even if they dont wanna come", []string{"does", "sk", "take", "norks", "even", "if", "they", "wanna", "come"}}, // the wish tested
		{"will sk accept pows who dont want to come", []string{"will", "sk", "accept", "pows", "if", "they", "want", "to", "come"}},
		{"what happens to pows who dont want to go", []string{"what", "happens", "to", "pows", "who", "dont", "want", "to", "go"}}, // not asked yes or no
		{"stop the war", []string{"stop", "the", "war"}},
		{"Name the official Cho spoke with", []string{"which", "official", "cho", "spoke", "with"}},                       // a quiz's which
		{"name two countries that reported it", []string{"which", "two", "countries", "that", "reported", "it"}},          // how many it names
		{"Name the region where they fight", []string{"name", "the", "region", "where", "they", "fight"}},                 // its own question word
		{"since when have they been fighting", []string{"start", "when", "have", "they", "been", "fighting"}},             // when it started
		{"first war since when", []string{"first", "war", "since", "when"}},                                               // the last time before
		{"since when", []string{"since", "when"}},                                                                         // a fragment
		{"did the losses keep kim from sending more", []string{"did", "the", "losses", "kim", "stop", "sending", "more"}}, // "stop", not "keep"
		{"will that prevent nk from sending troops", []string{"will", "that", "nk", "stop", "sending", "troops"}},
		{"whats nk's role in this war tldr", []string{"whats", "nk", "'s", "role", "in", "this", "war"}}, // briefly, after a question
		{"tldr of this article pls", []string{"tldr", "of", "this", "article", "pls"}},                   // the gist asked
		{"where does budanov work", []string{"what", "does", "budanov", "work"}},                         // for whom
		{"where are they fighting", []string{"where", "are", "they", "fighting"}},
		{"what does the jcs actually do", []string{"who", "is", "the", "jcs", "actually"}},                                 // its post
		{"what do the pows have to do", []string{"what", "do", "the", "pows", "have", "to", "do"}},                         // what they must do
		{"what does kyiv's spy chief budanov do", []string{"what", "does", "kyiv", "'s", "spy", "chief", "budanov", "do"}}, // two names
		{"what does nk do in kursk", []string{"what", "does", "nk", "do", "in", "kursk"}},                                  // what it does there
		{"nk themselves or russia", []string{"nk", "or", "russia"}},
		{"in ukraine itself", []string{"in", "ukraine", "itself"}},                                                                                         // a place set apart
		{"nk fight together with who", []string{"nk", "fight", "alongside", "with", "who"}},                                                                // fighting alongside
		{"working together with ukraine", []string{"working", "together", "with", "ukraine"}},                                                              // collaborating
		{"do what for go there", []string{"do", "what", "to", "go", "there"}},                                                                              // in order to, not why
		{"what for", []string{"what", "for"}},                                                                                                              // why
		{"ukraine gave the figure in march, is that the right month?", []string{"ukraine", "gave", "the", "figure", "in", "march", "is", "that", "right"}}, // the kind a tag checks
		{"which month is the right month", []string{"which", "month", "is", "the", "right", "month"}},                                                      // no tag
		{"nk losses were light, yes?", []string{"nk", "losses", "were", "light", "yeah"}},                                                                  // a claim's tag
		{"did the pows say yes", []string{"did", "the", "pows", "say", "yes"}},                                                                             // a question, and what is said
		{"so ukraine finally said yes", []string{"so", "ukraine", "finally", "said", "yes"}},                                                               // what is said
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := sentenceWords(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("sentenceWords(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSetAsideKeys(t *testing.T) {
	checkReading(t, "setAsideKeys", func(an analysis) string { return strings.Join(termTexts(an), " ") }, []readingCase{
		{"besides deaths and injuries, were nk soldiers captured?", "north_korea troops captured"},
		{"besides the dead and wounded have any been captured", "captured"},
		{"besides the dead, what happened to the troops?", "killed troops"}, // no other key word asked
		{"apart from russia, who was killed?", "russia who killed"},         // a name: see excluded
	})
}

func TestMeaningAsked(t *testing.T) {
	tests := []struct {
		in   string
		want string // the words without the verb; "" if the question asks no word's meaning
	}{
		{"what does POW stand for?", "what does pow"},
		{"what does 'perished' mean in the line about the 3,000 soldiers?", "what does perished in the line about the 3000 soldiers"},
		{"what does 'within its borders' mean here?", "what does within its borders here"}, // a pronoun inside the words asked of
		{"what means 'bolster' in this news?", "what bolster in this news"},                // as learners ask
		{"what does the article mean by North Korea 'bolstering' Russian forces?", "what does the article north korea bolstering russian forces"},
		{"what does the abbreviation POW mean in this report?", "what does pow in this report"}, // the noun names the word
		{"what does the term 'bolster' mean?", "what does bolster"},
		{"what does the 'collaborative approach' thing even mean??", "what does collaborative approach even"}, // the trailing noun names the words
		{"what does this KN-23 bit mean?", "what does kn23"},
		{"what does the whole thing mean?", ""},                  // the matter, not a phrase
		{"what does the term mean?", ""},                         // no word after the noun: the term said before
		{"what does South Korea's readiness mean?", ""},          // a thing, by its possessive: what it signifies
		{"what do the losses mean for north korea?", ""},         // a thing, by its article
		{"what does sk accepting them mean for relations?", ""},  // what it means for someone
		{"what does it mean that the troops are monitored?", ""}, // a pronoun
		{"By what means did Cho communicate the proposal?", ""},  // "means" a noun
		{"what means of communication did Cho use?", ""},
		{"what means was the offer made through?", ""},
		{"what did Budanov mean?", ""}, // what one meant
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			out, ok := meaningAsked(splitWords(tt.in))
			if got := strings.Join(out, " "); got != tt.want || ok != (tt.want != "") {
				t.Errorf("meaningAsked(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}
