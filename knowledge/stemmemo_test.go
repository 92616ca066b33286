package knowledge

import (
	"sync"
	"testing"
)

// TestStemMemo checks that the memo gives the stemmer's stems, the first
// time and after, from several goroutines at once, counts each word kept
// once however many miss it together, and keeps no more than maxRunStems
// words.
func TestStemMemo(t *testing.T) {
	var m stemMemo
	words := []string{"recieved", "automatically", "prisoners", "zelenskyy", "fighting", "running"}
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for range 3 {
				for _, w := range words {
					if got, want := m.stem(w), snowball(w); got != want {
						t.Errorf("stem(%q) = %q, want %q", w, got, want)
					}
				}
			}
		})
	}
	wg.Wait()
	if got := m.n.Load(); got != int32(len(words)) {
		t.Errorf("kept %d words, counted %d", len(words), got)
	}
	m.n.Store(maxRunStems)
	if got, want := m.stem("unkeptwords"), snowball("unkeptwords"); got != want {
		t.Errorf("stem past the bound = %q, want %q", got, want)
	}
	if _, ok := m.stems.Load("unkeptwords"); ok {
		t.Errorf("a word past the bound was kept")
	}
}
