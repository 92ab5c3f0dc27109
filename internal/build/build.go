// Package build runs the pipeline for every requested document: company file → model per
// language → Markdown from the templates → each output format. Documents render in parallel;
// the result is the same bytes in the same order whatever the scheduling.
package build

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/i18n"
	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/model"
	"github.com/policygen/policygen/internal/output"
)

// Inputs are the loaded, validated inputs of a build.
type Inputs struct {
	File      *config.File
	Catalog   *i18n.Catalog
	Templates *markdown.Templates
}

// Options choose what to build.
type Options struct {
	Variants  []string
	Langs     []string
	Formats   []string  // names from Formats
	Paper     string    // "a4" or "letter"
	Created   time.Time // PDF creation date (from SOURCE_DATE_EPOCH); zero: the revision date
	Generator string    // the PDF's creator, e.g. "policygen 1.2.0"; empty: "policygen"
	Workers   int       // 0: one per CPU
	Index     bool      // add index.html, linking every file built
}

// Warning is something a build could do but that a careful author would fix: a text or message
// that fell back to another language, a character a PDF font cannot show.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
	Field   string `json:"field,omitempty"`
}

// Result is what a build produced.
type Result struct {
	Files    []output.File // in a fixed order: language, variant, format
	Warnings []Warning     // sorted, without repeats
}

type job struct {
	lang, variant string
	doc           *model.Document
}

type done struct {
	meta     markdown.Meta
	files    []output.File
	warnings []Warning
	err      error
}

// Run builds every variant × language × format of opts.
func Run(in Inputs, opts Options) (Result, error) {
	var res Result
	var jobs []job
	for _, lang := range opts.Langs {
		doc, fallbacks := model.New(in.File, lang)
		if slices.Contains(in.File.Languages, lang) {
			fallbacks = nil // config.Load has reported them already, for every listed language
		}
		for _, fb := range fallbacks {
			if fb.Plain && len(in.File.Languages) == 0 {
				continue // config.Load has reported plain strings for every known language
			}
			res.Warnings = append(res.Warnings, Warning{
				Code: "text_fallback", Message: strings.TrimPrefix(fb.String(), fb.Field+": "), File: in.File.Path,
				Line: fb.Pos.Line, Column: fb.Pos.Col, Field: fb.Field,
			})
		}
		for _, v := range opts.Variants {
			jobs = append(jobs, job{lang: lang, variant: v, doc: doc})
		}
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	results := render(in, opts, jobs, workers)
	for i, r := range results {
		if r.err != nil {
			return Result{}, fmt.Errorf("%s/%s: %w", jobs[i].lang, jobs[i].variant, r.err)
		}
		res.Files = append(res.Files, r.files...)
		res.Warnings = append(res.Warnings, r.warnings...)
	}
	res.Warnings = dedupe(res.Warnings)
	if opts.Index && len(res.Files) > 0 {
		index, err := indexFile(jobs, results)
		if err != nil {
			return Result{}, err
		}
		res.Files = append(res.Files, index)
	}
	return res, nil
}

// markdownStep renders the Markdown of job j from the templates: what every format starts from.
func markdownStep(in Inputs, j job) (doc *markdown.Document, d done) {
	defer func() {
		if r := recover(); r != nil {
			doc, d = nil, done{err: fmt.Errorf("internal error while rendering: %v", r)}
		}
	}()
	lz, err := in.Catalog.Localizer(j.lang)
	if err != nil {
		return nil, done{err: err}
	}
	doc, err = in.Templates.Render(j.variant, j.doc, lz)
	if err != nil {
		return nil, done{err: err}
	}
	d.meta = doc.Meta
	for _, w := range lz.Warnings() {
		d.warnings = append(d.warnings, Warning{Code: w.Code, Message: w.Message})
	}
	return doc, d
}

// formatStep renders doc, the Markdown of job j, in the format named name.
func formatStep(opts Options, j job, doc *markdown.Document, name string) (file output.File, warnings []Warning, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error while rendering: %v", r)
		}
	}()
	f := formatByName(name)
	data, ws, err := f.render(doc, opts)
	if err != nil {
		return output.File{}, nil, fmt.Errorf("render %s: %w", name, err)
	}
	for _, w := range ws {
		warnings = append(warnings, Warning{Code: "pdf_glyph", Message: fmt.Sprintf("%s/%s.%s: %s", j.lang, j.variant, f.Ext, w)})
	}
	return output.File{
		Path: j.lang + "/" + j.variant + "." + f.Ext, Lang: j.lang, Variant: j.variant, Format: name,
		Version: doc.Meta.Version, Date: doc.Meta.ISODate, Data: data,
	}, warnings, nil
}

func dedupe(ws []Warning) []Warning {
	sort.SliceStable(ws, func(i, j int) bool {
		if ws[i].Line != ws[j].Line {
			return ws[i].Line < ws[j].Line
		}
		return ws[i].Message < ws[j].Message
	})
	out := ws[:0]
	for i, w := range ws {
		if i > 0 && w == ws[i-1] {
			continue
		}
		out = append(out, w)
	}
	return out
}
