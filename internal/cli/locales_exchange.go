package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/policygen/policygen/internal/i18n"
)

// maxExchangeSize is the largest PO or XLIFF file import reads: far above the few hundred
// kilobytes of a full translation.
const maxExchangeSize = 16 << 20

type localesExportOptions struct {
	Tag        string
	Format     string
	Out        string
	LocalesDir string
}

func newLocalesExportCmd(s Streams) *cobra.Command {
	opts := &localesExportOptions{}
	cmd := &cobra.Command{
		Use:   "export TAG --format po|xliff",
		Short: "Write a language's messages as PO or XLIFF for Poedit or a translation platform",
		Long: `Write every message of TAG (English source, description, translation) as a gettext PO
file or an XLIFF 1.2 file, which Poedit, Weblate, Crowdin, Lokalise and other tools read. PO
entries are found by msgctxt (the message id); plural messages have one msgstr per plural form
of the language, in CLDR order. Messages not yet translated are empty; copies of English marked
untranslated are fuzzy. Bring the file back with 'policygen locales import'.`,
		Example: `  policygen locales export de --format po -o de.po
  policygen locales export pl --format xliff --locales my-locales/ -o pl.xliff`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Tag = args[0]
			return runLocalesExport(opts, s)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "po", "po or xliff")
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "-", "file to write, or - for standard output")
	cmd.Flags().StringVar(&opts.LocalesDir, "locales", "", "folder of locale files that override or add to the built-in ones")
	return cmd
}

func runLocalesExport(opts *localesExportOptions, s Streams) error {
	if opts.Format != "po" && opts.Format != "xliff" {
		return usagef("use --format po or --format xliff", "--format: unknown exchange format %q", opts.Format)
	}
	cat, err := loadCatalog(opts.LocalesDir)
	if err != nil {
		return err
	}
	x, err := i18n.Export(cat, opts.Tag)
	if err != nil {
		return usagef("use a BCP 47 tag known to CLDR, e.g. de, sk, pt-BR", "%v", err)
	}
	var data []byte
	if opts.Format == "po" {
		data, err = i18n.WritePO(x, opts.Out)
	} else {
		data, err = i18n.WriteXLIFF(x)
	}
	if err != nil {
		return usagef("export to --format xliff, which numbers no plural forms", "%v", err)
	}
	if opts.Out == "-" {
		_, err := s.Out.Write(data)
		return err
	}
	if err := writeNewFile(opts.Out, data, true, ""); err != nil {
		return err
	}
	fmt.Fprintf(s.ErrOut, "wrote %s: %d messages of %s for translation\n", opts.Out, len(x.Units), x.Tag)
	return nil
}

type localesImportOptions struct {
	File       string
	LocalesDir string
}

func newLocalesImportCmd(s Streams) *cobra.Command {
	opts := &localesImportOptions{}
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Write a translated PO or XLIFF file back into the language's locale file",
		Long: `Read FILE (a PO or XLIFF file from 'policygen locales export', translated in any tool) and
write its translations into TAG.toml in the --locales folder, TAG being the file's language.
Only the messages of FILE change: [meta.tag], comments and other tables of an existing file
stay. A language without a file there starts from the built-in file, or from what
'policygen locales new' writes. Fuzzy entries are kept, marked untranslated; a translation
identical to English that is not fuzzy is marked hash = "same". The file is replaced
atomically, and not at all on any error.`,
		Example: `  policygen locales import de.po --locales my-locales/`,
		Args:    cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.File = args[0]
			return runLocalesImport(opts, s)
		},
	}
	cmd.Flags().StringVar(&opts.LocalesDir, "locales", ".", "folder of the locale file to write")
	return cmd
}

func runLocalesImport(opts *localesImportOptions, s Streams) error {
	data, err := readExchangeFile(opts.File)
	if err != nil {
		return err
	}
	var x *i18n.Exchange
	if isXLIFF(opts.File, data) {
		x, err = i18n.ReadXLIFF(opts.File, data)
	} else {
		x, err = i18n.ReadPO(opts.File, data)
	}
	if err != nil {
		return &invalidError{err}
	}
	if fi, err := os.Stat(opts.LocalesDir); err != nil || !fi.IsDir() {
		return usagef("create the folder first, or name another with --locales", "--locales: %s is not a folder", opts.LocalesDir)
	}
	cat, err := loadCatalog(opts.LocalesDir)
	if err != nil {
		return err
	}
	res, err := i18n.Import(cat, x)
	if err != nil {
		return &invalidError{fmt.Errorf("%s: %w", opts.File, err)}
	}
	for _, n := range res.Notes {
		fmt.Fprintf(s.ErrOut, "warning: %s: %s\n", opts.File, n)
	}
	target := filepath.Join(opts.LocalesDir, res.Tag+".toml")
	if err := writeNewFile(target, res.Source, true, ""); err != nil {
		return err
	}
	summary := ""
	if cat, err := loadCatalog(opts.LocalesDir); err == nil {
		r := i18n.Check(cat, res.Tag)
		summary = fmt.Sprintf(": %.1f%% translated, %d error(s), %d warning(s)", r.Coverage, r.Errors, r.Warnings)
	}
	fmt.Fprintf(s.ErrOut, "wrote %s%s; run 'policygen locales check %s --locales %s' for details\n", target, summary, res.Tag, opts.LocalesDir)
	return nil
}

func readExchangeFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, usagef("name the PO or XLIFF file written by 'policygen locales export'", "%s does not exist", name)
	}
	if err != nil {
		return nil, &invalidError{err}
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && !fi.Mode().IsRegular() {
		return nil, usagef("name the PO or XLIFF file itself", "%s is not a regular file", name)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxExchangeSize+1))
	if err != nil {
		return nil, &invalidError{fmt.Errorf("read %s: %w", name, err)}
	}
	if len(data) > maxExchangeSize {
		return nil, &invalidError{fmt.Errorf("%s is larger than %d MiB: not a translation of policygen's messages", name, maxExchangeSize>>20)}
	}
	return data, nil
}

func isXLIFF(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xliff", ".xlf":
		return true
	case ".po", ".pot":
		return false
	}
	head := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	return bytes.HasPrefix(head, []byte("<"))
}
