//go:build !unix

package bot

import "time"

// cpuTime is not measured here.
func cpuTime() time.Duration { return -1 }
