package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/policygen/policygen/internal/output"
	"github.com/policygen/policygen/templates"
)

func newTemplatesCmd(s Streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "templates",
		Short: "Work with the document templates",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "export DIR",
		Short: "Write the built-in templates to DIR, as a starting point for --templates",
		Long: `Write every built-in template (one <variant>.md.tmpl per document variant and the
partials/ they share) into DIR. Edit them, then build with --templates DIR: a file there
replaces the built-in one of the same name, and a new <name>.md.tmpl adds a variant.
Existing files are never overwritten.`,
		Example: "  policygen templates export my-templates\n  policygen build --templates my-templates",
		Args:    cobra.ExactArgs(1),
		RunE:    func(_ *cobra.Command, args []string) error { return runTemplatesExport(args[0], s) },
	})
	return cmd
}

func runTemplatesExport(dir string, s Streams) error {
	fsys := templates.FS()
	var files []output.File
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".tmpl" {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		files = append(files, output.File{Path: p, Data: data})
		return err
	})
	if err != nil {
		return &failedError{err}
	}
	for _, f := range files {
		target := filepath.Join(dir, filepath.FromSlash(f.Path))
		if _, err := os.Lstat(target); err == nil {
			return usagef("export into a new or empty folder, or move the existing templates away first",
				"%s already exists; templates export never overwrites a file", target)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return &failedError{err}
		}
	}
	for _, sub := range []string{"", "partials"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return &failedError{err}
		}
	}
	for _, f := range files {
		target := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := writeNewFile(target, f.Data, false, "export into a new or empty folder"); err != nil {
			return err
		}
	}
	fmt.Fprintf(s.ErrOut, "wrote %d templates to %s; edit them, then run 'policygen build --templates %s'\n", len(files), dir, dir)
	return nil
}
