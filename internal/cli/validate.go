package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/templates"
)

type validateOptions struct {
	Args       []string
	Strict     bool
	JSON       bool
	Format     string // text, json or github
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
			format, err := reportFormat(opts.JSON, opts.Format)
			if err != nil {
				return err
			}
			opts.Format, opts.JSON = format, format == formatJSON
			return runValidate(opts, s)
		},
	}
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, "treat every warning as an error")
	addFormatFlags(cmd.Flags(), &opts.JSON, &opts.Format)
	cmd.Flags().StringVar(&opts.LocalesDir, "locales", "", "folder of extra locale files (their languages become valid)")
	_ = cmd.RegisterFlagCompletionFunc("format", completeValues(formatText, formatJSON, formatGitHub))
	_ = cmd.RegisterFlagCompletionFunc("locales", dirsOnly)
	return cmd
}

func runValidate(opts *validateOptions, s Streams) error {
	rep := &report{Command: "validate"}
	err := func() error {
		cat, err := loadCatalog(opts.LocalesDir)
		if err != nil {
			return err
		}
		// validate has no --templates: the ids of the built-in templates, read without
		// parsing every template.
		sectionIDs, err := markdown.ScanSectionIDs(templates.FS())
		if err != nil {
			return &failedError{err}
		}
		file, warnings, err := loadCompany(opts.Args, s.In, cat, sectionIDs)
		rep.addProblems(warnings)
		if err != nil {
			return err
		}
		langs := file.Languages
		if len(langs) == 0 {
			langs = cat.Tags()
		}
		if err := verifyLocales(cat, langs); err != nil {
			return err
		}
		if opts.Strict && len(warnings) > 0 {
			// Under --strict every warning is an error: report them as such, with their hints.
			rep.Warnings = nil
			strict := make(config.Problems, len(warnings))
			for i, w := range warnings {
				w.Warning = false
				strict[i] = w
			}
			return strict
		}
		if !opts.JSON {
			fmt.Fprintf(s.ErrOut, "%s is valid\n", file.Path)
		}
		return nil
	}()
	if err != nil {
		rep.addError(err)
	}
	if opts.Format == formatGitHub {
		return finishGitHub(s.Out, false, s, rep, err, time.Now())
	}
	return finish(opts.JSON, false, s, rep, err, time.Now())
}
