package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// On PostgreSQL the writer sends a batch of records as one COPY in the
// binary format, straight into questions. Against the multi-row INSERT ...
// ON CONFLICT (id) DO NOTHING it replaces, this halves the server's work a
// record: ON CONFLICT makes every row a speculative insertion (the index
// probed, then the row inserted, then the index confirmed), where a plain
// insert probes once; and the server parses no 3,500 bound parameters. The
// client encodes the rows itself, without a value boxed or a type looked
// up: its columns are the migration's, text, bigint and double precision.
//
// COPY cannot skip a row already stored. A batch is retried only after an
// error, and an error can come after the COPY committed (the reply lost on
// the way): then the COPY fails on the primary key, and the batch is
// written again the old way, which leaves the rows already there alone.
// Ids are UUIDv7s made where the answer was made, so no other replica
// writes the same id.

const copyRecords = "COPY questions (" + recordColumns + ") FROM STDIN (FORMAT binary)"

// copyHeader opens a binary COPY: the signature, no flags, no extension.
var copyHeader = []byte("PGCOPY\n\xff\r\n\x00\x00\x00\x00\x00\x00\x00\x00\x00")

// copyRecordsTo writes records to PostgreSQL with one COPY on conn.
func (d *DB) copyRecordsTo(ctx context.Context, records []Record) error {
	buf := appendCopyRecords(make([]byte, 0, 64+len(records)*300), records)
	conn, err := d.writes.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		_, err := dc.(*stdlib.Conn).Conn().PgConn().CopyFrom(ctx, bytes.NewReader(buf), copyRecords)
		return err
	})
}

// appendCopyRecords appends records in COPY's binary format: a header,
// each row a count of fields and each field its length and bytes (text as
// UTF-8, bigint and double precision as 8 bytes, big-endian), and -1.
func appendCopyRecords(b []byte, records []Record) []byte {
	b = append(b, copyHeader...)
	for i := range records {
		r := &records[i]
		b = binary.BigEndian.AppendUint16(b, 14)
		b = appendText(b, r.ID.String())
		b = appendInt8(b, millis(r.At))
		b = appendText(b, r.Path)
		b = appendText(b, r.Via)
		b = appendText(b, r.Guild)
		b = appendText(b, r.UserHash)
		b = appendText(b, r.Question)
		b = appendText(b, r.Outcome)
		b = appendText(b, r.Entry)
		b = appendText(b, r.Nearest)
		b = appendText(b, r.Reason)
		b = appendInt8(b, int64(math.Float64bits(r.Confidence)))
		b = appendInt8(b, r.Took.Microseconds())
		b = appendText(b, r.Pack)
	}
	return binary.BigEndian.AppendUint16(b, 0xffff)
}

func appendText(b []byte, s string) []byte {
	s = pgText(s)
	b = binary.BigEndian.AppendUint32(b, uint32(len(s)))
	return append(b, s...)
}

func appendInt8(b []byte, n int64) []byte {
	b = binary.BigEndian.AppendUint32(b, 8)
	return binary.BigEndian.AppendUint64(b, uint64(n))
}

// pgText is s as PostgreSQL's text takes it: valid UTF-8 without NUL
// bytes. Either would fail the whole batch, and every retry of it; a
// question is kept with the offending bytes replaced or left out instead.
func pgText(s string) string {
	if strings.IndexByte(s, 0) < 0 && utf8.ValidString(s) {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "")
}

// isDuplicate says whether err is PostgreSQL refusing a row whose key is
// already stored.
func isDuplicate(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505" // unique_violation
}

// writePostgres is Write on PostgreSQL: the records by COPY, then the
// votes.
func (d *DB) writePostgres(ctx context.Context, records []Record, votes []Vote) error {
	if len(records) > 0 {
		err := d.copyRecordsTo(ctx, records)
		if isDuplicate(err) {
			// a retry of a batch already stored, or part of one
			return d.writeInserts(ctx, records, votes)
		}
		if err != nil {
			return fmt.Errorf("store %s: copy questions: %w", d.where, err)
		}
	}
	return d.writeInserts(ctx, nil, votes)
}
