package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/policygen/policygen/internal/i18n"
)

func newLocalesCmd(s Streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "locales",
		Short: "Check, start, export or import locale files (for translators)",
		Args:  cobra.NoArgs,
		RunE:  func(c *cobra.Command, _ []string) error { return c.Help() },
	}
	cmd.AddCommand(newLocalesCheckCmd(s), newLocalesNewCmd(s), newLocalesExportCmd(s), newLocalesImportCmd(s))
	return cmd
}

type localesCheckOptions struct {
	Tags       []string
	LocalesDir string
	JSON       bool
	Summary    bool
}

func newLocalesCheckCmd(s Streams) *cobra.Command {
	opts := &localesCheckOptions{}
	cmd := &cobra.Command{
		Use:   "check [TAG...]",
		Short: "List what is missing or wrong in locale files",
		Long: `Check locale files against the English reference: missing and extra messages, missing
plural forms for the language, placeholders that differ from English, template errors, entries
still identical to English (unless marked hash = "same"), and translation coverage. Without
TAG, every locale is checked (with --locales, the files of that folder); --summary prints one
line per file. Exit 3 when any file has errors.`,
		Example: `  policygen locales check
  policygen locales check de --locales my-locales/
  policygen locales check --summary --locales my-locales/`,
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Tags = args
			return runLocalesCheck(opts, s)
		},
	}
	cmd.Flags().StringVar(&opts.LocalesDir, "locales", "", "folder of locale files to check with the built-in ones")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print one JSON report on standard output")
	cmd.Flags().BoolVar(&opts.Summary, "summary", false, "print one line per file: coverage, errors, warnings")
	return cmd
}

func runLocalesCheck(opts *localesCheckOptions, s Streams) error {
	cat, err := loadCatalog(opts.LocalesDir)
	if err != nil {
		return err
	}
	tags := opts.Tags
	if len(tags) == 0 {
		for _, t := range cat.Tags() {
			if l, _ := cat.Locale(t); opts.LocalesDir == "" || !l.Builtin {
				tags = append(tags, t)
			}
		}
	}
	var reports []i18n.CheckReport
	errorsFound := 0
	for _, t := range tags {
		if _, ok := cat.Locale(t); !ok {
			return &i18n.UnknownLanguageError{Tag: t, Known: cat.Tags()}
		}
		r := i18n.Check(cat, t)
		if opts.Summary {
			r.Findings = nil
		}
		errorsFound += r.Errors
		reports = append(reports, r)
	}
	out := &errWriter{w: s.Out}
	if opts.JSON {
		data, _ := json.MarshalIndent(map[string]any{"ok": errorsFound == 0, "locales": reports}, "", "  ")
		fmt.Fprintf(out, "%s\n", data)
	} else {
		for _, r := range reports {
			fmt.Fprintf(out, "%s: %.1f%% translated, %d error(s), %d warning(s)\n", r.Path, r.Coverage, r.Errors, r.Warnings)
			for _, f := range r.Findings {
				key := ""
				if f.Key != "" {
					key = f.Key + ": "
				}
				fmt.Fprintf(out, "  %s: %s%s [%s]\n", f.Severity, key, f.Message, f.Code)
			}
		}
	}
	if out.err != nil {
		return &failedError{fmt.Errorf("write the report: %w", out.err)}
	}
	if errorsFound > 0 {
		err := &invalidError{fmt.Errorf("%d error(s) in locale files", errorsFound)}
		if opts.JSON {
			return &reportedError{err}
		}
		return err
	}
	return nil
}

type localesNewOptions struct {
	Tag        string
	LocalesDir string
	Force      bool
}

func newLocalesNewCmd(s Streams) *cobra.Command {
	opts := &localesNewOptions{}
	cmd := &cobra.Command{
		Use:   "new TAG",
		Short: "Start a locale file for a new language from the English one",
		Long: `Write TAG.toml into the --locales folder (default: the current folder): every English
message with its description, in exactly the plural forms TAG needs, each marked untranslated.
Translate it, then build with --locales and check it with 'policygen locales check'.`,
		Example: `  policygen locales new de --locales my-locales/`,
		Args:    cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Tag = args[0]
			return runLocalesNew(opts, s)
		},
	}
	cmd.Flags().StringVar(&opts.LocalesDir, "locales", ".", "folder to write the file into")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "overwrite an existing file")
	return cmd
}

func runLocalesNew(opts *localesNewOptions, s Streams) error {
	cat, err := loadCatalog("")
	if err != nil {
		return err
	}
	data, err := i18n.Scaffold(cat, opts.Tag)
	if err != nil {
		return usagef("use a BCP 47 tag known to CLDR, e.g. de, sk, pt-BR", "%v", err)
	}
	name := opts.Tag + ".toml"
	target := filepath.Join(opts.LocalesDir, name)
	if err := writeNewFile(target, data, opts.Force, "add --force to replace it"); err != nil {
		return err
	}
	forms, _ := i18n.PluralForms(opts.Tag)
	fmt.Fprintf(s.ErrOut, "wrote %s (plural forms: %v): translate it, then run 'policygen locales check %s --locales %s'\n", target, forms, opts.Tag, opts.LocalesDir)
	return nil
}

// errWriter keeps the first write error, so that a report written in many pieces is
// checked once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
