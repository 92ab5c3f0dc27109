package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/output"
)

type initOptions struct {
	Out   string
	Lang  string
	Force bool
}

func newInitCmd(s Streams) *cobra.Command {
	opts := &initOptions{}
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a commented starter company file",
		Long: `Write a starter company file in which every field is explained. Edit it, then run
policygen validate and policygen build.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return runInit(opts, s) },
	}
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "company.yaml", "file to write, or - for standard output")
	cmd.Flags().StringVarP(&opts.Lang, "language", "l", "en", "default language of the policy")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "overwrite an existing file")
	return cmd
}

func runInit(opts *initOptions, s Streams) error {
	cat, err := loadCatalog("")
	if err != nil {
		return err
	}
	if !slices.Contains(cat.Tags(), opts.Lang) {
		return usagef("use one of "+fmt.Sprint(cat.Tags()), "--language: unknown language %q", opts.Lang)
	}
	lz, err := cat.Localizer(opts.Lang)
	if err != nil {
		return &failedError{err}
	}
	data := config.Starter(opts.Lang, func(id string) string {
		s, _ := lz.Message(id, nil) // a missing message falls back to English
		return s
	})
	if opts.Out == "-" {
		_, err := s.Out.Write(data)
		return err
	}
	if err := writeNewFile(opts.Out, data, opts.Force, "choose another name with -o, or add --force to replace it"); err != nil {
		return err
	}
	fmt.Fprintf(s.ErrOut, "wrote %s: fill it in, then run 'policygen validate %s'\n", opts.Out, opts.Out)
	return nil
}

// writeNewFile writes one file atomically, refusing to replace an existing one unless force.
func writeNewFile(path string, data []byte, force bool, hint string) error {
	if _, err := os.Stat(path); err == nil && !force {
		return usagef(hint, "%s already exists", path)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return &failedError{err}
	}
	if err := output.Write(filepath.Dir(path), []output.File{{Path: filepath.Base(path), Data: data}}); err != nil {
		return &failedError{err}
	}
	return nil
}
