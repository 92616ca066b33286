package knowledge

import "slices"

// A question about the report as a document names it by what it is about:
// "Where does the North Korean POW story come from?", "What is the source
// of the North Korean POW story?". The names before "story" say which
// story, the report itself, not what is asked: kept, each is a name the
// source of the report must speak of, and the question is answered, if at
// all, by an entry about those names, not by where the story comes from.

// storyWordsOf returns the document words a chain of names may qualify:
// the pack's names of the report ([report_frame] nouns: "report",
// "article", "story", "piece") and their plurals, which the pack does not
// list. Only the last word of a frame term counts, so "it" names no story.
func storyWordsOf(f ReportFrame) map[string]bool {
	out := map[string]bool{}
	for _, n := range f.Nouns {
		out[n], out[n+"s"] = true, true
	}
	return out
}

// dropStoryTopic returns ts without the names that qualify the report's
// name right before it ("the North Korean POW story") or after "about"
// ("the article about North Korean prisoners"), when the question
// asks where the report comes from (a source word, or the pack's "source"
// term). Two or more names, or one that is no nationality adjective, make
// the chain: "Russian news" may be the news of Russia, a source of its own.
func (a *analyzer) dropStoryTopic(ws []string, ts []term) []term {
	if !slices.ContainsFunc(ts, func(t term) bool { return t.kind == KindFrame && a.storyWords[ws[t.end-1]] }) {
		return ts // (most questions: no story noun, so nothing below is dropped)
	}
	if !slices.ContainsFunc(ts, func(t term) bool { return t.text == "source" && t.kind == KindWord }) &&
		!slices.ContainsFunc(ws, func(w string) bool { return sourceWords[w] }) {
		return ts
	}
	for fi, f := range ts {
		if f.kind != KindFrame || !a.storyWords[ws[f.end-1]] {
			continue
		}
		// the names right before it, with nothing between them
		first, next := fi, f.pos
		for first > 0 {
			t := ts[first-1]
			if t.end != next || (t.kind != KindEntity && t.kind != KindRole) {
				break
			}
			first--
			next = t.pos
		}
		chain := ts[first:fi]
		if len(chain) > 1 || len(chain) == 1 && !chain[0].qualifier {
			return append(ts[:first:first], ts[fi:]...)
		}
		// or after it: "the article about North Korean prisoners"
		if f.end >= len(ws) || !storyAbout[ws[f.end]] {
			continue
		}
		last, next := fi+1, f.end+1
		for last < len(ts) {
			t := ts[last]
			for next < t.pos && storyLinks[ws[next]] {
				next++
			}
			if t.pos != next || (t.kind != KindEntity && t.kind != KindRole) {
				break
			}
			last++
			next = t.end
		}
		if last > fi+1 {
			return append(ts[:fi+1:fi+1], ts[last:]...)
		}
	}
	return ts
}

// storyAbout introduce what a story is about; storyLinks join its names.
var (
	storyAbout = setOf("about", "on", "regarding", "concerning", "covering")
	storyLinks = setOf("the", "and", "its", "their", "these", "those")
)
