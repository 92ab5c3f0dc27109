package markdown

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/template"
	"time"

	"github.com/policygen/policygen/internal/inputfile"
)

// builtinVariants is the order the built-in variants are listed and built in.
var builtinVariants = []string{"standards", "guidelines", "procedures", "handbook", "checklist"}

const ext = ".md.tmpl"

// Templates is the parsed template set: the built-in templates with a user's folder layered
// over them (a file of the same name wins; a new <name>.md.tmpl adds a variant).
type Templates struct {
	set      *template.Template
	variants []string
	origin   map[string]string // template name → file, for messages
	// Limits on one document's run (see watchdog.go); zero means the defaults.
	MaxOutput int
	Timeout   time.Duration
}

// LoadTemplates parses the templates of builtin and, when dir is not empty, of dir on top.
func LoadTemplates(builtin fs.FS, dir string) (*Templates, error) {
	sources := map[string]string{} // template name ("handbook", "partials/escalation") → source
	origin := map[string]string{}  // template name → file for messages
	if err := collect(builtin, "templates", sources, origin); err != nil {
		return nil, err
	}
	if dir != "" {
		if err := collectDir(dir, sources, origin); err != nil {
			return nil, err
		}
	}
	names := make([]string, 0, len(sources))
	for name := range sources {
		names = append(names, name)
	}
	sort.Strings(names)
	set := template.New("").Option("missingkey=error").Funcs(funcStubs())
	t := &Templates{set: set, origin: origin}
	for _, name := range names {
		tmpl, err := set.New(name).Parse(sources[name])
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", origin[name], err)
		}
		if err := checkRanges(tmpl, origin[name]); err != nil {
			return nil, err
		}
		if !strings.HasPrefix(name, "partials/") {
			t.variants = append(t.variants, name)
		}
	}
	sort.SliceStable(t.variants, func(i, j int) bool { return variantLess(t.variants[i], t.variants[j]) })
	return t, nil
}

func collect(fsys fs.FS, label string, sources, origin map[string]string) error {
	for _, pattern := range []string{"*" + ext, "partials/*" + ext} {
		files, err := fs.Glob(fsys, pattern)
		if err != nil {
			return err
		}
		for _, f := range files {
			src, err := fs.ReadFile(fsys, f)
			if err != nil {
				return err
			}
			name := strings.TrimSuffix(f, ext)
			sources[name] = string(src)
			origin[name] = filepath.ToSlash(path.Join(label, f))
		}
	}
	return nil
}

// collectDir reads the templates of a user's folder: regular files of at most
// inputfile.MaxSize bytes, never a FIFO or device.
func collectDir(dir string, sources, origin map[string]string) error {
	for _, sub := range []string{"", "partials"} {
		entries, err := os.ReadDir(filepath.Join(dir, sub))
		if errors.Is(err, fs.ErrNotExist) && sub != "" {
			continue
		}
		if err != nil {
			return fmt.Errorf("--templates: %w", err)
		}
		count := 0
		for _, e := range entries {
			if !strings.HasSuffix(e.Name(), ext) {
				continue
			}
			if count++; count > inputfile.MaxFiles {
				return fmt.Errorf("--templates %s: more than %d templates in one folder", dir, inputfile.MaxFiles)
			}
			f := filepath.Join(dir, sub, e.Name())
			src, err := inputfile.Read(f, inputfile.MaxSize)
			if err != nil {
				return fmt.Errorf("template %w", err)
			}
			name := path.Join(sub, strings.TrimSuffix(e.Name(), ext))
			sources[name] = string(src)
			origin[name] = filepath.ToSlash(f)
		}
	}
	return nil
}

func variantLess(a, b string) bool {
	ia, ib := slices.Index(builtinVariants, a), slices.Index(builtinVariants, b)
	switch {
	case ia >= 0 && ib >= 0:
		return ia < ib
	case ia >= 0 || ib >= 0:
		return ia >= 0
	}
	return a < b
}

// Variants returns the names of every document variant, the built-in ones first.
func (t *Templates) Variants() []string { return append([]string(nil), t.variants...) }

// Has reports whether variant exists.
func (t *Templates) Has(variant string) bool { return slices.Contains(t.variants, variant) }
