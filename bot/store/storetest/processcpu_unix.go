//go:build unix

package storetest

import (
	"syscall"
	"time"
)

// ProcessCPU is the CPU time this process has used, user and system; -1
// where it cannot be read.
func ProcessCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return -1
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
