package knowledge

import (
	"slices"
	"strings"
)

// A long message sometimes says where its point starts: "last orders in
// 10 mins, keg's gone, ... tl;dr what's seoul offering kyiv", "... long
// story short, who made the offer?", "... anyway what i actually wanted
// to ask is who ...". The sentences before such a marker are the asker's
// chatter, whatever words of the pack they happen to hold ("stag party"
// read as a proposal), so the core (core.go) leaves them out. Only
// markers that say outright that the point follows: "anyway" alone also
// moves back to an earlier topic, which the sentences before may name.

// pointMarkers open the sentence that holds a message's point, after
// words that only move the talk on ("anyway", "so", "ok").
var pointMarkers = [][]string{
	{"tl", "dr"}, {"tldr"}, {"long", "story", "short"}, {"bottom", "line"},
	{"what", "i", "actually", "wanted", "to", "ask", "is"},
	{"what", "i", "actually", "want", "to", "ask", "is"},
	{"what", "i", "wanted", "to", "ask", "is"},
	{"what", "i", "want", "to", "know", "is"},
	{"my", "actual", "question", "is"}, {"my", "question", "is"},
}

// fromPoint returns the sentences from the last one that opens with a
// point marker on (never the first: a marker there leaves no chatter
// before it), and the number of words that open it up to the marker's
// end; or the sentences and 0 when none does.
func fromPoint(sentences []string) ([]string, int) {
	for k := len(sentences) - 1; k > 0; k-- {
		if n := pointOpening(sentenceWords(sentences[k])); n > 0 {
			return sentences[k:], n
		}
	}
	return sentences, 0
}

// pointOpening returns the number of words up to the end of a point
// marker that ws open with, past words that only move the talk on, when
// words go on past it; else 0.
func pointOpening(ws []string) int {
	i := 0
	for i < len(ws) && movesOn[ws[i]] {
		i++
	}
	for _, m := range pointMarkers {
		if len(ws) > i+len(m) && slices.Equal(ws[i:i+len(m)], m) {
			return i + len(m)
		}
	}
	return 0
}

// withoutOpening returns clauses' words without their first n words: the
// marker says where the point starts and is no part of it ("tl dr" is
// otherwise read as asking the gist).
func withoutOpening(cws [][]string, n int) [][]string {
	out := make([][]string, 0, len(cws))
	for _, c := range cws {
		k := min(n, len(c))
		n -= k
		if len(c) > k {
			out = append(out, c[k:])
		}
	}
	return out
}

// fromPointText returns the text of question from the end of the point
// marker that opens one of its sentences after the first on, and whether
// there is one: the message is then asked as that question, whole, read
// in every way a question is ("anyway what i actually wanted to ask is
// who made the offer, was it the president or someone else? also the
// coffee here is terrible lol").
func fromPointText(question string) (string, bool) {
	var buf [4]string
	sentences := appendSentences(buf[:0], question)
	point, n := fromPoint(sentences)
	if n == 0 {
		return "", false
	}
	at := strings.LastIndex(question, point[0])
	if at < 0 {
		return "", false
	}
	rest := question[at:]
	want := len(sentenceWords(point[0])) - n
	for i := 1; i < len(point[0]); i++ {
		if rest[i-1] != ' ' && rest[i-1] != ';' && rest[i-1] != ',' && rest[i-1] != ':' {
			continue
		}
		if len(sentenceWords(point[0][i:])) == want {
			return strings.TrimSpace(rest[i:]), true
		}
	}
	return "", false
}
