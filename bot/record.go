package bot

import (
	"time"

	"github.com/google/uuid"

	"reportbot/bot/store"
	"reportbot/commands"
)

// record hands what a response was to the recorder, if any: a question
// asked (and its answer) or a vote. Nothing here touches the store.
func (b *Bot) record(path Path, guild, user string, at time.Time, took time.Duration, pack string, res commands.Result) {
	if b.rec == nil {
		return
	}
	if a := res.Asked; a != nil {
		id := a.ID
		if id == uuid.Nil { // a command set with feedback off: still a record of its own
			id, _ = uuid.NewV7()
		}
		b.rec.Record(store.Record{
			ID: id, At: at, Path: string(path), Via: a.Via, Guild: guild, UserID: user,
			Question: a.Question, Outcome: a.Outcome, Entry: a.Entry, Confidence: a.Confidence,
			Took: took, Pack: pack,
		})
	}
	if v := res.Vote; v != nil {
		b.rec.Vote(store.Vote{RecordID: v.ID, UserID: user, Helpful: v.Helpful, At: at})
		b.observe.Feedback(v.Helpful)
	}
}

// asker says why a question was declined: *commands.Set does.
type asker interface {
	Why(question string) (nearest, reason string)
}

// describer fills in a decline's nearest entry and reason, in the store's
// writer (one goroutine), from the command set answering now. A question
// declined often is explained once per pack: explaining costs more than
// answering.
type describer struct {
	bot *Bot
	// seen is keyed by pack version and question; cleared when full.
	seen map[[2]string][2]string
}

const describeCacheSize = 4096

func (d *describer) describe(r *store.Record) {
	cur := d.bot.current()
	why, ok := cur.cmds.(asker)
	if !ok {
		return
	}
	k := [2]string{r.Pack, r.Question}
	v, hit := d.seen[k]
	if !hit {
		v[0], v[1] = why.Why(r.Question)
		if len(d.seen) >= describeCacheSize {
			clear(d.seen)
		}
		d.seen[k] = v
	}
	r.Nearest, r.Reason = v[0], v[1]
}
