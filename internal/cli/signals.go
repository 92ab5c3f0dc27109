package cli

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/policygen/policygen/internal/output"
)

// Hooks let tests reach inside a build; no flag or variable sets them, so users cannot.
type Hooks struct {
	Publish  func(output.Event) // called at each stage of writing the output folder
	LockWait time.Duration      // how long to wait for another build's lock; 0: the default
}

// interruptible returns a context cancelled by SIGINT or SIGTERM, with an *interruptedError
// as its cause, so that the output folder is restored before the process exits with 130 or
// 143. stop restores the signals' default behaviour.
func interruptible() (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-signals:
			cancel(&interruptedError{sig})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(signals)
		close(done)
		cancel(nil)
	}
}

// signalExit is the shell's exit status for a process a signal stopped: 128 + its number.
func signalExit(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitFailed
}

func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}
