package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/policygen/policygen/internal/cli"
	"github.com/policygen/policygen/internal/output"
)

// hookedMain is policygen with the test hooks that POLICYGEN_TEST_HOOK names, a
// comma list of:
//
//	kill=STAGE:N       SIGKILL the process at the Nth event STAGE of writing the output
//	signal=STAGE:N:SIG send SIGINT or SIGTERM there, and go on once the build has seen it;
//	                   STAGE "start" is before the build reads anything, where a signal ends it
//	hold=FILE          once inside the lock, create FILE.locked and wait for FILE.release
//	busy=FILE          create FILE when the lock is held by another build
//	lockwait=DURATION  how long to wait for the lock
//
// Only this test binary reads the variable: the policygen command has no way to hook in.
func hookedMain() int {
	var h cli.Hooks
	var steps []func(output.Event)
	for _, spec := range strings.Split(os.Getenv("POLICYGEN_TEST_HOOK"), ",") {
		key, val, _ := strings.Cut(spec, "=")
		switch key {
		case "kill", "signal":
			parts := strings.Split(val, ":")
			n, _ := strconv.Atoi(parts[1])
			sig := syscall.SIGKILL
			if key == "signal" {
				sig = map[string]syscall.Signal{"INT": syscall.SIGINT, "TERM": syscall.SIGTERM}[parts[2]]
			}
			if parts[0] == "start" {
				h.Started = func() {
					syscall.Kill(os.Getpid(), sig)
					time.Sleep(time.Minute)
					panic("the signal never ended the build")
				}
				continue
			}
			steps = append(steps, func(e output.Event) {
				if e.Stage != parts[0] || (e.N != n && n != 0) {
					return
				}
				syscall.Kill(os.Getpid(), sig)
				select { // a SIGKILL never returns; a caught signal cancels the build
				case <-e.Cancelled:
				case <-time.After(time.Minute):
					panic("the signal never reached the build")
				}
			})
		case "hold":
			steps = append(steps, func(e output.Event) {
				if e.Stage == "locked" {
					touch(val + ".locked")
					waitFor(val + ".release")
				}
			})
		case "busy":
			steps = append(steps, func(e output.Event) {
				if e.Stage == "lock-busy" {
					touch(val)
				}
			})
		case "lockwait":
			h.LockWait, _ = time.ParseDuration(val)
		}
	}
	h.Publish = func(e output.Event) {
		for _, step := range steps {
			step(e)
		}
	}
	return cli.MainWithHooks(h)
}

func touch(name string) {
	if err := os.WriteFile(name, nil, 0o644); err != nil {
		panic(err)
	}
}

// waitFor waits until another process creates name.
func waitFor(name string) bool {
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if _, err := os.Stat(name); err == nil {
			return true
		}
	}
	return false
}

// cmdWaitFile: waitfile FILE waits until a background command creates FILE.
func cmdWaitFile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: waitfile FILE")
	}
	if !waitFor(ts.MkAbs(args[0])) {
		ts.Fatalf("%s never appeared", args[0])
	}
}

// cmdConsistent: consistent DIR [FILE...] checks that DIR holds exactly the files its
// manifest lists, each with the size and SHA-256 the manifest gives, plus the FILEs named,
// and nothing else: no temp, backup, journal or lock file.
func cmdConsistent(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 {
		ts.Fatalf("usage: consistent DIR [FILE...]")
	}
	dir := ts.MkAbs(args[0])
	var m output.Manifest
	ts.Check(json.Unmarshal([]byte(ts.ReadFile(filepath.Join(args[0], output.ManifestName))), &m))
	want := map[string]output.Entry{}
	for _, e := range m.Files {
		want[e.Path] = e
	}
	extra := map[string]bool{output.ManifestName: true}
	for _, a := range args[1:] {
		extra[a] = true
	}
	seen := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if extra[rel] {
			return nil
		}
		e, ok := want[rel]
		if !ok {
			return fmt.Errorf("%s is not in the manifest", rel)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		if len(data) != e.Bytes || hex.EncodeToString(sum[:]) != e.SHA256 {
			return fmt.Errorf("%s does not match the manifest", rel)
		}
		seen++
		return nil
	})
	ts.Check(err)
	if seen != len(want) {
		ts.Fatalf("%d of the manifest's %d files are there", seen, len(want))
	}
}
