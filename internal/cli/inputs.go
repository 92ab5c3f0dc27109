package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/i18n"
	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/locales"
)

// maxFileSize is read from a company file at most: one byte more than config accepts, so the
// loader can say the file is too large.
const maxFileSize = 10<<20 + 1

// readCompanyFile reads FILE ("-" is standard input) and returns the name to show in messages.
func readCompanyFile(args []string, in io.Reader) (string, []byte, error) {
	name := "company.yaml"
	if len(args) > 0 {
		name = args[0]
	}
	var r io.Reader
	if name == "-" {
		r = in
	} else {
		f, err := os.Open(name)
		if errors.Is(err, fs.ErrNotExist) {
			hint := "create one with 'policygen init', or name the file: policygen build path/to/company.yaml"
			return name, nil, usagef(hint, "company file %s does not exist", name)
		}
		if err != nil {
			return name, nil, &invalidError{fmt.Errorf("read %s: %w", name, err)}
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return name, nil, usagef("name the YAML file inside it", "%s is a folder, not a company file", name)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize))
	if err != nil {
		return name, nil, &invalidError{fmt.Errorf("read %s: %w", name, err)}
	}
	return name, data, nil
}

// loadCatalog loads the built-in locales and those of --locales.
func loadCatalog(dir string) (*i18n.Catalog, error) {
	cat, err := i18n.Load(locales.FS(), dir)
	if err != nil {
		var le *i18n.LoadError
		if errors.As(err, &le) {
			return nil, err
		}
		return nil, &invalidError{err}
	}
	return cat, nil
}

// loadCompany reads and validates the company file against the languages of cat and the
// section ids of tmpl.
func loadCompany(args []string, in io.Reader, cat *i18n.Catalog, tmpl *markdown.Templates) (*config.File, config.Problems, error) {
	name, data, err := readCompanyFile(args, in)
	if err != nil {
		return nil, nil, err
	}
	opts := config.Options{KnownLanguages: cat.Tags(), SectionIDs: tmpl.SectionIDs()}
	if name == "-" {
		name, opts.BaseDir = "<stdin>", "." // a logo is looked for in the current folder
	}
	return config.Load(name, data, opts)
}

// splitList parses a -v/-l/-f value: a comma list or "all".
func splitList(flag, value string, known []string) ([]string, error) {
	if value == "" || value == "all" {
		return known, nil
	}
	var out []string
	seen := map[string]bool{}
	for _, item := range strings.Split(value, ",") {
		item = strings.TrimSpace(item)
		if item == "" || seen[item] {
			continue
		}
		if !slices.Contains(known, item) {
			return nil, usagef(fmt.Sprintf("use one or more of %s, separated by commas, or all", strings.Join(known, ", ")),
				"%s: unknown value %q", flag, item)
		}
		seen[item] = true
		out = append(out, item)
	}
	if len(out) == 0 {
		return nil, usagef("use one or more of "+strings.Join(known, ", ")+", or all", "%s: empty list", flag)
	}
	return out, nil
}
