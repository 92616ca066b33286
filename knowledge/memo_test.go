package knowledge

import (
	"reflect"
	"testing"
)

// A remembered answer is the answer worked out, and its lists are its own.
func TestMemo(t *testing.T) {
	e := testEngine(t)
	fresh := testEngine(t, WithoutMemo())
	for _, q := range []string{"Who proposed accepting North Korean POWs?", "how many nk died by feb", "What is the weather in Seoul?", "thanks", "Кто такой Буданов?"} {
		t.Run(q, func(t *testing.T) {
			want, wantC := fresh.AnswerIn(Conversation{}, q)
			for range 2 {
				got, gotC := e.AnswerIn(Conversation{}, q)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("AnswerIn(%q) = %+v, want %+v", q, got, want)
				}
				if gotC.turn != wantC.turn || gotC.entry != wantC.entry {
					t.Errorf("conversation after %q differs from the one worked out", q)
				}
				if len(got.Related) > 0 {
					got.Related[0] = "changed" // must not reach the memo
				}
			}
		})
	}
	if n := len(e.memo.m); n == 0 || n > maxMemo {
		t.Errorf("memo holds %d answers, want 1 to %d", n, maxMemo)
	}
}

// The memo is bounded: it starts again when full.
func TestMemoBounded(t *testing.T) {
	var m memo
	for i := range maxMemo + 10 {
		m.put(memoKey{message: string(rune('a'+i%26)) + string(rune(i))}, Answer{}, Conversation{})
	}
	if n := len(m.m); n > maxMemo {
		t.Errorf("memo holds %d answers, want at most %d", n, maxMemo)
	}
}
