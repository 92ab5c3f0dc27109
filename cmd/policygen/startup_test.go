package main

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
)

// initLine is a line of GODEBUG=inittrace=1: "init PKG @0.9 ms, 0.011 ms clock, 840 bytes, 6 allocs".
var initLine = regexp.MustCompile(`^init (\S+) @.*, (\d+) bytes, (\d+) allocs$`)

// cmdInitAllocs checks the package inits that GODEBUG=inittrace=1 printed to stderr:
// initallocs MAX requires every package of this module to allocate at most MAX times when
// the program starts. Allocations are counted, not timed, so the check does not depend on
// the machine's load; work done at init (a compiled regexp, a goldmark instance, a table
// built by a loop) shows as hundreds of allocations.
func cmdInitAllocs(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: initallocs MAX")
	}
	limit, err := strconv.Atoi(args[0])
	ts.Check(err)
	seen, over := 0, 0
	for _, line := range strings.Split(ts.ReadFile("stderr"), "\n") {
		m := initLine.FindStringSubmatch(line)
		// In the test binary this command's own package holds the tests' variables too.
		if m == nil || !strings.HasPrefix(m[1], "github.com/policygen/policygen/") || m[1] == "github.com/policygen/policygen/cmd/policygen" {
			continue
		}
		seen++
		if allocs, _ := strconv.Atoi(m[3]); allocs > limit {
			over++
			ts.Logf("%s allocates %d times (%s bytes) at start-up, more than %d: build it on first use (sync.OnceValue)", m[1], allocs, m[2], limit)
		}
	}
	if over > 0 {
		ts.Fatalf("%d packages do work at start-up", over)
	}
	if seen == 0 {
		ts.Fatalf("no init of this module in stderr: is GODEBUG=inittrace=1 set?")
	}
}
