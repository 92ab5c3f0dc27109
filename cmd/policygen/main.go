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

// tuneGC lets the heap grow to five times what is live before collecting (GOGC=400): a build
// is short and allocates much that dies young, so this saves about a sixth of its CPU time;
// the complete example peaks at about 60 MB instead of 45 MB. A soft limit of 512 MiB makes
// the collector work harder before a very large company file could take much more than it
// does with the default; a lower one made such builds collect all the time. GOGC or
// GOMEMLIMIT in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(512 << 20)
	}
}
