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
	"github.com/policygen/policygen/locales"
)

// maxFileSize is read from a company file at most: one byte more than config accepts, so the
// loader can say the file is too large.
const maxFileSize = 10<<20 + 1

// readCompanyFile reads FILE ("-" is standard input) and returns the name to show in messages,
// the bytes (at most maxFileSize) and the whole file's size when it is known (0 otherwise).
func readCompanyFile(args []string, in io.Reader) (string, []byte, int64, error) {
	name := "company.yaml"
	if len(args) > 0 {
		name = args[0]
	}
	var r io.Reader
	var size int64
	if name == "-" {
		r = in
	} else {
		f, err := os.Open(name)
		if errors.Is(err, fs.ErrNotExist) {
			hint := "create one with 'policygen init', or name the file: policygen build path/to/company.yaml"
			return name, nil, 0, usagef(hint, "company file %s does not exist", name)
		}
		if err != nil {
			return name, nil, 0, &invalidError{fmt.Errorf("read %s: %w", name, err)}
		}
		defer f.Close()
		fi, err := f.Stat()
		if err == nil && fi.IsDir() {
			return name, nil, 0, usagef("name the YAML file inside it", "%s is a folder, not a company file", name)
		}
		if err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize))
	if err != nil {
		return name, nil, 0, &invalidError{fmt.Errorf("read %s: %w", name, err)}
	}
	return name, data, size, nil
}

// checkFolder requires a folder named on the command line to exist and be a folder.
func checkFolder(flag, dir string) error {
	if dir == "" {
		return nil
	}
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return usagef("give the path of an existing folder", "%s %s: no such folder", flag, dir)
	case err != nil:
		return &failedError{fmt.Errorf("%s %s: %w", flag, dir, err)}
	case !fi.IsDir():
		return usagef("give the folder that holds the files, not a file", "%s %s: not a folder", flag, dir)
	}
	return nil
}

// loadCatalog loads the built-in locales and those of --locales.
func loadCatalog(dir string) (*i18n.Catalog, error) {
	if err := checkFolder("--locales", dir); err != nil {
		return nil, err
	}
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
// section ids of the templates (markdown.Templates.SectionIDs).
func loadCompany(args []string, in io.Reader, cat *i18n.Catalog, sectionIDs map[string][]string) (*config.File, config.Problems, error) {
	name, data, size, err := readCompanyFile(args, in)
	if err != nil {
		return nil, nil, err
	}
	opts := config.Options{KnownLanguages: cat.Tags(), SectionIDs: sectionIDs, Size: size}
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
