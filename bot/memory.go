package bot

import (
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"

	"reportbot/knowledge"
)

// Memory keeps the context of recent conversations, each under its key (a
// DM channel; one user in one server channel): for a while (ttl), and at
// most max of them, the least recently used forgotten first. Over the
// gateway a channel's events always reach the same shard, so memory in
// the process is right; the HTTP endpoint answers without context, as its
// replicas share none. It is safe for concurrent use.
type Memory struct {
	cache *lru.Cache[string, remembered]
	ttl   time.Duration
	now   func() time.Time
	// bytes is about what the conversations hold (knowledge.Conversation.Size).
	bytes atomic.Int64
}

type remembered struct {
	c    knowledge.Conversation
	at   time.Time
	size int
}

// NewMemory returns a memory of at most max conversations (1 if less),
// each forgotten ttl after its last turn (never, for 0), read on the clock
// now.
func NewMemory(size int, ttl time.Duration, now func() time.Time) *Memory {
	m := &Memory{ttl: ttl, now: now}
	c, err := lru.NewWithEvict(max(1, size), func(_ string, r remembered) { m.bytes.Add(-int64(r.size)) })
	if err != nil {
		panic(err) // only for a size below 1, which max(1, ...) rules out
	}
	m.cache = c
	return m
}

// Get returns the conversation under key: the zero Conversation when there
// is none, or it was left longer than the memory's time.
func (m *Memory) Get(key string) knowledge.Conversation {
	if key == "" {
		return knowledge.Conversation{}
	}
	r, ok := m.cache.Get(key)
	if !ok {
		return knowledge.Conversation{}
	}
	if m.ttl > 0 && m.now().Sub(r.at) > m.ttl {
		m.cache.Remove(key)
		return knowledge.Conversation{}
	}
	return r.c
}

// Put keeps c under key, as of now.
func (m *Memory) Put(key string, c knowledge.Conversation) {
	if key == "" {
		return
	}
	size := c.Size()
	if old, ok := m.cache.Peek(key); ok {
		m.bytes.Add(-int64(old.size))
	}
	m.bytes.Add(int64(size))
	m.cache.Add(key, remembered{c: c, at: m.now(), size: size})
}

// Len is how many conversations are kept.
func (m *Memory) Len() int { return m.cache.Len() }

// Bytes is about how many bytes the kept conversations hold.
func (m *Memory) Bytes() int64 { return m.bytes.Load() }
