// Package markdown turns a resolved policy model into Markdown through the variant templates,
// and parses that Markdown into the goldmark AST every renderer starts from.
package markdown

import (
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Document is one rendered policy document in one language.
//
// Body is GitHub-flavoured Markdown without front matter. It starts with a level-1 heading (the
// document title) followed by one paragraph (the byline: company, version, last-revised date);
// every other heading is level 2 to 4. Root is Body parsed by Parse; renderers must treat it as
// read-only, because several renderers walk the same tree at once.
type Document struct {
	Meta Meta
	Body []byte
	Root ast.Node
}

// Meta is what a renderer needs to frame a document: all strings are plain text, already
// localized, never Markdown.
type Meta struct {
	Lang     string // locale tag as used in file names: "pl"
	BCP47    string // language tag for HTML lang and PDF metadata: "zh-Hans"
	Font     string // "latin" or "cjk": the locale's main script for PDF
	Company  string
	Title    string // document title, e.g. "Customer Service Standards"
	Variant  string // "standards", "handbook", …
	Version  string // newest revision's version, e.g. "1.2"
	Date     string // newest revision's date as a localized long date: "20 listopada 2026"
	DateText string // the same date as running text writes it: "20 listopada 2026 r."
	ISODate  string // the same date as YYYY-MM-DD
	Website  string // the company website ("" when absent): the only external link allowed
	Labels   Labels
	Subject  string // one-line description for PDF metadata
	Language string // native language name: "Polski"
	Logo     *Image // the company logo, nil when there is none
	Accent   string // the company colour "#rrggbb", "" for the default
	// Separator joins the parts of a running header or footer as the language sets it,
	// spaces included: " · ", " – ", "｜"; "" for " · ".
	Separator string
}

// Sep is m.Separator, or " · " when it is unset.
func (m Meta) Sep() string {
	if m.Separator == "" {
		return " · "
	}
	return m.Separator
}

// JoinNonEmpty joins the parts that are not blank with sep, each trimmed: a running header or
// footer's "label value" and "company · title" pieces, where a missing piece leaves no gap.
func JoinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

// Image is an image to embed: PNG or JPEG bytes with their pixel size.
type Image struct {
	Data          []byte
	Format        string // "png" or "jpeg"
	Width, Height int
}

// Labels are the localized words of a document's frame.
type Labels struct {
	Contents    string // table of contents heading: "Contents", "Spis treści"
	Version     string // "Version"
	LastRevised string // "Last revised"
	Website     string // "Website"
	// PageOf is "page X of Y" with the literal tokens {page} and {pages} where the numbers go:
	// "Page {page} of {pages}", "Strona {page} z {pages}", "第 {page} 页，共 {pages} 页".
	PageOf string
	// OwnPage is the title of the level-2 section that starts on a new page when printed:
	// the handbook's acknowledgement form, which staff sign and hand in. "" for none.
	OwnPage string
}

var gm = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.TaskList))
})

// Parse parses Markdown into a goldmark AST, with GFM tables and task lists and nothing that
// could turn plain text into a link.
func Parse(source []byte) ast.Node {
	return gm().Parser().Parse(text.NewReader(source), parser.WithContext(parser.NewContext()))
}

// NewDocument parses body and returns the document ready for rendering.
func NewDocument(meta Meta, body []byte) *Document {
	return &Document{Meta: meta, Body: body, Root: Parse(body)}
}
