//go:build !unix

package output

import "os"

// flock is a no-op where flock(2) does not exist: one writer at a time is then up to the user.
func flock(*os.File) (bool, error) { return true, nil }
