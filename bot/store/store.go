// Package store keeps what people asked the bot and what they thought of
// the answers: a question log and votes, in SQLite (a file, the default)
// or PostgreSQL (shared by replicas), with the same embedded migrations
// for both. The bot writes through a Recorder, which never blocks an
// answer; the review and the maintenance commands read and delete
// through the same DB.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib" // also database/sql's driver "pgx"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
	_ "modernc.org/sqlite" // database/sql driver "sqlite", pure Go
)

// Record is one question the bot handled.
type Record struct {
	ID       uuid.UUID // a UUIDv7, made where the answer was made
	At       time.Time
	Path     string // gateway, http or message
	Via      string // ask, message, related or paragraph
	Guild    string // "" for a DM
	UserID   string // the Discord id: in memory only, never stored
	UserHash string // what is stored: the HMAC of UserID
	Question string // as typed
	Outcome  string // answered, declined, greeting, invalid, paragraph
	Entry    string // the entry answered
	// Nearest and Reason say why a decline was one: the entry nearest the
	// question and the guard that turned it down.
	Nearest    string
	Reason     string
	Confidence float64
	Took       time.Duration
	Pack       string // the pack's version
}

// Vote is a 👍 (Helpful) or 👎 on a recorded answer, one per user per
// record: a later vote replaces an earlier one.
type Vote struct {
	RecordID uuid.UUID
	UserID   string // in memory only, as in Record
	UserHash string
	Helpful  bool
	At       time.Time
}

// DB is the store on SQLite or PostgreSQL: one implementation over
// database/sql, the SQL differing only in placeholders. The bot writes to
// it through a Recorder; the review reads it through the one method its
// Source interface asks for.
type DB struct {
	db       *sql.DB
	postgres bool
	where    string // the file or the host, for messages: never a password
	// writes is where Write writes: db itself on SQLite; on PostgreSQL
	// connections of their own, which do not wait for the commit to reach
	// the disk (asyncCommit).
	writes *sql.DB
	// insertChunk is SQLite's INSERT of rowsPerStatement records, prepared
	// once. (pgx prepares and keeps every statement by itself.)
	insertChunk *sql.Stmt
}

//go:embed migrations/*.sql
var migrations embed.FS

// Open connects to the store at dsn and applies any migration not yet
// applied: a postgres:// (or postgresql://) URL, or else a SQLite file
// path (or file: URI).
func Open(ctx context.Context, dsn string) (*DB, error) {
	d := &DB{}
	var driver, source string
	var dialect goose.Dialect
	var opts []goose.ProviderOption
	if isPostgres(dsn) {
		u, err := url.Parse(dsn)
		if err != nil {
			return nil, errors.New("store: the PostgreSQL URL does not parse") // the error would repeat a password
		}
		d.postgres, d.where = true, "postgres://"+u.Host+u.Path
		driver, source, dialect = "pgx", dsn, goose.DialectPostgres
		// Replicas starting together migrate one at a time, trying for
		// the lock every second (goose's default is every 5).
		locker, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(1, 60))
		if err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	} else {
		d.where = strings.TrimPrefix(dsn, "file:")
		driver, source, dialect = "sqlite", sqliteSource(dsn), goose.DialectSQLite3
	}
	db, err := sql.Open(driver, source)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", d.where, err)
	}
	d.db = db
	if !d.postgres {
		// One writer at a time is all SQLite has; readers go on beside it
		// (WAL). A few connections let the review read while the bot writes.
		db.SetMaxOpenConns(4)
	} else {
		db.SetMaxOpenConns(8)
		db.SetConnMaxIdleTime(5 * time.Minute)
	}
	for attempt := 1; ; attempt++ {
		err = d.migrate(ctx, dialect, opts)
		// SQLite answers "busy" at once, without waiting, where waiting
		// could deadlock: when two processes create a new file together.
		if err == nil || d.postgres || attempt == 10 || !strings.Contains(err.Error(), "SQLITE_BUSY") {
			break
		}
		select {
		case <-time.After(time.Duration(attempt) * 20 * time.Millisecond):
		case <-ctx.Done():
		}
	}
	d.writes = db
	if err == nil && d.postgres {
		d.writes, err = asyncCommit(source)
	} else if err == nil {
		d.insertChunk, err = db.PrepareContext(ctx, d.insertRecords(rowsPerStatement))
	}
	if err != nil {
		d.Close()
		return nil, err
	}
	return d, nil
}

// OpenExisting is Open for a reader: a SQLite file that is not there is
// an error, not a new empty store (a review run in the wrong directory
// would otherwise show nothing, and leave a file behind).
func OpenExisting(ctx context.Context, dsn string) (*DB, error) {
	if !isPostgres(dsn) {
		path, _, _ := strings.Cut(strings.TrimPrefix(dsn, "file:"), "?")
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("no store at %s (the bot records in its working directory unless [store] url says otherwise): %w", path, err)
		}
	}
	return Open(ctx, dsn)
}

func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// sqliteSource adds the pragmas every connection needs: wait for a lock
// rather than fail at once, WAL so readers do not block the writer, and
// immediate write transactions so two writers queue instead of deadlock.
func sqliteSource(path string) string {
	src := path
	if !strings.HasPrefix(src, "file:") {
		src = "file:" + (&url.URL{Path: path}).EscapedPath()
	}
	sep := "?"
	if strings.Contains(src, "?") {
		sep = "&"
	}
	return src + sep + "_pragma=busy_timeout(2000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate"
}

func (d *DB) migrate(ctx context.Context, dialect goose.Dialect, opts []goose.ProviderOption) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(dialect, d.db, sub, append(opts, goose.WithDisableGlobalRegistry(true))...)
	if err != nil {
		return fmt.Errorf("store %s: migrations: %w", d.where, err)
	}
	// Checked without the lock: a store already migrated (every start
	// but the first) waits for no other replica.
	pending, err := p.HasPending(ctx)
	if err != nil || !pending {
		if err != nil {
			err = fmt.Errorf("store %s: migrations: %w", d.where, err)
		}
		return err
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("store %s: migrate: %w", d.where, err)
	}
	return nil
}

// Where names the store for messages: the file, or the PostgreSQL host
// and database without user or password.
func (d *DB) Where() string { return d.where }

func (d *DB) Close() error {
	if d.insertChunk != nil {
		d.insertChunk.Close()
	}
	if d.writes != nil && d.writes != d.db {
		d.writes.Close()
	}
	return d.db.Close()
}

// asyncCommit opens the writer's connections to PostgreSQL with
// synchronous_commit off: a commit returns once its WAL is written to
// the server's memory, and the WAL writer flushes it to disk within
// three times wal_writer_delay (600 ms by default). A crash of the server
// (not of the bot) can lose the last such commits, never corrupt the
// store: the issue accepts losing records the buffer holds, and these are
// records just out of it. Only records and votes are written so; forget
// and retention delete through the other connections, durably.
func asyncCommit(dsn string) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, errors.New("store: the PostgreSQL URL does not parse") // the error would repeat a password
	}
	cfg.RuntimeParams["synchronous_commit"] = "off"
	db := stdlib.OpenDB(*cfg)
	// One writer goroutine; a second connection for a test writing
	// alongside it.
	db.SetMaxOpenConns(2)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return db, nil
}

func millis(t time.Time) int64 { return t.UnixMilli() }
