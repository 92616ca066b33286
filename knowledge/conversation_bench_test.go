package knowledge_test

import (
	"runtime"
	"sort"
	"testing"
	"time"

	"reportbot/knowledge"
)

// benchTurns are the turns of the shared conversation sample, each with the
// conversation as it stood before it.
func benchTurns(b *testing.B, e *knowledge.Engine) ([]knowledge.Conversation, []string) {
	b.Helper()
	items := benchSet(b, "conv/dev")
	convs := map[string]knowledge.Conversation{}
	var cs []knowledge.Conversation
	var qs []string
	for _, it := range items {
		cs, qs = append(cs, convs[it.Conv]), append(qs, it.Q)
		_, convs[it.Conv] = e.AnswerIn(convs[it.Conv], it.Q)
	}
	return cs, qs
}

// BenchmarkAnswerIn answers the sample's turns, each in its conversation
// (follow-ups resolved, fragments merged, questions asked back): the mean
// (ns/op) and the median per turn.
func BenchmarkAnswerIn(b *testing.B) {
	e := benchEngine(b)
	cs, qs := benchTurns(b, e)
	durs := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		e.AnswerIn(cs[i%len(cs)], qs[i%len(qs)])
		durs = append(durs, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	b.ReportMetric(float64(durs[len(durs)/2].Nanoseconds())/1000, "µs-median")
}

// BenchmarkAnswerInAlone answers the same turns as BenchmarkAnswerIn, each
// as a first message (Answer): what a turn costs more is its context, not
// its questions, which are not BenchmarkAnswer's. A follow-up is answered
// as the question it merges into, which may cost more than either.
func BenchmarkAnswerInAlone(b *testing.B) {
	e := benchEngine(b)
	_, qs := benchTurns(b, e)
	benchAnswer(b, e, qs)
}

// BenchmarkConversationMemory keeps b.N conversations of four turns each,
// as the bot's memory would, and reports what one holds on the heap (and
// what it says it holds, Conversation.Size). Run it with -benchtime=1000x.
func BenchmarkConversationMemory(b *testing.B) {
	e := benchEngine(b)
	turns := []string{"how many north korean soldiers died by early february?", "is that figure official?", "where are they fighting?", "who controls that area?"}
	n := b.N
	{
		var c knowledge.Conversation
		for _, q := range turns {
			_, c = e.AnswerIn(c, q)
		}
		kept := make([]knowledge.Conversation, n)
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for k := range kept {
			// each a copy that owns its memory, as after its own turns
			var ck knowledge.Conversation
			for _, q := range turns {
				_, ck = e.AnswerIn(ck, q)
			}
			kept[k] = ck
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "B/conversation")
		b.ReportMetric(float64(c.Size()), "size-B")
		runtime.KeepAlive(kept)
	}
}
