// Package storetest gives tests a store of their own on each database the
// bot supports, and a proxy to take one away and bring it back, as a
// network or a server going down would.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

// PostgresEnv names the variable that points the PostgreSQL tests at a
// server (a postgres:// URL to a database the tests may create schemas in).
const PostgresEnv = "REPORTBOT_TEST_POSTGRES"

// DefaultPostgres is the server the project's machines and CI run.
const DefaultPostgres = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// Kind is a database the store runs on.
type Kind string

const (
	SQLite   Kind = "sqlite"
	Postgres Kind = "postgres"
)

// Kinds are all the databases, for table-driven tests.
var Kinds = []Kind{SQLite, Postgres}

// URL returns the address of a new, empty store of the kind, dropped when
// the test ends: a file in t.TempDir(), or a schema of its own.
func URL(t testing.TB, k Kind) string {
	t.Helper()
	if k == SQLite {
		return filepath.Join(t.TempDir(), "reportbot.db")
	}
	return PostgresURL(t)
}

// PostgresURL returns the URL of a schema of the test's own on the test
// server, dropped when the test ends. Unreachable, the test is skipped,
// unless CI=true, where it fails: CI must run these tests.
func PostgresURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(PostgresEnv)
	if base == "" {
		base = DefaultPostgres
	}
	admin, err := sql.Open("pgx", base)
	if err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err = admin.PingContext(ctx)
		cancel()
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL at %s is unreachable (CI=true needs it): %v", redact(base), err)
		}
		t.Skipf("PostgreSQL at %s is unreachable: set %s to a server's URL to run this test (%v)", redact(base), PostgresEnv, err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "reportbot_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
		admin.Close()
	})
	u, _ := url.Parse(base)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func redact(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "(a URL that does not parse)"
	}
	return u.Redacted()
}
