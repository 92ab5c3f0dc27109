package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/i18n"
	"github.com/policygen/policygen/internal/output"
)

// Exit codes (SPEC §2).
const (
	exitOK      = 0
	exitFailed  = 1 // the build failed
	exitUsage   = 2 // the command line is wrong
	exitInvalid = 3 // the company file or a locale file is invalid
	exitStale   = 4 // --check found stale output
)

// usageError is a mistake on the command line.
type usageError struct {
	msg  string
	hint string
}

func (e *usageError) Error() string { return e.msg }

func usagef(hint, format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...), hint: hint}
}

// invalidError is an input file that cannot be used; its problems were already reported.
type invalidError struct{ err error }

func (e *invalidError) Error() string { return e.err.Error() }
func (e *invalidError) Unwrap() error { return e.err }

// staleError is output that --check found missing, different, extra or left over.
type staleError struct{ found output.Report }

func (e *staleError) Error() string {
	return fmt.Sprintf("%d file(s) out of date: run policygen build to update them", len(e.found.Stale()))
}

// interruptedError is a build stopped by a signal; the exit code says which.
type interruptedError struct{ sig os.Signal }

func (e *interruptedError) Error() string { return "stopped by " + signalName(e.sig) }

// failedError is a build that failed for a reason other than its inputs' validity.
type failedError struct{ err error }

func (e *failedError) Error() string { return e.err.Error() }
func (e *failedError) Unwrap() error { return e.err }

// reportedError wraps an error whose details were already written (e.g. as JSON): Main only
// sets the exit code.
type reportedError struct{ err error }

func (e *reportedError) Error() string { return e.err.Error() }
func (e *reportedError) Unwrap() error { return e.err }

// classify gives an error nobody classified its kind: a usage error when cobra rejected the
// command line before any command ran (unknown command, wrong number of arguments), else a
// failure (exit 1). Only real usage errors exit 2.
func classify(err error, ran bool) error {
	if err == nil || exitCode(err) != exitFailed {
		return err
	}
	var failed *failedError
	if errors.As(err, &failed) {
		return err
	}
	if !ran {
		return &usageError{msg: err.Error(), hint: "run 'policygen --help' for usage"}
	}
	return &failedError{err}
}

// exitCode maps an error to the process exit code. It is the only place that does.
func exitCode(err error) int {
	var (
		usage   *usageError
		invalid *invalidError
		stale   *staleError
		stopped *interruptedError
		failed  *failedError
		probs   config.Problems
		loadErr *i18n.LoadError
		unknown *i18n.UnknownLanguageError
	)
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &usage), errors.As(err, &unknown):
		return exitUsage
	case errors.As(err, &invalid), errors.As(err, &probs), errors.As(err, &loadErr):
		return exitInvalid
	case errors.As(err, &stale):
		return exitStale
	case errors.As(err, &stopped):
		return signalExit(stopped.sig)
	case errors.As(err, &failed):
		return exitFailed
	}
	return exitFailed // an error nobody classified (classify turns cobra's into usage errors)
}

// printError writes err for a person: "policygen: error: …" then "policygen: hint: …".
func printError(w io.Writer, err error) {
	var reported *reportedError
	if errors.As(err, &reported) {
		return
	}
	var probs config.Problems
	if errors.As(err, &probs) {
		printProblems(w, probs)
		return
	}
	fmt.Fprintf(w, "policygen: error: %s\n", err)
	var usage *usageError
	if errors.As(err, &usage) && usage.hint != "" {
		fmt.Fprintf(w, "policygen: hint: %s\n", usage.hint)
	}
	var stale *staleError
	if errors.As(err, &stale) {
		for _, p := range stale.found.Stale() {
			fmt.Fprintf(w, "  %s (%s)\n", p, stale.found.Kind(p))
		}
		if len(stale.found.Extra) > 0 {
			fmt.Fprintln(w, "policygen: hint: build removes an extra file only if the manifest lists it as policygen wrote it; move any other out of the output folder by hand")
		}
	}
	var hinted interface{ Hint() string } // an error of another package that knows its hint
	if errors.As(err, &hinted) {
		fmt.Fprintf(w, "policygen: hint: %s\n", hinted.Hint())
	}
}

// printProblems writes company-file problems one per line, errors after warnings.
func printProblems(w io.Writer, probs config.Problems) {
	for _, p := range probs {
		if p.Code == "more_problems" {
			fmt.Fprintln(w, p.Message)
			continue
		}
		kind := "error"
		if p.Warning {
			kind = "warning"
		}
		fmt.Fprintf(w, "%s: %s\n", kind, p.String())
		if p.Hint != "" {
			fmt.Fprintf(w, "  hint: %s\n", strings.TrimSpace(p.Hint))
		}
	}
}
