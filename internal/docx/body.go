package docx

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// block is where a block is written: inside a list item, a quote or neither.
type block struct {
	depth int    // list nesting, 0 outside lists
	style string // paragraph style for plain paragraphs, "" for Normal
}

// blocks writes n's block children.
func (d *document) blocks(n ast.Node, at block) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c == d.titleNode || c == d.bylineNode {
			continue
		}
		d.block(c, at)
	}
}

func (d *document) block(n ast.Node, at block) {
	w := &d.body
	switch n := n.(type) {
	case *ast.Heading:
		level := wordLevel(n.Level)
		if n.Level == 2 && d.ownPage(n) {
			d.pageBreak = true
		}
		d.pOpen(w, "Heading"+strconv.Itoa(level), "")
		name := d.bookmarkOf[n]
		id := itoa(d.id())
		w.str(`<w:bookmarkStart w:id="` + id + `" w:name="` + name + `"/>`)
		d.inlines(w, n, runStyle{})
		w.str(`<w:bookmarkEnd w:id="` + id + `"/>`)
		w.str("</w:p>")
	case *ast.Paragraph, *ast.TextBlock:
		props := ""
		if at.depth > 0 {
			props = `<w:ind w:left="` + itoa(listIndent*at.depth) + `"/>`
		}
		d.pOpen(w, at.style, props)
		d.inlines(w, n, runStyle{})
		w.str("</w:p>")
	case *ast.Blockquote:
		d.blocks(n, block{depth: at.depth, style: "Quote"})
	case *ast.List:
		d.list(n, at)
	case *ast.ThematicBreak:
		d.pOpen(w, "Rule", "")
		w.str("</w:p>")
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		d.pOpen(w, "HTMLPreformatted", "")
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			v := seg.Value(d.src)
			if l := len(v); l > 0 && v[l-1] == '\n' {
				v = v[:l-1]
			}
			if i > 0 {
				w.str("<w:r><w:rPr>" + d.langProp() + "</w:rPr><w:br/></w:r>")
			}
			d.run(w, string(v), runStyle{})
		}
		w.str("</w:p>")
	case *east.Table:
		d.table(n)
	case *ast.HTMLBlock:
		// Raw HTML is never passed through.
	default:
		d.blocks(n, at)
	}
}

// pOpen opens a paragraph of style (Normal when ""); props are further paragraph
// properties, in schema order after the style and a pending page break.
func (d *document) pOpen(w *xmlWriter, style, props string) {
	w.str("<w:p>")
	if style == "" && props == "" && !d.pageBreak {
		return
	}
	w.str("<w:pPr>")
	if style != "" {
		w.str(`<w:pStyle w:val="` + style + `"/>`)
	}
	if d.pageBreak {
		w.str("<w:pageBreakBefore/>")
		d.pageBreak = false
	}
	w.str(props)
	w.str("</w:pPr>")
}

// list writes each item's first block as a numbered, bulleted or check-box paragraph and
// its further blocks indented under it.
func (d *document) list(n *ast.List, at block) {
	w := &d.body
	ilvl := min(at.depth, 8)
	numID := bulletNum
	if n.IsOrdered() {
		numID = d.newOrderedList(ilvl, n.Start)
	}
	inner := block{depth: at.depth + 1, style: "ListContinue"}
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			_, para := c.(*ast.Paragraph)
			_, text := c.(*ast.TextBlock)
			if !first || !(para || text) {
				d.block(c, inner)
				first = false
				continue
			}
			first = false
			switch {
			case isTask(c):
				d.pOpen(w, "Checklist", indent(ilvl))
			case n.IsOrdered():
				d.pOpen(w, "ListNumber", numPr(numID, ilvl))
			default:
				d.pOpen(w, "ListBullet", numPr(numID, ilvl))
			}
			d.inlines(w, c, runStyle{})
			w.str("</w:p>")
		}
	}
}

// isTask reports whether a list item's first block opens with a check box.
func isTask(n ast.Node) bool {
	_, ok := n.FirstChild().(*east.TaskCheckBox)
	return ok
}

func numPr(numID, ilvl int) string {
	return `<w:numPr><w:ilvl w:val="` + itoa(ilvl) + `"/><w:numId w:val="` + itoa(numID) + `"/></w:numPr>`
}

// indent moves a nested check-box item right by one list level.
func indent(ilvl int) string {
	if ilvl == 0 {
		return ""
	}
	return `<w:ind w:left="` + itoa(listIndent*(ilvl+1)) + `" w:hanging="` + itoa(listIndent) + `"/>`
}

func itoa(n int) string { return strconv.Itoa(n) }

// ownPage reports whether the heading h opens the section printed on a page of its own (the
// acknowledgement form).
func (d *document) ownPage(h *ast.Heading) bool {
	own := strings.Join(strings.Fields(d.meta.Labels.OwnPage), " ")
	return own != "" && strings.Join(strings.Fields(plainText(h, d.src)), " ") == own
}
