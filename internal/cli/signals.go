package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/policygen/policygen/internal/output"
)

// Hooks let tests reach inside a build; no flag or variable sets them, so users cannot.
type Hooks struct {
	Started  func()             // called once a build watches for signals, before it reads anything
	Publish  func(output.Event) // called at each stage of writing the output folder
	LockWait time.Duration      // how long to wait for another build's lock; 0: the default
}

// signalWatch turns SIGINT and SIGTERM into exit status 130 and 143. Before the output
// folder is touched a signal ends the process at once, as nothing needs undoing; once
// publishing has begun it cancels the publication instead, which restores the folder
// before the build returns an *interruptedError.
type signalWatch struct {
	mu         sync.Mutex
	publishing bool
	ctx        context.Context
	cancel     context.CancelCauseFunc
	signals    chan os.Signal
	done       chan struct{}
}

// jsonOut, when not nil, is where --json wants its report: a build ended at once still
// prints one.
func watchSignals(errOut, jsonOut io.Writer) *signalWatch {
	w := &signalWatch{signals: make(chan os.Signal, 1), done: make(chan struct{})}
	w.ctx, w.cancel = context.WithCancelCause(context.Background())
	signal.Notify(w.signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-w.signals:
			w.mu.Lock()
			defer w.mu.Unlock()
			if !w.publishing {
				err := fmt.Errorf("stopped by %s; nothing was written", signalName(sig))
				if jsonOut != nil {
					rep := &report{Command: "build"}
					rep.Errors = []reportMessage{{Code: "interrupted", Message: err.Error()}}
					rep.write(jsonOut)
				}
				fmt.Fprintf(errOut, "policygen: error: %s\n", err)
				os.Exit(signalExit(sig))
			}
			w.cancel(&interruptedError{sig})
		case <-w.done:
		}
	}()
	return w
}

// startPublishing says that the output folder is about to change, or the report is about to
// be printed: from now on a signal cancels the returned context rather than ending the process.
func (w *signalWatch) startPublishing() context.Context {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.publishing = true
	return w.ctx
}

// stop restores the signals' default behaviour.
func (w *signalWatch) stop() {
	signal.Stop(w.signals)
	close(w.done)
	w.cancel(nil)
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
