// Package i18n loads the locale files and formats everything language-specific: messages,
// plural forms, numbers, durations and dates. It also checks and scaffolds locale files for
// translators.
package i18n

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/policygen/policygen/internal/inputfile"
	"github.com/policygen/policygen/internal/typography"
)

// Reference is the tag of the reference locale every other one is translated from.
const Reference = "en"

// builtinOrder is the order the built-in languages are listed in; others follow by tag.
var builtinOrder = []string{"en", "pl", "fi", "cs", "zh"}

// Locale is one locale file.
type Locale struct {
	Tag      string // from the file name: "pl"
	Path     string // where it was read from, for messages: "locales/pl.toml"
	Builtin  bool   // embedded in the binary (and not overridden)
	Source   []byte
	Messages map[string]*goi18n.Message // filled by Catalog.locale: read a Locale only through it

	// builtin is where a built-in file's Source is read from, by Catalog.locale: a command
	// that needs no messages never copies the file.
	builtin fs.FS

	parse sync.Once
	err   error
	once  sync.Once
	rules typography.Rules
}

// message returns the text of a message of this file, for rules read from it.
func (l *Locale) message(id string) (string, bool) {
	m := l.Messages[id]
	if m == nil {
		return "", false
	}
	return m.Other, true
}

// Catalog is every locale available to a run: the built-in ones, with the files of a
// --locales folder added or overriding them.
//
// Parsing the built-in files is most of a short command's time, and most commands need one
// or two languages, so a built-in file is parsed when it is first asked for (Locale,
// Localizer, the checks); the files of a --locales folder are parsed by Load, so that their
// errors show at once. A Catalog is safe for concurrent use.
type Catalog struct {
	locales map[string]*Locale
	tags    []string

	mu      sync.Mutex
	bundles map[string]*bundle // per language: that language and the reference, read-only once made
}

// bundle is a go-i18n bundle made once.
type bundle struct {
	once sync.Once
	b    *goi18n.Bundle
	err  error
}

// LoadError is a locale file that cannot be used at all.
type LoadError struct {
	Path string
	Err  error
}

func (e *LoadError) Error() string { return fmt.Sprintf("%s: %v", e.Path, e.Err) }
func (e *LoadError) Unwrap() error { return e.Err }

// Load reads the built-in locale files from builtin and, when dir is not empty, every *.toml
// file in dir, which adds a language or replaces a built-in one.
func Load(builtin fs.FS, dir string) (*Catalog, error) {
	files := map[string]*Locale{}
	names, err := fs.Glob(builtin, "*.toml")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		tag := strings.TrimSuffix(name, ".toml")
		files[tag] = &Locale{Tag: tag, Path: path.Join("locales", name), Builtin: true, builtin: builtin}
	}
	if dir != "" {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("--locales: %w", err)
		}
		read := 0
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".toml") {
				continue
			}
			p := filepath.Join(dir, e.Name())
			if read++; read > inputfile.MaxFiles {
				return nil, &LoadError{Path: dir, Err: fmt.Errorf("the folder holds more than %d locale files", inputfile.MaxFiles)}
			}
			src, err := inputfile.Read(p, inputfile.MaxSize)
			if err != nil {
				return nil, &LoadError{Path: p, Err: unwrapPath(err)}
			}
			tag := strings.TrimSuffix(e.Name(), ".toml")
			files[tag] = &Locale{Tag: tag, Path: p, Source: src}
		}
	}
	return newCatalog(files)
}

func newCatalog(files map[string]*Locale) (*Catalog, error) {
	c := &Catalog{locales: files, bundles: map[string]*bundle{}}
	if files[Reference] == nil {
		return nil, &LoadError{Path: "locales/en.toml", Err: fmt.Errorf("the reference locale is missing")}
	}
	for tag, l := range files {
		if err := validTag(tag); err != nil {
			return nil, &LoadError{Path: l.Path, Err: err}
		}
		c.tags = append(c.tags, tag)
	}
	sort.Slice(c.tags, func(i, j int) bool { return tagLess(c.tags[i], c.tags[j]) })
	for _, tag := range c.tags {
		if l := files[tag]; !l.Builtin {
			if _, err := c.bundle(tag); err != nil {
				return nil, err
			}
		}
	}
	return c, nil
}

// locale returns the locale file of tag, parsed, or nil if there is none. A file that does
// not parse comes back with no messages; bundle and Localizer report its error.
func (c *Catalog) locale(tag string) *Locale {
	l := c.locales[tag]
	if l == nil {
		return nil
	}
	l.parse.Do(func() {
		msgs, err := l.readAndParse()
		if err != nil {
			l.err = &LoadError{Path: l.Path, Err: err}
			msgs = map[string]*goi18n.Message{}
		}
		l.Messages = msgs
	})
	return l
}

// readAndParse reads a built-in file's source, once asked for, and parses the file.
func (l *Locale) readAndParse() (map[string]*goi18n.Message, error) {
	if l.builtin != nil && l.Source == nil {
		src, err := fs.ReadFile(l.builtin, path.Base(l.Path))
		if err != nil {
			return nil, err
		}
		l.Source = src
	}
	if l.builtin != nil {
		return parseBuiltinMessages(l.Source)
	}
	return parseMessages(l.Source)
}

// bundle returns the go-i18n bundle of tag: its messages, and the reference ones to fall
// back on. It is made once and only read afterwards.
func (c *Catalog) bundle(tag string) (*goi18n.Bundle, error) {
	c.mu.Lock()
	e := c.bundles[tag]
	if e == nil {
		e = &bundle{}
		c.bundles[tag] = e
	}
	c.mu.Unlock()
	e.once.Do(func() {
		// The language's own file first: a build starts on several languages at once, and
		// each parses its own file while the first to ask parses the reference one.
		own := c.locale(tag)
		b := goi18n.NewBundle(language.English)
		for _, t := range slices.Compact([]string{Reference, tag}) {
			l := c.locale(t)
			if l == nil {
				continue
			}
			if l.err != nil {
				e.err = l.err
				return
			}
			list := make([]*goi18n.Message, 0, len(l.Messages))
			for _, m := range l.Messages {
				if t != tag && own != nil && hasForms(own.Messages[m.ID]) {
					// go-i18n falls back on a reference message only for a language that
					// has no text for it: making its template would be work for nothing.
					continue
				}
				list = append(list, m)
			}
			if err := b.AddMessages(language.Make(t), list...); err != nil {
				e.err = &LoadError{Path: l.Path, Err: fmt.Errorf("go-i18n knows no plural rules for %q: name the file after a CLDR language (e.g. de.toml, pt-BR.toml)", t)}
				return
			}
		}
		e.b = b
	})
	return e.b, e.err
}

// hasForms reports whether m has a text in any plural form: go-i18n makes it a template of
// its own.
func hasForms(m *goi18n.Message) bool {
	return m != nil && m.Zero+m.One+m.Two+m.Few+m.Many+m.Other != ""
}

// validTag checks that a file name is a well-formed BCP 47 tag, in its canonical form.
func validTag(tag string) error {
	t, err := language.Parse(tag)
	if err != nil {
		return fmt.Errorf("file name %q is not a language tag: name it after a BCP 47 tag such as de.toml or pt-BR.toml", tag+".toml")
	}
	if t.String() != tag {
		return fmt.Errorf("file name %q should be %q", tag+".toml", t.String()+".toml")
	}
	return nil
}

// tagForms checks tag as validTag does and returns its plural forms, for the commands that
// start a language's file from nothing (locales new, locales export).
func tagForms(tag string) ([]string, error) {
	if err := validTag(tag); err != nil {
		return nil, err
	}
	forms, ok := PluralForms(tag)
	if !ok {
		return nil, fmt.Errorf("go-i18n knows no plural rules for %q: use a CLDR language tag", tag)
	}
	return forms, nil
}

func tagLess(a, b string) bool {
	ia, ib := slices.Index(builtinOrder, a), slices.Index(builtinOrder, b)
	switch {
	case ia >= 0 && ib >= 0:
		return ia < ib
	case ia >= 0 || ib >= 0:
		return ia >= 0
	}
	return a < b
}

// unwrapPath drops the path from an error that LoadError will name anyway.
func unwrapPath(err error) error {
	var ie *inputfile.Error
	if errors.As(err, &ie) {
		return errors.New(ie.Msg)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// parseMessages parses a locale file in go-i18n's TOML format.
func parseMessages(src []byte) (map[string]*goi18n.Message, error) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if err := checkNesting(src); err != nil {
		return nil, err
	}
	list, err := goi18n.ParseMessageBytes(src, toml.Unmarshal)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*goi18n.Message, len(list))
	for _, m := range list {
		out[m.ID] = m
	}
	if err := checkMessageTemplates(out); err != nil {
		return nil, err
	}
	return out, nil
}

// Preload starts parsing the file of each of tags in the background, for a command that will
// need them and has other work to do first.
func (c *Catalog) Preload(tags ...string) {
	for _, tag := range tags {
		go c.locale(tag)
	}
}

// Tags returns the tags of every available language: the built-in ones first.
func (c *Catalog) Tags() []string { return append([]string(nil), c.tags...) }

// Locale returns the locale file of tag.
func (c *Catalog) Locale(tag string) (*Locale, bool) {
	l := c.locale(tag)
	return l, l != nil
}

// UnknownLanguageError is a language with no locale file.
type UnknownLanguageError struct {
	Tag   string
	Known []string
}

func (e *UnknownLanguageError) Error() string {
	return fmt.Sprintf("unknown language %q: known languages are %s; add %s.toml with --locales to publish it", e.Tag, strings.Join(e.Known, ", "), e.Tag)
}

// Localizer returns a localizer for exactly tag: never a neighbouring or default language.
func (c *Catalog) Localizer(tag string) (*Localizer, error) {
	l := c.locale(tag)
	if l == nil {
		return nil, &UnknownLanguageError{Tag: tag, Known: c.Tags()}
	}
	b, err := c.bundle(tag)
	if err != nil {
		return nil, err
	}
	return newLocalizer(c, l, b), nil
}
