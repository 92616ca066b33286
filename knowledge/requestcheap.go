package knowledge

import "bytes"

// Every question answer reads is first searched for a request marker
// (requested), with a regular expression that backtracks over the whole
// message: a good part of answering a short question, which nearly never
// holds one. mayRequest tells, by plain search, the messages that cannot
// hold one, which skip it.

// requestStems are words every request marker holds one of (see
// requestMarker): "ask" of "asked", "is asking"; "like" of "would like";
// "know" of "to know", "let me know".
var requestStems = [][]byte{[]byte("ask"), []byte("need"), []byte("want"), []byte("like"), []byte("wonder"), []byte("tell"), []byte("let"),
	[]byte("inform"), []byte("enlighten"), []byte("advise"), []byte("know")}

// mayRequest reports whether s may hold a request marker: false only when
// it holds none of requestStems, in any case. A message of other than
// ASCII letters may: requestMarker folds case as Unicode does ("ſ" is an
// "s" to it), and is left to tell.
func mayRequest(s string) bool {
	var buf [256]byte
	var low []byte
	if len(s) <= len(buf) {
		low = buf[:len(s)]
	} else {
		low = make([]byte, len(s))
	}
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b >= 0x80 {
			return true
		}
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		low[i] = b
	}
	for _, st := range requestStems {
		if bytes.Contains(low, st) {
			return true
		}
	}
	return false
}
