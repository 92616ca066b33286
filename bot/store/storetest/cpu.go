package storetest

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// clockTick is the unit of /proc's CPU times: USER_HZ, 100 on Linux.
const clockTick = 10 * time.Millisecond

// PostgresCPU is the CPU time, user and system, that PostgreSQL's
// processes on this machine have used: every live one (backends, the WAL
// writer, the checkpointer, ...) and, through the postmaster's count of
// its reaped children, every backend that has exited. The difference of
// two readings is what the server spent between them, on every client's
// behalf: on a machine shared with other tests it includes theirs. It is
// -1 where there is no /proc or no local server to read (and to 10 ms,
// /proc's resolution).
func PostgresCPU() time.Duration {
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return -1
	}
	var ticks int64
	found := false
	for _, e := range ents {
		if _, err := strconv.Atoi(e.Name()); err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue // exited meanwhile
		}
		// pid (comm) state ppid ...: comm may hold spaces and parentheses
		s := string(b)
		open, close := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || close < open || s[open+1:close] != "postgres" {
			continue
		}
		f := strings.Fields(s[close+1:])
		if len(f) < 15 {
			continue
		}
		// f[0] is the state: utime, stime, cutime and cstime are the
		// 14th to 17th fields of the line, f[11] to f[14] here.
		for _, v := range f[11:15] {
			n, _ := strconv.ParseInt(v, 10, 64)
			ticks += n
		}
		found = true
	}
	if !found {
		return -1
	}
	return time.Duration(ticks) * clockTick
}
