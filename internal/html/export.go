package html

import (
	"github.com/yuin/goldmark/ast"

	"github.com/policygen/policygen/internal/links"
	"github.com/policygen/policygen/internal/markdown"
)

// LinkTarget applies the link rule every format shares (internal/links) for other formats:
// it reports whether dest may become a link in a document of a company whose website is
// website, and returns the target.
func LinkTarget(website, dest string) (string, bool) {
	return links.NewRule(website).Allowed(dest)
}

// HeadingIDs returns the id the HTML page gives each heading of doc (the leading title has
// none), so that other formats resolve "#id" links to the same headings.
func HeadingIDs(doc *markdown.Document) map[*ast.Heading]string {
	p := page{source: doc.Body}
	p.outline(doc.Root)
	return p.ids
}
