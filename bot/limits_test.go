package bot

import (
	"fmt"
	"testing"
	"time"
)

func TestUserLimits(t *testing.T) {
	u := newUserLimits(LimitsConfig{PerMinute: 60, Burst: 2})
	now := time.Unix(1_700_000_000, 0)
	tests := []struct {
		name      string
		at        time.Duration
		ok, first bool
	}{
		{"first of the burst", 0, true, false},
		{"second of the burst", 0, true, false},
		{"over: first refusal", 0, false, true},
		{"over again: no second notice", 0, false, false},
		{"a token back after a second", time.Second, true, false},
		{"refused again: a new notice", time.Second, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, first := u.allow("alice", now.Add(tt.at))
			if ok != tt.ok || first != tt.first {
				t.Errorf("allow = (%v, %v), want (%v, %v)", ok, first, tt.ok, tt.first)
			}
		})
	}
	if ok, _ := u.allow("bob", now); !ok {
		t.Error("another user is limited by alice's questions")
	}
}

// Users gone quiet are forgotten, so memory holds only recent users.
func TestUserLimitsForgetIdleUsers(t *testing.T) {
	u := newUserLimits(LimitsConfig{PerMinute: 60, Burst: 2})
	now := time.Unix(1_700_000_000, 0)
	for i := 0; i < 5000; i++ {
		u.allow(fmt.Sprintf("user%d", i), now)
	}
	if got := u.size(); got != 5000 {
		t.Fatalf("%d users tracked, want 5000", got)
	}
	later := now.Add(u.idle + time.Second)
	for i := 0; i < 2048; i++ { // enough calls for a sweep
		u.allow("regular", later)
	}
	if got := u.size(); got != 1 {
		t.Errorf("%d users tracked after they went idle, want 1 (the one still asking)", got)
	}
}
