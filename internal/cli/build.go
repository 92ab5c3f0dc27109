package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/policygen/policygen/internal/build"
	"github.com/policygen/policygen/internal/config"
	"github.com/policygen/policygen/internal/i18n"
	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/output"
	"github.com/policygen/policygen/internal/version"
	"github.com/policygen/policygen/templates"
)

type buildOptions struct {
	Args         []string
	OutDir       string
	Variants     string
	Langs        string
	Formats      string
	Strict       bool
	Check        bool
	TemplatesDir string
	LocalesDir   string
	Paper        string
	JSON         bool
	Format       string // text, json or github
	Quiet        bool
}

func newBuildCmd(s Streams) *cobra.Command {
	opts := &buildOptions{}
	cmd := &cobra.Command{
		Use:   "build [FILE]",
		Short: "Build the policy documents from a company file",
		Long: `Build every document variant in every language and format from FILE (default
./company.yaml; - reads standard input) into DIR/<lang>/<variant>.<md|html|pdf|docx>, plus
DIR/manifest.json, removing the documents of the previous build that this one does not
produce. The folder changes all at once or not at all, one build at a time.`,
		Example: `  policygen build examples/complete.yaml
  policygen build -l pl,en -f pdf -o site/policy
  policygen build -v handbook -l zh -f md -o -      # one document to standard output
  policygen build --check                           # exit 4 if out/ is not up to date`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Args = args
			format, err := reportFormat(opts.JSON, opts.Format)
			if err != nil {
				return err
			}
			opts.Format, opts.JSON = format, format == formatJSON
			return runBuild(opts, s)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.OutDir, "out", "o", "out", "output folder, or - to write one document to standard output")
	f.StringVarP(&opts.Variants, "variants", "v", "all", "document variants: comma list or all")
	f.StringVarP(&opts.Langs, "languages", "l", "", "languages: comma list or all (default: the file's languages)")
	f.StringVarP(&opts.Formats, "formats", "f", "all", "formats: comma list of md, html, pdf, docx, or all")
	f.BoolVar(&opts.Strict, "strict", false, "treat every warning as an error")
	f.BoolVar(&opts.Check, "check", false, "write nothing; exit 4 if any file in the output folder is missing, differs, is extra or left over")
	f.StringVar(&opts.TemplatesDir, "templates", "", "folder of templates that override or add to the built-in ones")
	f.StringVar(&opts.LocalesDir, "locales", "", "folder of locale files that override or add to the built-in ones")
	f.StringVar(&opts.Paper, "paper", "a4", "PDF and DOCX paper size: a4 or letter")
	addFormatFlags(f, &opts.JSON, &opts.Format)
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "print nothing but errors")
	registerBuildCompletions(cmd, opts)
	return cmd
}

// maxEpoch is the last second of the year 9999, the last date a PDF can hold.
const maxEpoch = 253402300799

// shortValue cuts a value quoted in a message to a readable length.
func shortValue(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// runBuild is the build pipeline, step by step.
func runBuild(opts *buildOptions, s Streams) error {
	start := time.Now()
	rep := &report{Command: "build"}
	var jsonOut io.Writer
	if opts.JSON {
		jsonOut = s.Out
	}
	signals := watchSignals(s.ErrOut, jsonOut)
	defer signals.stop()
	if s.Hooks.Started != nil {
		s.Hooks.Started()
	}
	err := func() error {
		if err := checkOut(opts); err != nil {
			return err
		}
		if opts.Paper != "a4" && opts.Paper != "letter" {
			return usagef("use --paper a4 or --paper letter", "--paper: unknown paper size %q", opts.Paper)
		}
		// 1. Locales first: they say which languages the company file may use.
		cat, err := loadCatalog(opts.LocalesDir)
		if err != nil {
			return err
		}
		cat.Preload(i18n.Reference) // every language falls back on it; parsed while the rest loads
		// 2. Templates, built-in with the user's layered over them: they name the sections.
		if err := checkFolder("--templates", opts.TemplatesDir); err != nil {
			return err
		}
		tmpl, sectionIDs, err := loadTemplates(opts.TemplatesDir)
		if err != nil {
			return &failedError{err}
		}
		// 3. The company file, validated in full.
		file, warnings, err := loadCompany(opts.Args, s.In, cat, sectionIDs)
		if terr := tmpl.wait(); terr != nil {
			return &failedError{terr} // as if the templates had been loaded first
		}
		rep.addProblems(warnings)
		if err != nil {
			return err
		}
		// 4. What to build.
		bopts, err := selectDocuments(opts, file, cat.Tags(), tmpl.t.Variants())
		if err != nil {
			return err
		}
		if err := verifyLocales(cat, bopts.Langs); err != nil {
			return err
		}
		// 5. Render everything in memory, in parallel.
		if s.IsTerminal && !opts.Quiet && !opts.JSON {
			fmt.Fprintf(s.ErrOut, "building %d documents (%d variants × %d languages × %d formats)…\n",
				len(bopts.Variants)*len(bopts.Langs)*len(bopts.Formats), len(bopts.Variants), len(bopts.Langs), len(bopts.Formats))
		}
		res, err := build.Run(build.Inputs{File: file, Catalog: cat, Templates: tmpl.t}, bopts)
		rep.addWarnings(res.Warnings)
		if err != nil {
			return &failedError{err}
		}
		if opts.Strict && len(rep.Warnings) > 0 {
			return &failedError{fmt.Errorf("--strict: %d warning(s) above; fix them or build without --strict", len(rep.Warnings))}
		}
		// 6. Write (or compare) atomically.
		return deliver(opts, s, res.Files, rep, append(cat.Tags(), bopts.Langs...), signals)
	}()
	if err != nil {
		rep.addError(err)
	}
	signals.startPublishing() // a signal now must not print a second report
	if opts.Format == formatGitHub {
		rep.Errors = append(rep.Errors, staleMessages(opts.OutDir, rep.Check)...)
		annotations := s.Out
		if opts.OutDir == "-" {
			annotations = s.ErrOut // standard output carries the document
		}
		return finishGitHub(annotations, opts.Quiet, s, rep, err, start)
	}
	return finish(opts.JSON, opts.Quiet, s, rep, err, start)
}

// pendingTemplates are templates being parsed in the background.
type pendingTemplates struct {
	done chan struct{}
	t    *markdown.Templates
	err  error
}

func (p *pendingTemplates) wait() error {
	<-p.done
	return p.err
}

// loadTemplates loads the templates and returns the ids of their sections. The built-in
// templates alone are parsed in the background, while the company file loads: the ids are
// read from their sources without parsing them (markdown.ScanSectionIDs), and parsing them
// is the first thing a build waits for. A folder of the user's is parsed first, as its errors
// come before the company file's.
func loadTemplates(dir string) (*pendingTemplates, map[string][]string, error) {
	p := &pendingTemplates{done: make(chan struct{})}
	if dir != "" {
		defer close(p.done)
		p.t, p.err = markdown.LoadTemplates(templates.FS(), dir)
		if p.err != nil {
			return nil, nil, p.err
		}
		return p, p.t.SectionIDs(), nil
	}
	ids, err := markdown.ScanSectionIDs(templates.FS())
	if err != nil {
		return nil, nil, err
	}
	go func() {
		defer close(p.done)
		p.t, p.err = markdown.LoadTemplates(templates.FS(), "")
	}()
	return p, ids, nil
}

func selectDocuments(opts *buildOptions, file *config.File, langs, variants []string) (build.Options, error) {
	var err error
	b := build.Options{Paper: opts.Paper, Generator: version.Get().Generator(), Index: opts.OutDir != "-"}
	if epoch := os.Getenv("SOURCE_DATE_EPOCH"); epoch != "" {
		sec, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil || sec < 0 || sec > maxEpoch {
			return b, usagef("set it to a number of seconds since 1970, e.g. $(git log -1 --format=%ct)",
				"SOURCE_DATE_EPOCH=%q is not a Unix time from 1970 to 9999", shortValue(epoch))
		}
		b.Created = time.Unix(sec, 0).UTC()
	}
	if b.Variants, err = splitList("--variants", opts.Variants, variants); err != nil {
		return b, err
	}
	defaultLangs := langs
	if opts.Langs == "" && len(file.Languages) > 0 {
		defaultLangs = file.Languages
	}
	if opts.Langs == "" {
		b.Langs = defaultLangs
	} else if b.Langs, err = splitList("--languages", opts.Langs, langs); err != nil {
		return b, err
	}
	if b.Formats, err = splitList("--formats", opts.Formats, build.FormatNames()); err != nil {
		return b, err
	}
	if opts.OutDir == "-" && len(b.Variants)*len(b.Langs)*len(b.Formats) != 1 {
		return b, usagef("choose one of each, e.g. -v handbook -l en -f md -o -",
			"-o - writes one document to standard output, but %d variant(s) × %d language(s) × %d format(s) were asked for",
			len(b.Variants), len(b.Langs), len(b.Formats))
	}
	return b, nil
}

// checkOut applies the -o rules (SPEC §9.1).
func checkOut(opts *buildOptions) error {
	switch {
	case opts.OutDir == "":
		return usagef("name a folder, e.g. -o out, or use -o - for standard output", "-o: the output folder is an empty name")
	case opts.OutDir == "-" && opts.JSON:
		return usagef("drop --json, or write to a folder with -o DIR", "-o - writes the document to standard output, where --json would write its report")
	case opts.OutDir == "-" && opts.Check:
		return usagef("drop -o -, or name the folder to check with -o DIR", "--check compares an output folder, and -o - has none")
	}
	if fi, err := os.Stat(opts.OutDir); opts.OutDir != "-" && err == nil && !fi.IsDir() {
		return &failedError{fmt.Errorf("output folder %s is a file, not a folder: choose another -o", opts.OutDir)}
	}
	return nil
}

func deliver(opts *buildOptions, s Streams, files []output.File, rep *report, langs []string, signals *signalWatch) error {
	if opts.OutDir == "-" {
		if _, err := s.Out.Write(files[0].Data); err != nil {
			return &failedError{fmt.Errorf("write the document to standard output: %w", err)}
		}
		rep.addFiles(files, "")
		return nil
	}
	all, entries := output.WithManifestEntries(version.Get().Generator(), files)
	if opts.Check {
		found, err := output.Check(opts.OutDir, all, langs)
		if err != nil {
			return &failedError{err}
		}
		rep.Stale = found.Stale()
		rep.Check = &found
		if len(rep.Stale) > 0 {
			return &staleError{found}
		}
		return nil
	}
	res, err := output.Publish(signals.startPublishing(), opts.OutDir, all, output.Options{LockWait: s.Hooks.LockWait, Hook: s.Hooks.Publish})
	for _, n := range res.Notices {
		// Said on standard error even with --json: a repaired folder is news to a person too.
		if !opts.Quiet {
			fmt.Fprintf(s.ErrOut, "policygen: notice: %s: %s\n", opts.OutDir, n)
		}
		if opts.JSON || opts.Format == formatGitHub {
			rep.Warnings = append(rep.Warnings, reportMessage{Code: "output_repaired", Message: opts.OutDir + ": " + n})
		}
	}
	if err != nil {
		return &failedError{err}
	}
	rep.Removed = res.Removed
	rep.addEntries(entries, opts.OutDir)
	return nil
}

// finish prints the report: JSON on standard output, or a summary and warnings on standard
// error.
func finish(asJSON, quiet bool, s Streams, rep *report, err error, start time.Time) error {
	rep.OK = err == nil
	if asJSON {
		werr := rep.write(s.Out)
		if err != nil {
			printError(s.ErrOut, err)
			return &reportedError{err}
		}
		if werr != nil {
			return &failedError{fmt.Errorf("write the JSON report to standard output: %w", werr)}
		}
		return nil
	}
	if !quiet {
		for _, w := range rep.Warnings {
			fmt.Fprintf(s.ErrOut, "warning: %s\n", w.String())
		}
	}
	if err == nil && !quiet && rep.Command == "build" && len(rep.Files) > 0 {
		noun := "files"
		if len(rep.Files) == 1 {
			noun = "file"
		}
		removed := ""
		if len(rep.Removed) > 0 {
			removed = fmt.Sprintf("; removed %d file(s) of the previous build that this one does not produce", len(rep.Removed))
		}
		fmt.Fprintf(s.ErrOut, "wrote %d %s to %s (%s) in %s%s\n", len(rep.Files), noun, rep.dir(), whatFiles(rep.Files), time.Since(start).Round(time.Millisecond), removed)
	}
	if err == nil && !quiet && len(rep.Stale) == 0 && rep.Command == "build" && len(rep.Files) == 0 {
		fmt.Fprintln(s.ErrOut, "up to date")
	}
	var probs config.Problems
	if errors.As(err, &probs) && len(rep.Warnings) > 0 {
		// warnings were printed above; print only the errors
		var only config.Problems
		for _, p := range probs {
			if !p.Warning {
				only = append(only, p)
			}
		}
		printProblems(s.ErrOut, only)
		return &reportedError{err}
	}
	return err
}

// whatFiles says what a build wrote: "100 documents, index.html, manifest.json". A document
// has a variant; the other files are named.
func whatFiles(files []output.Entry) string {
	docs := 0
	var others []string
	for _, f := range files {
		if f.Variant != "" {
			docs++
		} else {
			others = append(others, path.Base(f.Path))
		}
	}
	parts := []string{fmt.Sprintf("%d documents", docs)}
	if docs == 1 {
		parts[0] = "1 document"
	}
	return strings.Join(append(parts, others...), ", ")
}

func (r *report) dir() string {
	if r.outDir == "" {
		return "standard output"
	}
	return strings.TrimSuffix(r.outDir, "/") + "/"
}
