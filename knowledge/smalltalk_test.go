package knowledge

import (
	"strings"
	"testing"
)

func TestIsQuestion(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Who made the offer?", true},
		{"who made the offer", true}, // a question word first
		{"Tell me who made the offer.", true},
		{"I would be most grateful if someone could remind me who it was that made the offer.", true},
		{"I'd like to know where the troops are.", true},
		{"I have been following this story with my grandson.", false},
		{"I know the troops are in Kursk.", false}, // knowing, but no question word after
		{"Thank you kindly.", false},
		{"since when", true}, // a bare question word asks of the question before
		{"then", false},
		{"so what's the other guy's job then", true}, // a question word after words that move the talk on
		{"so it goes", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := isQuestion(tt.in, sentenceWords(tt.in)); got != tt.want {
				t.Errorf("isQuestion(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// Small talk as Discord users write it gets its row's reply, never an
// answer of the report nor a decline: addressed by any vocative, stretched
// for tone, combined, in a language mixed in, with what a thanks is for;
// before a question, the question is answered.
func TestSmallTalkForms(t *testing.T) {
	e := testEngine(t)
	const (
		thanks = "You're welcome"
		praise = "Glad it helped"
		sorry  = "Sorry about that"
		ok     = "Anything else you'd like"
		laugh  = "Ha!"
		bye    = "Bye!"
		bot    = "I'm a bot"
		help   = "Ask me a question about the report"
	)
	tests := []struct{ q, says string }{
		// every vocative addresses the bot
		{"thanks buddy", thanks}, {"thanks dear", thanks}, {"thanks sir", thanks}, {"thanks guys", thanks},
		{"thank you friend", thanks}, {"thanks bro", thanks}, {"thanks mate", thanks}, {"thanks man", thanks},
		{"thanks dude", thanks}, {"thanks fam", thanks}, {"ty boss", thanks}, {"thanks king", thanks},
		{"thanks my guy", thanks}, {"thank you so much my friend", thanks}, {"nice one mate", praise},
		{"bro thanks", thanks}, {"dude thx", thanks},
		// marks, emoji and letters stretched for tone
		{"thx!!", thanks}, {"tyyy 🙏", thanks}, {"thanksss", thanks}, {"thank youuuu sooo much", thanks},
		{"lmaooo", laugh}, {"lolll", laugh}, {"hahahaha", laugh}, {"okkk", ok}, {"good bot 👍", praise},
		// combinations: the last phrase decides
		{"ok thanks", thanks}, {"lol ok", ok}, {"cool ty bot", thanks}, {"nice, thanks for the help", thanks},
		{"thanks for your help", thanks}, {"ty for the info", thanks}, {"k thx bye", bye}, {"lol nice", praise},
		// in a language mixed in
		{"gracias", thanks}, {"danke schön!", thanks}, {"merci beaucoup 🙏", thanks}, {"obrigado", thanks},
		{"grazie", thanks}, {"spasibo bro", thanks}, {"spasiba", thanks}, {"dyakuyu", thanks},
		{"kamsahamnida", thanks}, {"gomawo", thanks}, {"arigato gozaimasu", thanks},
		// farewells
		{"cya", bye}, {"gn", bye}, {"later", bye}, {"goodnight", bye}, {"alright cya later", bye},
		// praise and insults
		{"you're useless", sorry}, {"bad bot", sorry}, {"wrong!", sorry}, {"you suck", sorry},
		{"terrible bot", sorry}, {"thanks for nothing", sorry}, {"great job bot", praise}, {"you're the best", praise},
		{"are you a bot?", bot}, {"help", help}, {"help pls", help},
		// said of whom it is
		{"you are wrong", sorry}, {"u r useless", sorry}, {"this bot sucks", sorry}, {"you're a good bot", praise},
		// a minor phrase goes along with the other
		{"who made you lol", "The people who run me"}, {"thanks bruh", thanks}, {"haha thanks", thanks},
		{"nvm", ok}, {"no worries", ok}, {"bruh", ok},
		// chat spellings, and more of each kind
		{"r u real", bot}, {"who made u", "The people who run me"}, {"ur the best", praise}, {"thank you kindly", thanks},
		{"gracias amigo", thanks}, {"okie dokie", ok}, {"yup", ok}, {"ahahaha", laugh}, {"lool", laugh},
		{"this isn't helpful", sorry}, {"shut up", sorry}, {"gtg", bye}, {"nighty night", bye}, {"im off", bye},
		{"wow that's a lot, thanks", thanks}, {"that makes sense, thanks", thanks}, {"Thanks! That was helpful. Bye", bye},
		{"this is super helpful thank you", thanks}, {"omg thank you so much!!! 🙏🙏", thanks},
		{"appreciate the help", thanks}, {"bless you", thanks}, {"u da best", praise}, {"this bot is goated", praise}, {"L bot", sorry},
		// nothing but emoji
		{"👍", praise}, {"🙏", thanks}, {"❤️", praise}, {"😂😂", laugh}, {"👋", bye}, {"👎", sorry},
		// in another script
		{"спасибо", thanks}, {"дякую", thanks}, {"감사합니다", thanks}, {"ありがとう", thanks}, {"谢谢", thanks},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if a.Outcome != Chat || a.Answered || !strings.Contains(a.Text, tt.says) {
				t.Errorf("Answer(%q) = %s %q, want small talk saying %q", tt.q, a.Outcome, a.Text, tt.says)
			}
		})
	}
	// a greeting, however addressed, greets
	for _, q := range []string{"hey buddy", "hello sir", "hey boss", "hey fam", "good morning", "good evening bot"} {
		if a := e.Answer(q); a.Outcome != Greeting {
			t.Errorf("Answer(%q) = %s %q, want a greeting", q, a.Outcome, a.Text)
		}
	}
	// small talk before a question: the question is answered
	checkAnswers(t, e, []answerCase{
		{"thanks buddy! who is cho", "cho-role"},
		{"tyyy 🙏 also who is cho?", "cho-role"},
		{"gracias. who is Cho?", "cho-role"},
		{"okkk who is cho", "cho-role"},
		{"you're useless, who is cho?", "cho-role"},
		{"thanks buddy who is cho", "cho-role"}, // buddy is no ally
		{"thanks for the help, who is cho?", "cho-role"},
		{"ty king. who is cho", "cho-role"},
		{"Thanks boss, who is the boss of ukraine intelligence?", "budanov-role"},
		{"thanks for explaining, but who is budanov?", "budanov-role"},
		{"hey buddy who is cho", "cho-role"},
		{"good morning, who is cho?", "cho-role"},
		{"hi, who is the boss?", "budanov-role"}, // a boss asked of is no vocative
		{"great, thanks! one more: where are they fighting?", "where-fighting"},
	})
}

// TestTalkKeeps checks keeps, talkPrefix's shortcut: a word it says
// talkWords leaves as it is, talkWords leaves so, for every word a
// question opens with and for the chat spellings.
func TestTalkKeeps(t *testing.T) {
	e := testEngine(t)
	var words []string
	for w := range whWords {
		words = append(words, w)
	}
	for w := range questionStarts {
		words = append(words, w)
	}
	for w := range chatSpellings {
		words = append(words, w)
	}
	kept := 0
	for _, w := range words {
		if e.talk.keeps(w) {
			kept++
			if got := e.talk.talkWords([]string{w}); got[0] != w {
				t.Errorf("keeps(%q), and talkWords reads it as %q", w, got[0])
			}
		}
	}
	if kept == 0 {
		t.Errorf("keeps no word a question opens with")
	}
}
