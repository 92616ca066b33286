-- The question log, votes on answers, and the store's own settings.
-- One migration for SQLite and PostgreSQL alike: portable types only.
-- Times are Unix milliseconds (UTC); ids are UUIDv7 text, made where the
-- answer was made, so they sort by time too.
-- Statements are idempotent (IF NOT EXISTS): two processes opening a new
-- SQLite file at once may both apply a migration (PostgreSQL takes a lock).

-- +goose Up
CREATE TABLE IF NOT EXISTS questions (
    id          TEXT PRIMARY KEY,
    asked_at    BIGINT NOT NULL,
    path        TEXT NOT NULL,            -- gateway, http or message
    via         TEXT NOT NULL,            -- ask, message, related or paragraph
    guild       TEXT NOT NULL DEFAULT '', -- '' for a DM
    user_hash   TEXT NOT NULL,            -- HMAC of the Discord id, never the id
    question    TEXT NOT NULL,
    outcome     TEXT NOT NULL,            -- answered, declined, greeting, invalid, paragraph
    entry       TEXT NOT NULL DEFAULT '', -- the entry answered
    nearest     TEXT NOT NULL DEFAULT '', -- for a decline: the nearest entry
    reason      TEXT NOT NULL DEFAULT '', -- for a decline: why it was not the answer
    confidence  DOUBLE PRECISION NOT NULL DEFAULT 0,
    answer_us   BIGINT NOT NULL DEFAULT 0,
    pack        TEXT NOT NULL DEFAULT ''  -- the pack's version (hash of its files)
);
-- No other index: each would cost every insert as much again (measured
-- on SQLite: 20 against 11 CPU-µs a record with indexes on asked_at and
-- user_hash). Ranges of time read the primary key (a UUIDv7 begins with
-- its time); forgetting a user, rare, reads the table.

CREATE TABLE IF NOT EXISTS votes (
    question_id TEXT NOT NULL,
    user_hash   TEXT NOT NULL,
    vote        SMALLINT NOT NULL,        -- 1 helpful, -1 not helpful
    voted_at    BIGINT NOT NULL,
    PRIMARY KEY (question_id, user_hash)
);
CREATE INDEX IF NOT EXISTS votes_voted_at ON votes (voted_at);
CREATE INDEX IF NOT EXISTS votes_user_hash ON votes (user_hash);

CREATE TABLE IF NOT EXISTS settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- +goose Down
DROP TABLE settings;
DROP TABLE votes;
DROP TABLE questions;
