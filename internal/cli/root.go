// Package cli is policygen's command line: one file per command, streams passed in, exit
// codes decided in one place (errors.go).
package cli

import (
	"io"
	"os"

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
	root := newRootCmd(s)
	root.SetArgs(args)
	err := root.Execute()
	if err != nil {
		printError(s.ErrOut, err)
	}
	return exitCode(err)
}

func newRootCmd(s Streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "policygen",
		Short: "Turn a company file into a customer-service policy",
		Long: `policygen turns one company file (company.yaml: vision, mission, response times,
escalation contacts, revision log) into a customer-service policy — standards, guidelines,
procedures, checklist and a full handbook — in several languages, as Markdown, HTML and PDF.`,
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
