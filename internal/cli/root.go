// Package cli is policygen's command line: one file per command, streams passed in, exit
// codes decided in one place (errors.go).
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/policygen/policygen/internal/version"
)

// Streams are where a command reads and writes.
type Streams struct {
	In         io.Reader
	Out        io.Writer
	ErrOut     io.Writer
	IsTerminal bool // ErrOut is a terminal: progress may be shown
	Hooks      Hooks
}

// Main runs policygen with the process's arguments and streams and returns the exit code.
func Main() int { return MainWithHooks(Hooks{}) }

// MainWithHooks is Main with hooks into the build, for tests.
func MainWithHooks(h Hooks) int {
	s := Streams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, IsTerminal: isTerminal(os.Stderr), Hooks: h}
	return Run(os.Args[1:], s)
}

// Run runs policygen with args and returns the exit code.
func Run(args []string, s Streams) int {
	out := &watchedWriter{w: s.Out}
	s.Out = out
	root := newRootCmd(s)
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd(args...)
	ran := false
	markRuns(root, &ran)
	root.SetArgs(args)
	err := root.Execute()
	if out.err != nil && (err == nil || !ran) {
		// Help and --version are written by cobra, which drops or returns the write error
		// unclassified; the output failed, so the run failed (exit 1), whatever cobra says.
		err = &failedError{fmt.Errorf("write to standard output: %w", out.err)}
	}
	err = classify(err, ran)
	if err != nil {
		printError(s.ErrOut, err)
		reportUsageError(root, args, s.Out, err)
	}
	return exitCode(err)
}

// markRuns makes every command's RunE set *ran, so that an error can be told apart: one from
// a command's work, or one from cobra's parsing of the command line.
func markRuns(c *cobra.Command, ran *bool) {
	if run := c.RunE; run != nil {
		c.RunE = func(cmd *cobra.Command, args []string) error {
			*ran = true
			return run(cmd, args)
		}
	}
	for _, sub := range c.Commands() {
		markRuns(sub, ran)
	}
}

// reportUsageError prints the JSON report that --json asks for when the command line was
// refused before the command could run (an unknown flag, too many arguments).
func reportUsageError(root *cobra.Command, args []string, out io.Writer, err error) {
	var reported *reportedError
	if errors.As(err, &reported) || !asksJSON(flagArgs(args)) {
		return
	}
	name := "policygen"
	if cmd, _, ferr := root.Find(args); ferr == nil && cmd != root {
		name = strings.TrimPrefix(cmd.CommandPath(), root.Name()+" ")
	}
	rep := &report{Command: name}
	rep.addError(err)
	rep.write(out)
}

// asksJSON reports whether the command line turns on the JSON report: --json, --json=true,
// --format json or --format=json.
func asksJSON(args []string) bool {
	for i, arg := range args {
		v, isJSON := strings.CutPrefix(arg, "--json=")
		on, err := strconv.ParseBool(v)
		switch {
		case arg == "--json", isJSON && err == nil && on, arg == "--format="+formatJSON,
			arg == "--format" && i+1 < len(args) && args[i+1] == formatJSON:
			return true
		}
	}
	return false
}

// flagArgs is args up to "--", after which nothing is a flag.
func flagArgs(args []string) []string {
	if i := slices.Index(args, "--"); i >= 0 {
		return args[:i]
	}
	return args
}

func newRootCmd(s Streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "policygen",
		Short: "Turn a company file into a customer-service policy",
		Long: `policygen turns one company file (company.yaml: vision, mission, response times,
escalation contacts, revision log) into a customer-service policy — standards, guidelines,
procedures, checklist and a full handbook — in several languages, as Markdown, HTML, PDF and Word (DOCX).`,
		Version:       version.Get().String(),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.Flags().Bool("version", false, "print the version") // no -v: in build, -v is --variants
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.ErrOut)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usagef("run '"+c.CommandPath()+" --help' for its flags", "%s", err)
	})
	root.AddCommand(
		newBuildCmd(s),
		newValidateCmd(s),
		newInitCmd(s),
		newListCmd(s),
		newLocalesCmd(s),
		newSchemaCmd(s),
		newVersionCmd(s),
		newTemplatesCmd(s),
	)
	return root
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// watchedWriter keeps the first error writing to w, so that output written by cobra itself
// (help, --version), whose write errors cobra ignores, still fails the run.
type watchedWriter struct {
	w   io.Writer
	err error
}

func (ww *watchedWriter) Write(p []byte) (int, error) {
	n, err := ww.w.Write(p)
	if err != nil && ww.err == nil {
		ww.err = err
	}
	return n, err
}
