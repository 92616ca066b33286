package store

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"reportbot/bot/store/storetest"
)

var day0 = time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)

func open(t *testing.T, url string) *DB {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	d, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func rec(at time.Time, user, question, outcome, entry string) Record {
	return Record{ID: uuid.Must(uuid.NewV7()), At: at, Path: "http", Via: "ask", Guild: "500000000000000001",
		UserHash: HashUser([]byte("k"), user), Question: question, Outcome: outcome, Entry: entry,
		Confidence: 0.9, Took: 80 * time.Microsecond, Pack: "abc123"}
}

func forEachStore(t *testing.T, f func(t *testing.T, url string)) {
	for _, k := range storetest.Kinds {
		t.Run(string(k), func(t *testing.T) { f(t, storetest.URL(t, k)) })
	}
}

func TestWriteAndSummary(t *testing.T) {
	forEachStore(t, func(t *testing.T, url string) {
		d := open(t, url)
		ctx := context.Background()
		a := rec(day0, "u1", "who proposed it", "answered", "who-proposed")
		b := rec(day0.Add(time.Hour), "u2", "how many tanks", "declined", "")
		b.Nearest, b.Reason, b.Confidence = "weapons", "lacks 0.40 of the question's known words", 0.41
		c := rec(day0.Add(25*time.Hour), "u3", "how many tanks", "declined", "")
		c.Nearest, c.Reason, c.Confidence = b.Nearest, b.Reason, 0.45
		p := rec(day0.Add(25*time.Hour), "u3", "¶8", "paragraph", "")
		votes := []Vote{
			{RecordID: a.ID, UserHash: HashUser([]byte("k"), "u1"), Helpful: true, At: day0.Add(time.Minute)},
			{RecordID: a.ID, UserHash: HashUser([]byte("k"), "u2"), Helpful: true, At: day0.Add(time.Minute)},
			// u2 changes their mind, in the same batch: the later vote counts
			{RecordID: a.ID, UserHash: HashUser([]byte("k"), "u2"), Helpful: false, At: day0.Add(2 * time.Minute)},
		}
		if err := d.Write(ctx, []Record{a, b, c, p}, votes); err != nil {
			t.Fatal(err)
		}
		// a record written twice (a retried batch) is stored once; a vote
		// older than the one stored does not replace it
		stale := Vote{RecordID: a.ID, UserHash: HashUser([]byte("k"), "u1"), Helpful: false, At: day0}
		if err := d.Write(ctx, []Record{a}, []Vote{stale}); err != nil {
			t.Fatal(err)
		}
		s, err := d.Summary(ctx, day0.Add(-time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		wantDays := []Day{
			{Day: time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC), Questions: 2, Answered: 1, Decline: 1, Helpful: 1, NotHelpful: 1},
			{Day: time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), Questions: 1, Decline: 1},
		}
		if fmt.Sprint(s.Days) != fmt.Sprint(wantDays) {
			t.Errorf("days = %+v\nwant %+v", s.Days, wantDays)
		}
		if len(s.Declined) != 1 || s.Declined[0].Count != 2 || s.Declined[0].Nearest != "weapons" || s.Declined[0].Confidence != 0.45 {
			t.Errorf("declined = %+v, want one question asked twice, nearest weapons, confidence 0.45", s.Declined)
		}
		if len(s.Voted) != 1 || s.Voted[0] != (Voted{Entry: "who-proposed", Outcome: "answered", Question: "who proposed it", Helpful: 1, NotHelpful: 1}) {
			t.Errorf("voted = %+v", s.Voted)
		}
		// since excludes what came before
		if s, _ := d.Summary(ctx, day0.Add(24*time.Hour)); len(s.Days) != 1 || s.Days[0].Questions != 1 {
			t.Errorf("since day 2: %+v", s.Days)
		}
	})
}

func TestForgetAndPrune(t *testing.T) {
	forEachStore(t, func(t *testing.T, url string) {
		d := open(t, url)
		ctx := context.Background()
		key := []byte("k")
		old := rec(day0.AddDate(0, 0, -40), "u1", "old question", "declined", "")
		mine := rec(day0, "u1", "my question", "answered", "who-proposed")
		theirs := rec(day0, "u2", "their question", "answered", "who-proposed")
		votes := []Vote{
			{RecordID: mine.ID, UserHash: HashUser(key, "u2"), Helpful: true, At: day0},    // on u1's question
			{RecordID: theirs.ID, UserHash: HashUser(key, "u1"), Helpful: false, At: day0}, // by u1
			{RecordID: theirs.ID, UserHash: HashUser(key, "u2"), Helpful: true, At: day0},  // neither
		}
		if err := d.Write(ctx, []Record{old, mine, theirs}, votes); err != nil {
			t.Fatal(err)
		}
		n, err := d.Prune(ctx, day0.AddDate(0, 0, -30))
		if err != nil || n != 1 {
			t.Fatalf("Prune = %d, %v; want the one old record", n, err)
		}
		n, err = d.Forget(ctx, HashUser(key, "u1"))
		if err != nil || n != 3 {
			t.Fatalf("Forget = %d, %v; want 3 rows: u1's question, its vote, u1's vote", n, err)
		}
		s, err := d.Summary(ctx, day0.AddDate(0, 0, -100))
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Days) != 1 || s.Days[0].Questions != 1 || s.Days[0].Helpful != 1 || s.Days[0].NotHelpful != 0 {
			t.Errorf("after forget: %+v, want u2's question and u2's vote only", s.Days)
		}
		if len(s.Declined) != 0 {
			t.Errorf("pruned decline still there: %+v", s.Declined)
		}
	})
}

func TestUserKey(t *testing.T) {
	forEachStore(t, func(t *testing.T, url string) {
		ctx := context.Background()
		d := open(t, url)
		k1, err := d.UserKey(ctx, "")
		if err != nil || len(k1) != 64 {
			t.Fatalf("UserKey = %q, %v; want 32 random bytes in hex", k1, err)
		}
		// another process on the same store gets the same key
		k2, err := open(t, url).UserKey(ctx, "")
		if err != nil || string(k2) != string(k1) {
			t.Errorf("second open: key %q, want %q", k2, k1)
		}
		if k, _ := d.UserKey(ctx, "from-config"); string(k) != "from-config" {
			t.Errorf("configured key ignored: %q", k)
		}
	})
}

// Replicas start together: each migrates (or finds it done) and all work.
func TestOpenConcurrently(t *testing.T) {
	forEachStore(t, func(t *testing.T, url string) {
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d, err := Open(context.Background(), url)
				if err == nil {
					err = d.Write(context.Background(), []Record{rec(day0, "u", "q", "answered", "x")}, nil)
					d.Close()
				}
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Error(err)
			}
		}
	})
}

func TestOpenErrorsHidePasswords(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := Open(ctx, "postgres://bot:s3cret-pw@127.0.0.1:1/none?sslmode=disable&connect_timeout=1")
	if err == nil {
		t.Fatal("Open on a closed port succeeded")
	}
	if got := err.Error(); strings.Contains(got, "s3cret-pw") {
		t.Errorf("error %q shows the password", got)
	}
}

func TestHashUser(t *testing.T) {
	a, b := HashUser([]byte("key"), "300000000000000001"), HashUser([]byte("other"), "300000000000000001")
	if len(a) != 32 || a == b || a != HashUser([]byte("key"), "300000000000000001") {
		t.Errorf("HashUser = %q and %q: want 32 hex digits, stable, keyed", a, b)
	}
	if strings.Contains(a, "300000000000000001") {
		t.Error("the hash holds the id")
	}
}

// A record's id, made after its time, sorts at or after idFloor of that
// time, and an id of a millisecond before sorts before it.
func TestIDFloor(t *testing.T) {
	for _, at := range []time.Time{day0, time.Now(), time.UnixMilli(1 << 40)} {
		id := v7At(at, 0x00) // the lowest id of its millisecond
		if id.String() < idFloor(at) {
			t.Errorf("%v: id %s sorts before floor %s", at, id, idFloor(at))
		}
		if before := v7At(at.Add(-time.Millisecond), 0xff); before.String() >= idFloor(at) {
			t.Errorf("%v: id %s of a millisecond before is not below floor %s", at, before, idFloor(at))
		}
	}
}

// v7At is a UUIDv7 of time t with every random byte fill: 0x00 for the
// lowest id of that millisecond, 0xff for the highest.
func v7At(t time.Time, fill byte) uuid.UUID {
	var u uuid.UUID
	for i := range u {
		u[i] = fill
	}
	ms := uint64(t.UnixMilli())
	for i := 0; i < 6; i++ {
		u[i] = byte(ms >> (40 - 8*i))
	}
	u[6] = 0x70 | fill&0x0f // version 7
	u[8] = 0x80 | fill&0x3f // variant
	return u
}
