package html

import (
	"bufio"
	"bytes"
	"errors"
	"strings"

	"github.com/policygen/policygen/internal/links"
	"github.com/policygen/policygen/internal/markdown"
)

// Index is the page that links every document of a build: one section per language, one line
// per variant with a link to each of its formats.
type Index struct {
	Languages []IndexLanguage
}

// IndexLanguage is the documents of one language.
type IndexLanguage struct {
	Meta      markdown.Meta // of any document in this language: names, labels, version, date
	Documents []IndexDocument
}

// IndexDocument is one variant in one language, in every format built.
type IndexDocument struct {
	Title string
	Files []IndexFile
}

// IndexFile is one built file, by its path from the output folder.
type IndexFile struct {
	Path   string // "pl/handbook.pdf"
	Format string // "html", "pdf", "md", …
}

// formatNames are the link texts of the formats, the same in every language.
var formatNames = map[string]string{"html": "HTML", "pdf": "PDF", "md": "Markdown", "docx": "DOCX"}

// RenderIndex renders the index page. Its language is that of the first language listed.
func RenderIndex(ix Index) ([]byte, error) {
	if len(ix.Languages) == 0 {
		return nil, errors.New("render index: no documents")
	}
	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	first := ix.Languages[0].Meta
	p := &page{w: w, links: links.NewRule(first.Website)}
	p.str("<!doctype html>\n<html lang=\"")
	p.esc(first.BCP47)
	p.str("\">\n<head>\n<meta charset=\"utf-8\">\n")
	p.str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	p.str("<meta name=\"generator\" content=\"policygen\">\n")
	p.str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
	p.str("<title>")
	p.esc(first.Company)
	p.str("</title>\n<style>\n")
	p.str(styleSheet)
	p.str(accentStyle(first.Accent))
	p.str(".index-docs { list-style: none; padding-left: 0; }\n.index-docs li { margin: .5rem 0; }\n" +
		".index-docs .formats { color: var(--muted); }\n")
	p.str("</style>\n</head>\n<body>\n<header class=\"doc-header\">\n")
	p.logo(first.Logo)
	p.str("<h1>")
	p.esc(first.Company)
	p.str("</h1>\n</header>\n<main>\n")
	for _, l := range ix.Languages {
		p.indexLanguage(l)
	}
	p.str("</main>\n</body>\n</html>\n")
	if err := w.Flush(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func (p *page) indexLanguage(l IndexLanguage) {
	m := l.Meta
	p.str("<section lang=\"")
	p.esc(m.BCP47)
	p.str("\" aria-labelledby=\"lang-")
	p.esc(m.Lang)
	p.str("\">\n<h2 id=\"lang-")
	p.esc(m.Lang)
	p.str("\">")
	p.esc(m.Language)
	p.str("</h2>\n")
	p.revision(m, "doc-meta", false)
	p.str("<ul class=\"index-docs\">\n")
	for _, d := range l.Documents {
		if len(d.Files) == 0 {
			continue
		}
		main := d.Files[0]
		for _, f := range d.Files {
			if f.Format == "html" {
				main = f
				break
			}
		}
		p.str("<li><a href=\"")
		p.esc(hrefPath(main.Path))
		p.str("\">")
		p.esc(d.Title)
		p.str("</a>")
		var others []IndexFile
		for _, f := range d.Files {
			if f != main {
				others = append(others, f)
			}
		}
		if len(others) > 0 {
			p.str(" <span class=\"formats\">(")
			for i, f := range others {
				if i > 0 {
					p.str(", ")
				}
				p.str("<a href=\"")
				p.esc(hrefPath(f.Path))
				p.str("\">")
				p.esc(formatName(f.Format))
				p.str("<span class=\"visually-hidden\">: ")
				p.esc(d.Title)
				p.str("</span></a>")
			}
			p.str(")</span>")
		}
		p.str("</li>\n")
	}
	p.str("</ul>\n</section>\n")
}

func formatName(f string) string {
	if n, ok := formatNames[f]; ok {
		return n
	}
	return strings.ToUpper(f)
}

// hrefPath escapes a relative path for an href: only the characters a URL path cannot hold.
func hrefPath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"#%<>?\\^`{|}", c) >= 0 {
			b.WriteString("%" + strings.ToUpper(string("0123456789abcdef"[c>>4])+string("0123456789abcdef"[c&15])))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
