package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// userLimits is a token bucket per user. Users unseen for a while are
// forgotten (their bucket would be full again anyway), so memory stays
// bounded by the users active in the last few minutes.
type userLimits struct {
	mu    sync.Mutex
	every rate.Limit
	burst int
	idle  time.Duration
	users map[string]*userLimit
	calls int
}

type userLimit struct {
	lim    *rate.Limiter
	seen   time.Time
	warned bool // told to slow down since the last question let through
}

func newUserLimits(c LimitsConfig) *userLimits {
	every := rate.Limit(c.PerMinute / 60)
	// forget a user once their bucket has surely refilled
	idle := time.Duration(float64(c.Burst)/float64(every)*float64(time.Second)) + time.Minute
	return &userLimits{every: every, burst: c.Burst, idle: idle, users: map[string]*userLimit{}}
}

// allow reports whether user may ask now; first is true for the first
// refusal since their last allowed question, so that the bot says "slow
// down" once rather than to every message of a flood.
func (u *userLimits) allow(user string, now time.Time) (ok, first bool) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.calls++
	if u.calls%1024 == 0 {
		u.sweep(now)
	}
	l := u.users[user]
	if l == nil {
		l = &userLimit{lim: rate.NewLimiter(u.every, u.burst)}
		u.users[user] = l
	}
	l.seen = now
	if l.lim.AllowN(now, 1) {
		l.warned = false
		return true, false
	}
	first = !l.warned
	l.warned = true
	return false, first
}

func (u *userLimits) sweep(now time.Time) {
	for id, l := range u.users {
		if now.Sub(l.seen) > u.idle {
			delete(u.users, id)
		}
	}
}

func (u *userLimits) size() int {
	u.mu.Lock()
	defer u.mu.Unlock()
	return len(u.users)
}
