package output

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestCancelDuringParallelStepsRestoresEverything: a signal (the context's cancellation) that
// arrives while the temp files are written side by side, while they are synced side by side,
// or while the folders are synced side by side before the first rename or after the last,
// stops the build with the signal as its cause and leaves the folder exactly as it was, with
// no temp file. The signal is sent from inside the file system operation itself, so the test
// does not depend on how the goroutines happen to be scheduled.
func TestCancelDuringParallelStepsRestoresEverything(t *testing.T) {
	stop := errors.New("SIGINT")
	for _, at := range []string{"write", "sync", "folder sync", "last folder sync"} {
		t.Run(at, func(t *testing.T) {
			dir, was := before(t)
			ctx, cancel := context.WithCancelCause(context.Background())
			defer cancel(nil)
			signal := func(name string) bool {
				// the second temp file of en/, whichever goroutine gets there
				if strings.HasPrefix(name, "en/.b.md.") || name == "en" {
					cancel(stop)
				}
				return false
			}
			f := &faultFS{}
			switch at {
			case "write":
				f.write = signal
			case "sync":
				f.sync = signal
			case "folder sync":
				f.syncDir = signal
			case "last folder sync": // after every rename, before the commit
				syncs := 0
				f.syncDir = func(name string) bool {
					if name == "en" {
						if syncs++; syncs == 2 {
							cancel(stop)
						}
					}
					return false
				}
			}
			_, err := Publish(ctx, dir, docs("v2", v2Paths...), withFS(f))
			if !errors.Is(err, stop) {
				t.Fatalf("Publish = %v, want it stopped by the signal", err)
			}
			if !strings.Contains(err.Error(), "as it was") {
				t.Errorf("error %q does not say the folder is as it was", err)
			}
			sameSnapshot(t, "after the signal", snapshot(t, dir), was)
		})
	}
}
