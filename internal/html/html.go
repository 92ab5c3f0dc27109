// Package html renders a policy document's goldmark AST as one self-contained HTML page: no
// script, no network request, embedded CSS for screen and A4 print.
package html

import (
	"bufio"
	"bytes"
	"cmp"
	_ "embed"
	"errors"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	gmhtml "github.com/yuin/goldmark/renderer/html"

	"github.com/policygen/policygen/internal/links"
	"github.com/policygen/policygen/internal/markdown"
)

//go:embed style.css
var styleSheet string

// Render renders doc as one self-contained HTML page. It never modifies doc.Root.
func Render(doc *markdown.Document) ([]byte, error) {
	if doc == nil || doc.Root == nil {
		return nil, errors.New("render html: the document has not been parsed")
	}
	var out bytes.Buffer
	out.Grow(len(doc.Body)*2 + len(styleSheet) + 2048)
	w := bufio.NewWriterSize(&out, 16<<10)

	p := &page{
		w:      w,
		text:   gmhtml.NewWriter(),
		source: doc.Body,
		links:  links.NewRule(doc.Meta.Website),
	}
	p.outline(doc.Root)

	p.head(doc.Meta)
	p.header(doc.Meta)
	p.contents(doc.Meta.Labels.Contents)
	p.str("<main>\n")
	p.blocks(doc.Root)
	p.str("</main>\n")
	p.footer(doc.Meta)
	p.str("</body>\n</html>\n")

	if err := w.Flush(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// page holds the state of one rendering; it only reads the AST.
type page struct {
	w      *bufio.Writer
	text   gmhtml.Writer // unescapes Markdown text and escapes it for HTML
	source []byte
	links  links.Rule

	titleNode  ast.Node // the body's leading H1, shown by the page header instead
	bylineNode ast.Node // the paragraph after it, likewise
	ids        map[*ast.Heading]string
	taskIDs    map[*east.TaskCheckBox]string
	toc        []tocEntry
}

func (p *page) str(s string) { _, _ = p.w.WriteString(s) }

// esc writes s escaped for HTML text and double-quoted attribute values.
func (p *page) esc(s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			rep = "&#34;"
		case '\'':
			rep = "&#39;"
		default:
			continue
		}
		p.str(s[last:i])
		p.str(rep)
		last = i + 1
	}
	p.str(s[last:])
}

func (p *page) head(m markdown.Meta) {
	p.str("<!doctype html>\n<html lang=\"")
	p.esc(m.BCP47)
	p.str("\">\n<head>\n<meta charset=\"utf-8\">\n")
	p.str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	p.str("<meta name=\"generator\" content=\"policygen\">\n")
	p.str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
	p.str("<title>")
	p.esc(p.title(m))
	if m.Company != "" {
		p.str(" — ")
		p.esc(m.Company)
	}
	p.str("</title>\n<style>\n")
	p.str(styleSheet)
	p.str(accentStyle(m.Accent))
	p.str("</style>\n</head>\n<body>\n")
}

// title is the document title from Meta, or from the body's leading H1 when Meta has none.
func (p *page) title(m markdown.Meta) string {
	if m.Title != "" || p.titleNode == nil {
		return m.Title
	}
	return plainText(p.titleNode, p.source)
}

func (p *page) header(m markdown.Meta) {
	p.str("<header class=\"doc-header\">\n")
	p.logo(m.Logo)
	if m.Company != "" {
		p.str("<p class=\"company\">")
		p.esc(m.Company)
		p.str("</p>\n")
	}
	p.str("<h1>")
	p.esc(p.title(m))
	p.str("</h1>\n")
	p.revision(m, "doc-meta", true)
	p.str("</header>\n")
}

// revision writes the version and last-revised date, and with site the company website, as
// a small definition list.
func (p *page) revision(m markdown.Meta, class string, site bool) {
	if m.Version == "" && m.Date == "" {
		return
	}
	p.str("<dl class=\"")
	p.str(class)
	p.str("\">\n")
	if m.Version != "" {
		p.revisionRow(m.Labels.Version, func() { p.esc(m.Version) })
	}
	if m.Date != "" {
		p.revisionRow(m.Labels.LastRevised, func() {
			date := cmp.Or(m.DateText, m.Date) // as the line under the title writes it
			if m.ISODate == "" {
				p.esc(date)
				return
			}
			p.str("<time datetime=\"")
			p.esc(m.ISODate)
			p.str("\">")
			p.esc(date)
			p.str("</time>")
		})
	}
	if site && m.Website != "" && m.Labels.Website != "" {
		p.revisionRow(m.Labels.Website, func() {
			href, ok := p.links.Allowed(m.Website)
			if !ok {
				p.esc(m.Website)
				return
			}
			p.str("<a href=\"")
			p.esc(href)
			p.str("\">")
			p.esc(m.Website)
			p.str("</a>")
		})
	}
	p.str("</dl>\n")
}

// revisionRow writes one row of the revision list: the label, then what value writes.
func (p *page) revisionRow(label string, value func()) {
	p.str("<div><dt>")
	p.esc(label)
	p.str("</dt><dd>")
	value()
	p.str("</dd></div>\n")
}

func (p *page) footer(m markdown.Meta) {
	p.str("<footer class=\"doc-footer\">\n<p>")
	parts := [...]string{m.Company, p.title(m)}
	first := true
	for _, s := range parts {
		if s == "" {
			continue
		}
		if !first {
			p.esc(m.Sep())
		}
		p.esc(s)
		first = false
	}
	p.str("</p>\n")
	p.revision(m, "doc-meta", false)
	p.str("</footer>\n")
}
