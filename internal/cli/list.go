package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/policygen/policygen/internal/build"
	"github.com/policygen/policygen/internal/i18n"
	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/typography"
	"github.com/policygen/policygen/templates"
)

type listOptions struct {
	What         string
	LocalesDir   string
	TemplatesDir string
}

func newListCmd(s Streams) *cobra.Command {
	opts := &listOptions{}
	cmd := &cobra.Command{
		Use:       "list [variants|languages|formats|sections]",
		Short:     "List document variants, languages (with translation coverage), formats or section ids",
		Args:      cobra.MatchAll(cobra.MaximumNArgs(1), cobra.OnlyValidArgs),
		ValidArgs: []string{"variants", "languages", "formats", "sections"},
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				opts.What = args[0]
			}
			return runList(opts, s)
		},
	}
	cmd.Flags().StringVar(&opts.LocalesDir, "locales", "", "folder of extra locale files")
	cmd.Flags().StringVar(&opts.TemplatesDir, "templates", "", "folder of extra templates")
	return cmd
}

func runList(opts *listOptions, s Streams) (err error) {
	w := tabwriter.NewWriter(s.Out, 0, 4, 2, ' ', 0)
	defer func() {
		if ferr := w.Flush(); err == nil && ferr != nil {
			err = &failedError{ferr}
		}
	}()
	all := opts.What == ""
	if opts.What == "sections" {
		return listSections(opts, s)
	}
	if all || opts.What == "variants" {
		if err := checkFolder("--templates", opts.TemplatesDir); err != nil {
			return err
		}
		tmpl, err := markdown.LoadTemplates(templates.FS(), opts.TemplatesDir)
		if err != nil {
			return &failedError{err}
		}
		if all {
			fmt.Fprintln(w, "variants:")
		}
		for _, v := range tmpl.Variants() {
			fmt.Fprintf(w, "%s\n", v)
		}
	}
	if all || opts.What == "languages" {
		cat, err := loadCatalog(opts.LocalesDir)
		if err != nil {
			return err
		}
		if all {
			fmt.Fprintln(w, "\nlanguages:")
		}
		rows := [][]string{{"TAG", "NAME", "COVERAGE", "FILE"}}
		for _, tag := range cat.Tags() {
			l, _ := cat.Locale(tag)
			lz, _ := cat.Localizer(tag)
			cov := i18n.Check(cat, tag).Coverage
			rows = append(rows, []string{tag, lz.Meta("name"), fmt.Sprintf("%.0f%%", cov), l.Path})
		}
		w.Flush()
		printColumns(s.Out, rows)
	}
	if all || opts.What == "formats" {
		if all {
			fmt.Fprintln(w, "\nformats:")
		}
		for _, f := range build.FormatNames() {
			fmt.Fprintln(w, f)
		}
	}
	return nil
}

// printColumns prints rows as aligned columns, counting a wide (CJK) character as two.
func printColumns(out io.Writer, rows [][]string) {
	widths := map[int]int{}
	for _, r := range rows {
		for i, cell := range r {
			widths[i] = max(widths[i], typography.Width(cell))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, cell := range r {
			b.WriteString(cell)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-typography.Width(cell)+2))
			}
		}
		fmt.Fprintln(out, b.String())
	}
}

// listSections prints, per variant, the ids of the built-in sections an own section can be
// placed after (sections[].after in the company file).
func listSections(opts *listOptions, s Streams) error {
	tmpl, err := markdown.LoadTemplates(templates.FS(), opts.TemplatesDir)
	if err != nil {
		return &failedError{err}
	}
	ids := tmpl.SectionIDs()
	for _, v := range tmpl.Variants() {
		fmt.Fprintf(s.Out, "%s: %s\n", v, strings.Join(ids[v], " "))
	}
	return nil
}
