//go:build unix

package build

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used: less disturbed than the wall clock by other
// work on a shared machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
