package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildProgram builds the program as a user gets it, without the race detector whatever
// the tests run with, and returns its path.
func buildProgram(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "policygen")
	build := exec.Command("go", "build", "-trimpath", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// peakRSS runs bin with args and env added and returns its peak resident memory. A child's
// peak as the kernel reports it counts the memory of the process it was started from (Linux
// carries the old memory's peak over when the child execs), and this test process has run
// every other test: so bin is started from a small launcher, this binary run afresh
// (launchMeasured), which prints the peak.
func peakRSS(t *testing.T, bin string, env []string, args ...string) int64 {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{bin}, args...)...)
	cmd.Env = append(append(os.Environ(), launcher+"=1"), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("policygen %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	kb, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64)
	if err != nil {
		t.Fatalf("the launcher printed %q", out)
	}
	return kb << 10
}

// launcher, set to 1 in the environment, makes this test binary launchMeasured.
const launcher = "POLICYGEN_TEST_LAUNCH_MEASURED"

// launchMeasured runs the program and arguments it is given and prints the program's peak
// resident memory in kilobytes (0 where the system does not say), or its output when it fails.
func launchMeasured() int {
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "%v\n%s", err, out)
		return 1
	}
	var kb int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		kb = ru.Maxrss // kilobytes on Linux
	}
	fmt.Println(kb)
	return 0
}

// TestPeakMemory: the program as built for users, with its collector off below a soft limit
// (tuneGC), builds the complete example in all four formats in under 150 MB (SPEC §7), and
// a company file with a 10,000-entry revision log, which allocates gigabytes, stays near the
// limit instead of
// growing with what it allocates: without the limit (GOMEMLIMIT=off) it goes far over the
// bound, which the test checks first, so that it can fail.
func TestPeakMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	if runtime.GOOS != "linux" {
		t.Skip("peak memory is read as Linux reports it")
	}
	bin, work := buildProgram(t), t.TempDir()
	if rss := peakRSS(t, bin, nil, "build", filepath.Join("..", "..", "examples", "complete.yaml"), "-o", filepath.Join(work, "out"), "-q"); rss > 150<<20 {
		t.Errorf("the complete example peaks at %d MB, over 150 MB", rss>>20)
	} else {
		t.Logf("the complete example peaks at %d MB", rss>>20)
	}

	var b strings.Builder
	b.WriteString("company:\n  name: Big Co\n  vision: Be useful.\n  mission: Help.\n  offering: tools\nlanguages: [en, pl, cs, fi, zh]\nrevisions:\n")
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 10000 {
		fmt.Fprintf(&b, "  - {version: \"%d.%d\", date: %s, author: Ann, changes: [Change number %d]}\n", i/100, i%100, start.AddDate(0, 0, i).Format("2006-01-02"), i)
	}
	big := filepath.Join(work, "big.yaml")
	if err := os.WriteFile(big, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"build", big, "-o", filepath.Join(work, "big"), "-q"}
	const bound = 800 << 20
	if rss := peakRSS(t, bin, []string{"GOMEMLIMIT=off"}, args...); rss <= bound {
		t.Fatalf("without the soft limit the build peaks at only %d MB: make the input larger, or this test shows nothing", rss>>20)
	}
	if rss := peakRSS(t, bin, nil, args...); rss > bound {
		t.Errorf("a 10,000-entry revision log peaks at %d MB, over %d MB: the soft limit of 512 MiB does not hold it", rss>>20, bound>>20)
	} else {
		t.Logf("a 10,000-entry revision log peaks at %d MB", rss>>20)
	}
}
