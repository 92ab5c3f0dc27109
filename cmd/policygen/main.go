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

// tuneGC turns the garbage collector off below a soft memory limit of 512 MiB: every command
// runs once and exits, and a build of the complete example allocates about 60 MB in all,
// which collecting (twice, at the former GOGC=400) only made cost some 5 % more CPU time, for
// 4 MB less at its peak. A build that allocates more, such as one with a 10,000-entry
// revision log, is collected as it nears the limit, as it was before (it peaked at about
// 470 MB with GOGC=400, 530 MB now, and takes 15 % less time). GOGC or GOMEMLIMIT in the
// environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(-1)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(512 << 20)
	}
}
