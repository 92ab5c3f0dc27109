package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/policygen/policygen/internal/cli"
)

func TestMain(m *testing.M) {
	if os.Getenv(launcher) == "1" { // TestPeakMemory's launcher
		os.Exit(launchMeasured())
	}
	testscript.Main(m, map[string]func(){
		"policygen":        func() { os.Exit(cli.Main()) },
		"policygen-hooked": func() { os.Exit(hookedMain()) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script. Each starts with the examples
// in $WORK/examples and the built-in locale files in $WORK/locales.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			for _, dir := range []string{"examples", "locales"} {
				if err := copyDir(filepath.Join("..", "..", dir), filepath.Join(env.WorkDir, dir)); err != nil {
					return err
				}
			}
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "race" {
				return raceDetector, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"gen":        genFile,
			"mkfifo":     makeFIFO,
			"waitfile":   cmdWaitFile,
			"consistent": cmdConsistent,
			"initallocs": cmdInitAllocs,
			// exitcode N command args...: run the command and require exit code N.
			"exitcode": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: exitcode N command [args...]")
				}
				want, err := strconv.Atoi(args[0])
				ts.Check(err)
				got := 0
				if err := ts.Exec(args[1], args[2:]...); err != nil {
					var ee *exec.ExitError
					if !errors.As(err, &ee) {
						ts.Fatalf("%v", err)
					}
					got = ee.ExitCode()
				}
				if got != want {
					ts.Fatalf("exit code %d, want %d", got, want)
				}
			},
		},
	})
}

func copyDir(from, to string) error {
	entries, err := os.ReadDir(from)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(to, 0o755); err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// genFile writes a large file: gen FILE PART... where each PART is a Go string literal's
// contents ("\n" is a newline), or N*PART for PART repeated N times.
func genFile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: gen FILE PART...")
	}
	var b strings.Builder
	for _, part := range args[1:] {
		times := 1
		if n, rest, ok := strings.Cut(part, "*"); ok {
			if v, err := strconv.Atoi(n); err == nil {
				times, part = v, rest
			}
		}
		text, err := strconv.Unquote(`"` + part + `"`)
		ts.Check(err)
		b.WriteString(strings.Repeat(text, times))
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(b.String()), 0o644))
}

// makeFIFO creates a named pipe: mkfifo PATH.
func makeFIFO(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: mkfifo PATH")
	}
	ts.Check(syscall.Mkfifo(ts.MkAbs(args[0]), 0o644))
}
