// Package testtool lets a test depend on a program outside Go (poppler, qpdf, LibreOffice …):
// without it the test is skipped on a developer's machine but fails in CI, so a CI machine
// that lacks the program can never pass without running the test.
package testtool

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Require skips t, or fails it when the environment variable CI is set, unless every tool is
// on PATH. install says how to get them, e.g. "apt-get install poppler-utils qpdf".
func Require(t testing.TB, install string, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			if inCI() {
				t.Fatalf("%s not on PATH, and CI is set: %s (.ci/run does)", tool, install)
				return
			}
			t.Skipf("%s not on PATH: %s (.ci/run does)", tool, install)
		}
	}
}

// Unavailable skips t because the machine lacks what it needs (FIFOs, sparse files …), or
// fails it when the environment variable CI is set: CI's Linux machine has them, so a test
// skipped there would pass without running.
func Unavailable(t testing.TB, why string, args ...any) {
	t.Helper()
	if inCI() {
		t.Fatalf("CI is set, and this machine cannot run the test: "+why, args...)
		return
	}
	t.Skipf(why, args...)
}

func inCI() bool {
	v := os.Getenv("CI")
	return v != "" && v != "0" && v != "false"
}

// CmarkGFM renders src with cmark-gfm and the given extensions, the engine GitHub uses, and
// returns its HTML. A missing cmark-gfm fails the test in CI and skips it elsewhere.
func CmarkGFM(t testing.TB, src string, extensions ...string) string {
	t.Helper()
	Require(t, "apt-get install cmark-gfm", "cmark-gfm")
	var args []string
	for _, e := range extensions {
		args = append(args, "-e", e)
	}
	cmd := exec.Command("cmark-gfm", args...)
	cmd.Stdin = strings.NewReader(src)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("cmark-gfm: %v: %s", err, stderr.String())
	}
	return string(out)
}
