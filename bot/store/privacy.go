package store

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"
)

// Prune deletes the records and votes made before a time: retention.
func (d *DB) Prune(ctx context.Context, before time.Time) (int64, error) {
	return d.deleteAll(ctx, []string{
		"DELETE FROM questions WHERE asked_at < " + d.ph(1),
		"DELETE FROM votes WHERE voted_at < " + d.ph(1),
	}, millis(before))
}

// Forget deletes everything recorded about one user: their questions,
// their votes, and the votes others gave their questions.
func (d *DB) Forget(ctx context.Context, userHash string) (int64, error) {
	return d.deleteAll(ctx, []string{
		"DELETE FROM votes WHERE user_hash = " + d.ph(1) + " OR question_id IN (SELECT id FROM questions WHERE user_hash = " + d.ph(1) + ")",
		"DELETE FROM questions WHERE user_hash = " + d.ph(1),
	}, userHash)
}

// deleteAll runs each statement with the one argument, in one transaction,
// and returns the rows deleted.
func (d *DB) deleteAll(ctx context.Context, stmts []string, arg any) (int64, error) {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("store %s: %w", d.where, err)
	}
	defer tx.Rollback()
	var n int64
	for _, q := range stmts {
		args := []any{arg}
		if !d.postgres { // SQLite's ? is positional: once per use
			args = args[:0]
			for range countPlaceholders(q) {
				args = append(args, arg)
			}
		}
		res, err := tx.ExecContext(ctx, q, args...)
		if err != nil {
			return 0, fmt.Errorf("store %s: delete: %w", d.where, err)
		}
		k, _ := res.RowsAffected()
		n += k
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("store %s: delete: %w", d.where, err)
	}
	return n, nil
}

func countPlaceholders(q string) int {
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
		}
	}
	return n
}

// UserKey returns the key users' ids are hashed with: the one configured,
// or else the one kept in the store, made at its first start. Replicas
// sharing a store share the key, so a user's votes and questions match.
func (d *DB) UserKey(ctx context.Context, configured string) ([]byte, error) {
	if configured != "" {
		return []byte(configured), nil
	}
	get := func() (string, error) {
		var v string
		err := d.db.QueryRowContext(ctx, "SELECT value FROM settings WHERE name = 'user_key'").Scan(&v)
		return v, err
	}
	v, err := get()
	if errors.Is(err, sql.ErrNoRows) {
		b := make([]byte, 32)
		rand.Read(b)
		// Two replicas may race to make it: the first one in is the key.
		if _, err := d.db.ExecContext(ctx, "INSERT INTO settings (name, value) VALUES ('user_key', "+d.ph(1)+") ON CONFLICT (name) DO NOTHING", hex.EncodeToString(b)); err != nil {
			return nil, fmt.Errorf("store %s: keep the user key: %w", d.where, err)
		}
		v, err = get()
	}
	if err != nil {
		return nil, fmt.Errorf("store %s: read the user key: %w", d.where, err)
	}
	return []byte(v), nil
}

// HashUser is what is stored for a Discord user: an HMAC-SHA256 of their
// id, 128 bits in hex. Without the key it cannot be turned back into the
// id, nor matched against a list of ids.
func HashUser(key []byte, id string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(id))
	return hex.EncodeToString(m.Sum(nil)[:16])
}
