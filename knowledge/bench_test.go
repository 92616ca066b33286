package knowledge_test

import (
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"runtime"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"reportbot/knowledge"
	"reportbot/knowledge/eval"
)

// benchSet reads a question set of eval/testdata.
func benchSet(b *testing.B, name string) []eval.Item {
	b.Helper()
	f, err := os.Open("eval/testdata/" + name + ".jsonl")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	items, err := eval.ReadSet(f)
	if err != nil {
		b.Fatal(err)
	}
	return items
}

// benchQuestions are the dev sample's questions: the kinds users ask.
func benchQuestions(b *testing.B) []string {
	b.Helper()
	items := benchSet(b, "dev")
	qs := make([]string, len(items))
	for i, it := range items {
		qs[i] = it.Q
	}
	return qs
}

// benchAnswer reports the mean (ns/op) and the median per question.
func benchAnswer(b *testing.B, e *knowledge.Engine, qs []string) {
	durs := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		e.Answer(qs[i%len(qs)])
		durs = append(durs, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	b.ReportMetric(float64(durs[len(durs)/2].Nanoseconds())/1000, "µs-median")
}

func BenchmarkAnswer(b *testing.B) {
	benchAnswer(b, benchEngine(b), benchQuestions(b))
}

// BenchmarkAnswerRemembered is BenchmarkAnswer as a server sees it when
// people ask the same questions again: from the engine's memo.
func BenchmarkAnswerRemembered(b *testing.B) {
	p, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		b.Fatal(err)
	}
	benchAnswer(b, knowledge.NewEngine(p), benchQuestions(b))
}

func BenchmarkSuggest(b *testing.B) {
	e := benchEngine(b)
	typed := []string{"", "kur", "who prop", "how many nk", "budanov rol"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		e.Suggest(typed[i%len(typed)], 25)
	}
}

// BenchmarkLoad is the start-up cost: read, parse, validate and index, back
// to back, so that each load also pays for collecting the garbage of the
// ones before.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		load(b)
	}
}

// BenchmarkLoadOnce is one load from a collected heap, as when the bot
// starts: the 2-3 MB a load allocates stay under the collector's first
// goal, so none of its cost is the collector's. It reports the median.
func BenchmarkLoadOnce(b *testing.B) {
	durs := make([]time.Duration, 0, b.N)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		runtime.GC()
		b.StartTimer()
		start := time.Now()
		load(b)
		durs = append(durs, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(durs, func(i, j int) bool { return durs[i] < durs[j] })
	b.ReportMetric(float64(durs[len(durs)/2].Nanoseconds())/1e6, "ms-median")
}

func load(b *testing.B) {
	p, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		b.Fatal(err)
	}
	knowledge.NewEngine(p)
}

func BenchmarkAnswer10kEntries(b *testing.B) {
	fsys := generatedPack(b, 10000)
	p, err := knowledge.Load(fsys)
	if err != nil {
		b.Fatal(err)
	}
	e := knowledge.NewEngine(p, knowledge.WithoutMemo())
	if n := len(e.Pack().Entries); n < 10000 {
		b.Fatalf("generated %d entries", n)
	}
	// Half real questions, half made of the generated words, common ones
	// included, so long postings lists are walked.
	qs := benchQuestions(b)
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 30; i++ {
		en := e.Pack().Entries[len(e.Pack().Entries)-1-rng.Intn(10000)]
		ws := strings.Fields(strings.ToLower(strings.TrimSuffix(en.Answer, ".")))
		qs = append(qs, "what about "+strings.Join(ws[1+rng.Intn(3):6], " ")+"?")
	}
	benchAnswer(b, e, qs)
}

// generatedPack returns the embedded pack grown to n entries: synthetic
// paragraphs of pseudo-words, drawn with a skewed (Zipf) distribution so
// some words are in thousands of entries, as common words are, each entry
// citing one synthetic sentence. The real entries stay, so the benchmark
// asks real questions over a large pack.
func generatedPack(b *testing.B, n int) fs.FS {
	b.Helper()
	real := knowledge.Embedded()
	report, _ := fs.ReadFile(real, knowledge.ReportFile)
	pack, _ := fs.ReadFile(real, knowledge.PackFile)
	lines := strings.Split(strings.TrimRight(string(report), "\n"), "\n")
	paras, source := lines[:len(lines)-1], lines[len(lines)-1]

	rng := rand.New(rand.NewSource(1))
	syll := []string{"ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu", "da", "gi"}
	vocab := make([]string, 4000)
	for i := range vocab {
		w := ""
		for j := 0; j < 2+i%3; j++ {
			w += syll[rng.Intn(len(syll))]
		}
		vocab[i] = fmt.Sprintf("%s%s", w, syll[i%len(syll)])
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	sentence := func(unique string) string {
		ws := []string{unique}
		for k := 0; k < 8; k++ {
			ws = append(ws, vocab[zipf.Uint64()])
		}
		s := strings.Join(ws, " ")
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
	var toml strings.Builder
	toml.Write(pack)
	const perPara = 5
	for i := 0; i < n; i++ {
		unique := fmt.Sprintf("zz%dq", i) // keeps every entry's meaning apart
		if i%perPara == 0 {
			paras = append(paras, "")
		}
		s := sentence(unique)
		last := len(paras) - 1
		paras[last] = strings.TrimSpace(paras[last] + " " + s)
		ws := strings.Fields(strings.TrimSuffix(strings.ToLower(s), "."))
		fmt.Fprintf(&toml, "\n[[entry]]\nid = \"gen-%d\"\ntopic = \"generated\"\nquestion = \"What about %s?\"\n", i, strings.Join(ws[:4], " "))
		fmt.Fprintf(&toml, "phrasings = [\"%s %s\", \"%s %s\"]\n", unique, strings.Join(ws[2:6], " "), ws[5], unique)
		fmt.Fprintf(&toml, "answer = \"%s\"\ncite = [{ paragraph = %d, quote = \"%s\" }]\n", s, len(paras), s)
	}
	return fstest.MapFS{
		knowledge.ReportFile: {Data: []byte(strings.Join(append(paras, source), "\n"))},
		knowledge.PackFile:   {Data: []byte(toml.String())},
	}
}

// BenchmarkIndex is NewEngine alone: indexing a loaded pack.
func BenchmarkIndex(b *testing.B) {
	p, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		knowledge.NewEngine(p)
	}
}

// benchEngine is the embedded pack's engine, remembering no answer: the
// benchmarks measure the work (see BenchmarkAnswerRemembered).
func benchEngine(b *testing.B, opts ...knowledge.Option) *knowledge.Engine {
	b.Helper()
	p, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		b.Fatal(err)
	}
	return knowledge.NewEngine(p, append([]knowledge.Option{knowledge.WithoutMemo()}, opts...)...)
}
