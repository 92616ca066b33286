//go:build !unix

package storetest

import "time"

// ProcessCPU is -1: there is no getrusage here.
func ProcessCPU() time.Duration { return -1 }
