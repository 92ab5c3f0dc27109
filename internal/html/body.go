package html

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/policygen/policygen/internal/links"
	"github.com/policygen/policygen/internal/markdown"
	"github.com/policygen/policygen/internal/typography"
)

// contents writes the table of contents: h2 entries, each with its h3 entries nested.
func (p *page) contents(label string) {
	if len(p.toc) == 0 {
		return
	}
	p.str("<nav class=\"toc\" id=\"contents\" aria-labelledby=\"contents-label\">\n<h2 id=\"contents-label\">")
	p.esc(label)
	p.str("</h2>\n<ol>\n")
	inSub := false
	for i, e := range p.toc {
		// An h3 nests under the h2 before it; one without an h2 before it stays at the top.
		sub := e.level == 3 && i > 0 && (inSub || p.toc[i-1].level == 2)
		switch {
		case i == 0:
		case sub && !inSub:
			p.str("\n<ol>\n")
		case !sub && inSub:
			p.str("</li>\n</ol>\n</li>\n")
		default:
			p.str("</li>\n")
		}
		inSub = sub
		p.str("<li><a href=\"#")
		p.esc(e.id)
		p.str("\">")
		p.esc(e.text)
		p.str("</a>")
	}
	if inSub {
		p.str("</li>\n</ol>\n")
	}
	p.str("</li>\n</ol>\n</nav>\n")
}

// blocks writes n's block children.
func (p *page) blocks(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c == p.titleNode || c == p.bylineNode {
			continue
		}
		p.block(c)
	}
}

func (p *page) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		level := strconv.Itoa(n.Level)
		p.str("<h" + level + " id=\"")
		p.esc(p.ids[n])
		p.str("\">")
		p.inlines(n)
		p.str("</h" + level + ">\n")
	case *ast.Paragraph:
		p.str("<p>")
		p.inlines(n)
		p.str("</p>\n")
	case *ast.TextBlock:
		p.inlines(n)
		if n.NextSibling() != nil {
			p.str("\n")
		}
	case *ast.Blockquote:
		p.str("<blockquote>\n")
		p.blocks(n)
		p.str("</blockquote>\n")
	case *ast.List:
		p.list(n)
	case *ast.ThematicBreak:
		p.str("<hr>\n")
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		p.str("<pre><code>")
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			p.text.RawWrite(p.w, seg.Value(p.source))
		}
		p.str("</code></pre>\n")
	case *east.Table:
		p.table(n)
	case *ast.HTMLBlock:
		// Raw HTML is never passed through.
	default:
		p.blocks(n)
	}
}

func (p *page) list(n *ast.List) {
	tag := "ul"
	if n.IsOrdered() {
		tag = "ol"
	}
	p.str("<" + tag)
	if n.IsOrdered() && n.Start != 1 {
		p.str(" start=\"" + strconv.Itoa(n.Start) + "\"")
	}
	if isTaskList(n) {
		p.str(" class=\"task-list\"")
	}
	p.str(">\n")
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		if box := taskCheckBox(item); box != nil {
			p.str("<li class=\"task\">")
			p.task(item, box)
		} else {
			p.str("<li>")
			p.blocks(item)
		}
		p.str("</li>\n")
	}
	p.str("</" + tag + ">\n")
}

// task writes a task-list item: a check box that can be ticked, labelled by the item's
// first line, then the rest of the item.
func (p *page) task(item ast.Node, box *east.TaskCheckBox) {
	first := item.FirstChild()
	id := p.taskIDs[box]
	p.str("<input type=\"checkbox\" id=\"")
	p.esc(id)
	p.str("\"")
	if box.IsChecked {
		p.str(" checked")
	}
	p.str("> <label for=\"")
	p.esc(id)
	p.str("\">")
	p.inlines(first)
	p.str("</label>")
	if first.NextSibling() != nil {
		p.str("\n")
	}
	for c := first.NextSibling(); c != nil; c = c.NextSibling() {
		p.block(c)
	}
}

// taskCheckBox returns the check box that opens a task-list item, or nil.
func taskCheckBox(item ast.Node) *east.TaskCheckBox {
	first := item.FirstChild()
	if first == nil {
		return nil
	}
	box, _ := first.FirstChild().(*east.TaskCheckBox)
	return box
}

func isTaskList(n *ast.List) bool {
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		if taskCheckBox(item) != nil {
			return true
		}
	}
	return false
}

// wideCell is the display width from which a column is given room to wrap its text in
// readable lines rather than one word per line.
const wideCell = 36

func (p *page) table(n *east.Table) {
	wide := p.wideColumns(n)
	p.str("<div class=\"table-wrap\">\n<table>\n")
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		header := row.Kind() == east.KindTableHeader
		cell := "td"
		if header {
			cell = "th"
			p.str("<thead>\n")
		} else if row == n.FirstChild() || row.PreviousSibling().Kind() == east.KindTableHeader {
			p.str("<tbody>\n")
		}
		p.str("<tr>\n")
		col := 0
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			p.str("<" + cell)
			if header {
				p.str(" scope=\"col\"")
			}
			class := ""
			if tc, ok := c.(*east.TableCell); ok {
				switch tc.Alignment {
				case east.AlignRight:
					class = "align-right"
				case east.AlignCenter:
					class = "align-center"
				}
			}
			if header && col < len(wide) && wide[col] {
				class = strings.TrimSpace(class + " wide")
			}
			if class != "" {
				p.str(" class=\"" + class + "\"")
			}
			col++
			p.str(">")
			p.inlines(c)
			p.str("</" + cell + ">\n")
		}
		p.str("</tr>\n")
		if header {
			p.str("</thead>\n")
		} else if row.NextSibling() == nil {
			p.str("</tbody>\n")
		}
	}
	p.str("</table>\n</div>\n")
}

// wideColumns reports for each column whether one of its body cells holds long text.
func (p *page) wideColumns(n *east.Table) []bool {
	var wide []bool
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		if row.Kind() == east.KindTableHeader {
			continue
		}
		col := 0
		for c := row.FirstChild(); c != nil; c, col = c.NextSibling(), col+1 {
			for len(wide) <= col {
				wide = append(wide, false)
			}
			if !wide[col] && typography.Width(plainText(c, p.source)) >= wideCell {
				wide[col] = true
			}
		}
	}
	return wide
}

// inlines writes n's inline children.
func (p *page) inlines(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		p.inline(c)
	}
}

func (p *page) inline(n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		v := n.Value(p.source)
		if end, start, ok := markdown.ContactBreak(n, p.source); ok {
			p.text.Write(p.w, v[:end])
			p.str("<br>")
			v = v[start:]
		}
		if n.IsRaw() {
			p.text.RawWrite(p.w, v)
		} else {
			p.text.Write(p.w, v)
		}
		switch {
		case n.HardLineBreak():
			p.str("<br>\n")
		case n.SoftLineBreak() && !p.joinsWide(v, n.NextSibling()):
			p.str("\n")
		}
	case *ast.String:
		p.text.RawWrite(p.w, n.Value)
	case *ast.CodeSpan:
		p.str("<code>")
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				v := t.Value(p.source)
				if l := len(v); l > 0 && v[l-1] == '\n' {
					p.text.RawWrite(p.w, v[:l-1])
					p.str(" ")
				} else {
					p.text.RawWrite(p.w, v)
				}
			}
		}
		p.str("</code>")
	case *ast.Emphasis:
		tag := "em"
		if n.Level >= 2 {
			tag = "strong"
		}
		p.str("<" + tag + ">")
		p.inlines(n)
		p.str("</" + tag + ">")
	case *ast.Link:
		p.link(links.Destination(n.Destination), string(n.Title), n)
	case *ast.AutoLink:
		dest := string(n.URL(p.source))
		if n.AutoLinkType == ast.AutoLinkEmail {
			dest = markdown.Mailto(dest)
		}
		if href, ok := p.links.Allowed(dest); ok {
			p.str("<a href=\"")
			p.esc(href)
			p.str("\">")
			p.text.RawWrite(p.w, n.Label(p.source))
			p.str("</a>")
		} else {
			p.text.RawWrite(p.w, n.Label(p.source))
		}
	case *ast.Image:
		p.inlines(n) // its alt text
	case *east.TaskCheckBox:
		// Written by task, before the label; one elsewhere is not a list item's box.
	case *ast.RawHTML:
		// Raw HTML is never passed through.
	default:
		p.inlines(n)
	}
}

// joinsWide reports whether a line break falls between two East Asian wide characters, where
// it must vanish rather than become a space, as Chinese does not separate words.
func (p *page) joinsWide(before []byte, next ast.Node) bool {
	t, ok := next.(*ast.Text)
	if !ok || len(before) == 0 {
		return false
	}
	last, _ := utf8.DecodeLastRune(before)
	first, _ := utf8.DecodeRune(t.Value(p.source))
	return typography.IsWide(last) && typography.IsWide(first)
}

// link writes an anchor when dest is allowed, otherwise only the link's text.
func (p *page) link(dest, title string, n ast.Node) {
	href, ok := p.links.Allowed(dest)
	if !ok {
		p.inlines(n)
		return
	}
	p.str("<a href=\"")
	p.esc(href)
	p.str("\"")
	if title != "" {
		p.str(" title=\"")
		p.esc(title)
		p.str("\"")
	}
	p.str(">")
	p.inlines(n)
	p.str("</a>")
}
