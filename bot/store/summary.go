package store

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/google/uuid"
)

// Summary is what the review reads, since a time: counts by day, and the
// declined questions and the voted ones, grouped by their exact text.
type Summary struct {
	Days     []Day
	Declined []Declined
	Voted    []Voted
}

// Day counts one UTC day's questions (not paragraph views) and votes.
type Day struct {
	Day                          time.Time // midnight UTC
	Questions, Answered, Decline int
	Helpful, NotHelpful          int
}

// Declined is one question text declined Count times, with the nearest
// entry and the reason.
type Declined struct {
	Question, Nearest, Reason string
	Confidence                float64 // the highest, of its declines
	Count                     int
	Last                      time.Time
}

// Voted is the votes on one question text and what it got.
type Voted struct {
	Entry, Outcome, Question string
	Helpful, NotHelpful      int
}

const dayMillis = 24 * 60 * 60 * 1000

// idFloor is the least UUIDv7, as text, of a record made at t or later:
// its first 48 bits are t in Unix milliseconds. A record's id is made
// after its asked_at, so "id >= idFloor(t)" keeps every record asked from
// t on, and lets the database read the primary key's range, not the table.
func idFloor(t time.Time) string {
	ms := uint64(max(t.UnixMilli(), 0))
	return fmt.Sprintf("%08x-%04x-0000-0000-000000000000", ms>>16, ms&0xffff)
}

// Summary reads the review's figures with four grouped queries: the
// database adds up, so memory does not grow with the traffic.
func (d *DB) Summary(ctx context.Context, since time.Time) (Summary, error) {
	var s Summary
	from, floor := millis(since), idFloor(since)
	days := map[int64]*Day{}
	day := func(n int64) *Day {
		if days[n] == nil {
			days[n] = &Day{Day: time.UnixMilli(n * dayMillis).UTC()}
		}
		return days[n]
	}
	err := d.query(ctx, `SELECT asked_at / 86400000 AS day, COUNT(*),
		SUM(CASE WHEN outcome = 'answered' THEN 1 ELSE 0 END),
		SUM(CASE WHEN outcome = 'declined' THEN 1 ELSE 0 END)
		FROM questions WHERE id >= `+d.ph(1)+` AND asked_at >= `+d.ph(2)+` AND outcome <> 'paragraph' GROUP BY asked_at / 86400000`,
		[]any{floor, from}, func(scan func(...any) error) error {
			var n int64
			var q, a, dc int
			if err := scan(&n, &q, &a, &dc); err != nil {
				return err
			}
			dd := day(n)
			dd.Questions, dd.Answered, dd.Decline = q, a, dc
			return nil
		})
	if err != nil {
		return s, err
	}
	err = d.query(ctx, `SELECT voted_at / 86400000 AS day,
		SUM(CASE WHEN vote > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN vote < 0 THEN 1 ELSE 0 END)
		FROM votes WHERE voted_at >= `+d.ph(1)+` GROUP BY voted_at / 86400000`,
		[]any{from}, func(scan func(...any) error) error {
			var n int64
			var up, down int
			if err := scan(&n, &up, &down); err != nil {
				return err
			}
			dd := day(n)
			dd.Helpful, dd.NotHelpful = up, down
			return nil
		})
	if err != nil {
		return s, err
	}
	for _, dd := range days {
		s.Days = append(s.Days, *dd)
	}
	sort.Slice(s.Days, func(i, j int) bool { return s.Days[i].Day.Before(s.Days[j].Day) })

	err = d.query(ctx, `SELECT question, nearest, reason, COUNT(*), MAX(confidence), MAX(asked_at)
		FROM questions WHERE id >= `+d.ph(1)+` AND asked_at >= `+d.ph(2)+` AND outcome = 'declined'
		GROUP BY question, nearest, reason`,
		[]any{floor, from}, func(scan func(...any) error) error {
			var r Declined
			var last int64
			if err := scan(&r.Question, &r.Nearest, &r.Reason, &r.Count, &r.Confidence, &last); err != nil {
				return err
			}
			r.Last = time.UnixMilli(last).UTC()
			s.Declined = append(s.Declined, r)
			return nil
		})
	if err != nil {
		return s, err
	}
	err = d.query(ctx, `SELECT q.entry, q.outcome, q.question,
		SUM(CASE WHEN v.vote > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN v.vote < 0 THEN 1 ELSE 0 END)
		FROM votes v JOIN questions q ON q.id = v.question_id
		WHERE v.voted_at >= `+d.ph(1)+`
		GROUP BY q.entry, q.outcome, q.question`,
		[]any{from}, func(scan func(...any) error) error {
			var r Voted
			if err := scan(&r.Entry, &r.Outcome, &r.Question, &r.Helpful, &r.NotHelpful); err != nil {
				return err
			}
			s.Voted = append(s.Voted, r)
			return nil
		})
	return s, err
}

// query runs q and calls row for each row with its Scan.
func (d *DB) query(ctx context.Context, q string, args []any, row func(scan func(...any) error) error) error {
	rows, err := d.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("store %s: %w", d.where, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows.Scan); err != nil {
			return fmt.Errorf("store %s: %w", d.where, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store %s: %w", d.where, err)
	}
	return nil
}

// Records lists what was recorded since a time, oldest first: for tests
// and for an operator's export. Users are their hashes.
func (d *DB) Records(ctx context.Context, since time.Time) ([]Record, error) {
	var out []Record
	err := d.query(ctx, "SELECT "+recordColumns+" FROM questions WHERE id >= "+d.ph(1)+" AND asked_at >= "+d.ph(2)+" ORDER BY asked_at, id",
		[]any{idFloor(since), millis(since)}, func(scan func(...any) error) error {
			var r Record
			var id string
			var at, took int64
			if err := scan(&id, &at, &r.Path, &r.Via, &r.Guild, &r.UserHash, &r.Question, &r.Outcome,
				&r.Entry, &r.Nearest, &r.Reason, &r.Confidence, &took, &r.Pack); err != nil {
				return err
			}
			var err error
			if r.ID, err = uuid.Parse(id); err != nil {
				return err
			}
			r.At, r.Took = time.UnixMilli(at).UTC(), time.Duration(took)*time.Microsecond
			out = append(out, r)
			return nil
		})
	return out, err
}

// Votes lists the votes cast since a time, oldest first.
func (d *DB) Votes(ctx context.Context, since time.Time) ([]Vote, error) {
	var out []Vote
	err := d.query(ctx, "SELECT question_id, user_hash, vote, voted_at FROM votes WHERE voted_at >= "+d.ph(1)+" ORDER BY voted_at, question_id, user_hash",
		[]any{millis(since)}, func(scan func(...any) error) error {
			var v Vote
			var id string
			var n int
			var at int64
			if err := scan(&id, &v.UserHash, &n, &at); err != nil {
				return err
			}
			var err error
			if v.RecordID, err = uuid.Parse(id); err != nil {
				return err
			}
			v.Helpful, v.At = n > 0, time.UnixMilli(at).UTC()
			out = append(out, v)
			return nil
		})
	return out, err
}
