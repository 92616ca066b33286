package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// rowsPerStatement keeps a multi-row INSERT well under both databases'
// limits on parameters (SQLite 32766, PostgreSQL 65535); the Recorder's
// batches of 500 are two such statements.
const rowsPerStatement = 250

const recordColumns = "id, asked_at, path, via, guild, user_hash, question, outcome, entry, nearest, reason, confidence, answer_us, pack"

// Write stores records and votes. A record already stored is left as it
// is, so a batch retried after an error that came after its commit does
// no harm. On PostgreSQL the records go by COPY (copy.go); on SQLite, and
// on PostgreSQL for a retried batch, by writeInserts.
func (d *DB) Write(ctx context.Context, records []Record, votes []Vote) error {
	if len(records) == 0 && len(votes) == 0 {
		return nil
	}
	if d.postgres {
		return d.writePostgres(ctx, records, votes)
	}
	return d.writeInserts(ctx, records, votes)
}

// writeInserts stores records and votes in one transaction, with
// multi-row INSERTs: one round trip per 250 rows, not per row.
func (d *DB) writeInserts(ctx context.Context, records []Record, votes []Vote) error {
	if len(records) == 0 && len(votes) == 0 {
		return nil
	}
	tx, err := d.writes.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store %s: begin: %w", d.where, err)
	}
	defer tx.Rollback()
	args := make([]any, 0, 14*min(len(records), rowsPerStatement))
	for start := 0; start < len(records); start += rowsPerStatement {
		chunk := records[start:min(start+rowsPerStatement, len(records))]
		args = args[:0]
		for _, r := range chunk {
			args = append(args, r.ID.String(), millis(r.At), r.Path, r.Via, r.Guild, r.UserHash, pgText(r.Question),
				r.Outcome, r.Entry, r.Nearest, pgText(r.Reason), r.Confidence, r.Took.Microseconds(), r.Pack)
		}
		var err error
		if len(chunk) == rowsPerStatement && d.insertChunk != nil {
			// parsed once: parsing a statement of 250 rows cost SQLite a
			// third of writing them
			_, err = tx.StmtContext(ctx, d.insertChunk).ExecContext(ctx, args...)
		} else {
			_, err = tx.ExecContext(ctx, d.insertRecords(len(chunk)), args...)
		}
		if err != nil {
			return fmt.Errorf("store %s: insert questions: %w", d.where, err)
		}
	}
	votes = latestVotes(votes)
	for start := 0; start < len(votes); start += rowsPerStatement {
		chunk := votes[start:min(start+rowsPerStatement, len(votes))]
		args = args[:0]
		for _, v := range chunk {
			n := -1
			if v.Helpful {
				n = 1
			}
			args = append(args, v.RecordID.String(), v.UserHash, n, millis(v.At))
		}
		// The later vote wins, whichever replica writes it first.
		q := "INSERT INTO votes (question_id, user_hash, vote, voted_at) VALUES " + d.values(len(chunk), 4) +
			" ON CONFLICT (question_id, user_hash) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at" +
			" WHERE votes.voted_at <= excluded.voted_at"
		if _, err := tx.ExecContext(ctx, q, args...); err != nil {
			return fmt.Errorf("store %s: insert votes: %w", d.where, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store %s: commit: %w", d.where, err)
	}
	return nil
}

// insertRecords is the INSERT of n records.
func (d *DB) insertRecords(n int) string {
	return "INSERT INTO questions (" + recordColumns + ") VALUES " + d.values(n, 14) + " ON CONFLICT (id) DO NOTHING"
}

// latestVotes keeps each user's last vote on each record: one statement
// may not update the same row twice (PostgreSQL refuses).
func latestVotes(votes []Vote) []Vote {
	if len(votes) < 2 {
		return votes
	}
	type key struct{ id, user string }
	last := make(map[key]int, len(votes))
	for i, v := range votes {
		k := key{v.RecordID.String(), v.UserHash}
		if j, ok := last[k]; !ok || !v.At.Before(votes[j].At) {
			last[k] = i
		}
	}
	out := make([]Vote, 0, len(last))
	for i, v := range votes {
		if last[key{v.RecordID.String(), v.UserHash}] == i {
			out = append(out, v)
		}
	}
	return out
}

// values is "(?, ?), (?, ?)" for SQLite, "($1, $2), ($3, $4)" for
// PostgreSQL: rows rows of cols placeholders.
func (d *DB) values(rows, cols int) string {
	var b strings.Builder
	b.Grow(rows * cols * 5)
	n := 0
	for r := 0; r < rows; r++ {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for c := 0; c < cols; c++ {
			if c > 0 {
				b.WriteString(", ")
			}
			n++
			b.WriteString(d.ph(n))
		}
		b.WriteByte(')')
	}
	return b.String()
}

// ph is the nth placeholder (from 1).
func (d *DB) ph(n int) string {
	if d.postgres {
		return "$" + strconv.Itoa(n)
	}
	return "?"
}
