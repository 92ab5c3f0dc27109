//go:build !linux

package scaling

import "time"

var start = time.Now()

// now is the time since the process started.
func now() time.Duration { return time.Since(start) }
