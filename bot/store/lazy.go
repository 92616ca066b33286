package store

import (
	"context"
	"sync"
	"time"
)

// LazyDB opens its store on first use, and again after a failed open:
// for a reader (the review page) that must not stop the bot starting when
// the store is down.
type LazyDB struct {
	url string
	mu  sync.Mutex
	db  *DB
}

// Lazy returns a store at url that is opened when first read.
func Lazy(url string) *LazyDB { return &LazyDB{url: url} }

func (l *LazyDB) open(ctx context.Context) (*DB, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.db != nil {
		return l.db, nil
	}
	db, err := Open(ctx, l.url)
	if err != nil {
		return nil, err
	}
	l.db = db
	return db, nil
}

// Summary is DB.Summary, once the store is open.
func (l *LazyDB) Summary(ctx context.Context, since time.Time) (Summary, error) {
	db, err := l.open(ctx)
	if err != nil {
		return Summary{}, err
	}
	return db.Summary(ctx, since)
}

// Close closes the store if it was opened.
func (l *LazyDB) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.db == nil {
		return nil
	}
	err := l.db.Close()
	l.db = nil
	return err
}
