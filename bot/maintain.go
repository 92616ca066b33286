package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"reportbot/bot/review"
	"reportbot/bot/store"
	"reportbot/knowledge"
)

// errNoStore is the answer to review and forget with the store off.
var errNoStore = errors.New("store.enabled is false: nothing is recorded")

// Review prints the review of the questions recorded since sinceText
// ("7d", "36h", "2026-11-01"), as text or JSON, with suggestions against
// pack: the `review` command.
func Review(ctx context.Context, cfg StoreConfig, pack *knowledge.Pack, sinceText string, asJSON bool, w io.Writer) error {
	if !cfg.Enabled {
		return errNoStore
	}
	now := time.Now()
	since, err := review.ParseSince(sinceText, now)
	if err != nil {
		return err
	}
	d, err := store.OpenExisting(ctx, string(cfg.URL))
	if err != nil {
		return err
	}
	defer d.Close()
	s, err := d.Summary(ctx, since)
	if err != nil {
		return err
	}
	r := review.Build(s, pack, since, now)
	if asJSON {
		return review.WriteJSON(w, r)
	}
	return review.WriteText(w, r)
}

// Forget deletes everything recorded about one Discord user, by id: the
// `forget` command. It hashes the id with the same key as the recorder.
func Forget(ctx context.Context, cfg StoreConfig, userID string, w io.Writer) error {
	if !cfg.Enabled {
		return errNoStore
	}
	if !isSnowflake(userID) {
		return fmt.Errorf("forget: %q is not a Discord user id (digits; Developer Mode → Copy User ID)", userID)
	}
	d, err := store.OpenExisting(ctx, string(cfg.URL))
	if err != nil {
		return err
	}
	defer d.Close()
	key, err := d.UserKey(ctx, string(cfg.UserKey))
	if err != nil {
		return err
	}
	n, err := d.Forget(ctx, store.HashUser(key, userID))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "forgot user %s: %d rows deleted (questions, votes, and votes on their questions) from %s\n", userID, n, d.Where())
	return nil
}
