package html

import (
	"github.com/yuin/goldmark/ast"

	"github.com/policygen/policygen/internal/markdown"
)

// LinkTarget applies the HTML page's link rules for other formats: it reports whether dest
// may become a link in a document of a company whose website is website, and returns the
// target. Allowed are in-page anchors, mailto: and tel: addresses, and http(s) URLs on the
// company website's host.
func LinkTarget(website, dest string) (string, bool) {
	p := page{site: siteHost(website)}
	return p.allowedHref(dest)
}

// HeadingIDs returns the id the HTML page gives each heading of doc (the leading title has
// none), so that other formats resolve "#id" links to the same headings.
func HeadingIDs(doc *markdown.Document) map[*ast.Heading]string {
	p := page{source: doc.Body}
	p.outline(doc.Root)
	return p.ids
}
