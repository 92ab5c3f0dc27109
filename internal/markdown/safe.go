package markdown

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark/ast"

	"github.com/policygen/policygen/internal/links"
)

// UnsafeError is a template that writes what no document may hold: raw HTML, an image, or a
// link the link rule refuses. Values from the company file are escaped and own sections are
// checked when the file is loaded, so only a template can cause it; every renderer would
// otherwise have to guess what to do with it.
type UnsafeError struct {
	Variant string
	Line    int // in the Markdown the template produced
	What    string
}

func (e *UnsafeError) Error() string {
	return fmt.Sprintf("template %s (or a partial it uses) writes %s on line %d of its Markdown; "+
		"templates may use Markdown text, lists, tables and links to #anchors, mailto:, tel: and the company website only",
		e.Variant, e.What, e.Line)
}

// checkSafe refuses raw HTML, images and links outside the link rule in a rendered document.
func checkSafe(variant string, doc *Document) error {
	rule := links.NewRule(doc.Meta.Website)
	var found *UnsafeError
	src := doc.Body
	fail := func(n ast.Node, what string) {
		found = &UnsafeError{Variant: variant, Line: nodeLine(n, src), What: what}
	}
	_ = ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock, *ast.RawHTML:
			fail(n, "raw HTML")
		case *ast.Image:
			fail(n, fmt.Sprintf("an image (%s)", n.Destination))
		case *ast.Link:
			if dest := links.Destination(n.Destination); !rule.Allows(dest) {
				fail(n, fmt.Sprintf("a link to %q", dest))
			}
		case *ast.AutoLink:
			dest := string(n.URL(src))
			if n.AutoLinkType == ast.AutoLinkEmail {
				dest = "mailto:" + dest
			}
			if _, ok := rule.Allowed(dest); !ok {
				fail(n, fmt.Sprintf("a link to %q", dest))
			}
		}
		if found != nil {
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if found != nil {
		return found
	}
	return nil
}

// nodeLine is the 1-based line of src where n (or the block holding it) starts.
func nodeLine(n ast.Node, src []byte) int {
	for c := n; c != nil; c = c.Parent() {
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			return bytes.Count(src[:c.Lines().At(0).Start], []byte("\n")) + 1
		}
		if r, ok := c.(*ast.RawHTML); ok && r.Segments.Len() > 0 {
			return bytes.Count(src[:r.Segments.At(0).Start], []byte("\n")) + 1
		}
	}
	return 0
}
