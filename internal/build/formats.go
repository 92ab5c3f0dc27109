package build

import (
	"bytes"
	"strings"

	"github.com/policygen/policygen/internal/docx"
	"github.com/policygen/policygen/internal/html"
	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/pdf"
	"github.com/policygen/policygen/internal/typography"
)

// Format is an output format.
type Format struct {
	Name   string // as given to -f
	Ext    string // file extension
	render func(doc *markdown.Document, opts Options) ([]byte, []string, error)
}

// Formats lists the output formats in build order.
var Formats = []Format{
	{Name: "md", Ext: "md", render: renderMarkdown},
	{Name: "html", Ext: "html", render: renderHTML},
	{Name: "pdf", Ext: "pdf", render: renderPDF},
	{Name: "docx", Ext: "docx", render: renderDOCX},
}

// FormatNames returns the names of Formats.
func FormatNames() []string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return names
}

func formatByName(name string) Format {
	for _, f := range Formats {
		if f.Name == name {
			return f
		}
	}
	panic("unknown format " + name) // names are checked before a build starts
}

// renderMarkdown writes the front matter and the body. The word joiners that keep a range
// such as 6:00–14:00 on one line in print are left out: a Markdown file is text that people
// copy and search, and its viewers break lines by their own rules.
func renderMarkdown(doc *markdown.Document, _ Options) ([]byte, []string, error) {
	body := doc.Body
	if bytes.Contains(body, []byte(typography.WordJoiner)) {
		body = bytes.ReplaceAll(body, []byte(typography.WordJoiner), nil)
	}
	return append(markdown.FrontMatter(doc.Meta), body...), nil, nil
}

func renderHTML(doc *markdown.Document, _ Options) ([]byte, []string, error) {
	out, err := html.Render(doc)
	return out, nil, err
}

func renderPDF(doc *markdown.Document, opts Options) ([]byte, []string, error) {
	res, err := pdf.Render(doc, pdf.Options{Paper: opts.Paper, Created: opts.Created, Creator: opts.Generator})
	return res.PDF, res.Warnings, err
}

func renderDOCX(doc *markdown.Document, opts Options) ([]byte, []string, error) {
	o := docx.Options{Paper: opts.Paper, Created: opts.Created, Accent: strings.TrimPrefix(doc.Meta.Accent, "#")}
	if l := doc.Meta.Logo; l != nil {
		o.Logo = &docx.Image{Data: l.Data, Format: l.Format, Width: l.Width, Height: l.Height}
	}
	out, err := docx.Render(doc, o)
	return out, nil, err
}
