package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"
)

type validateOptions struct {
	Args       []string
	Strict     bool
	JSON       bool
	LocalesDir string
}

func newValidateCmd(s Streams) *cobra.Command {
	opts := &validateOptions{}
	cmd := &cobra.Command{
		Use:   "validate [FILE]",
		Short: "Check a company file and report every problem in it",
		Long: `Check FILE (default ./company.yaml; - reads standard input) and report every problem at
once, each as FILE:LINE:COL: field: message. Exit 0 when it is valid, 3 when it is not.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Args = args
			return runValidate(opts, s)
		},
	}
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, "treat every warning as an error")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print one JSON report on standard output")
	cmd.Flags().StringVar(&opts.LocalesDir, "locales", "", "folder of extra locale files (their languages become valid)")
	return cmd
}

func runValidate(opts *validateOptions, s Streams) error {
	rep := &report{Command: "validate"}
	err := func() error {
		cat, err := loadCatalog(opts.LocalesDir)
		if err != nil {
			return err
		}
		file, warnings, err := loadCompany(opts.Args, s.In, cat)
		rep.addProblems(warnings)
		if err != nil {
			return err
		}
		if opts.Strict && len(warnings) > 0 {
			for i := range rep.Warnings {
				rep.Errors = append(rep.Errors, rep.Warnings[i])
			}
			rep.Warnings = nil
			return &invalidError{fmt.Errorf("--strict: %d warning(s) count as errors", len(warnings))}
		}
		if !opts.JSON {
			fmt.Fprintf(s.ErrOut, "%s is valid\n", file.Path)
		}
		return nil
	}()
	if err != nil && len(rep.Errors) == 0 {
		rep.addError(err)
	}
	if err != nil && opts.Strict && !opts.JSON {
		for _, m := range rep.Errors {
			fmt.Fprintf(s.ErrOut, "error: %s\n", m.String())
		}
	}
	return finish(opts.JSON, false, s, rep, err, time.Now())
}
