package docx

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/policygen/policygen/internal/html"
	"github.com/policygen/policygen/internal/markdown"
)

// document holds the state of one rendering; it only reads the AST.
type document struct {
	meta   markdown.Meta
	src    []byte
	page   page
	accent string
	logo   *Image
	lang   string // Word language tag of the text: "pl-PL"
	cjk    bool   // the text is mainly Chinese: East Asian fonts for ambiguous characters

	root ast.Node
	body xmlWriter // the w:body content of word/document.xml

	titleNode  ast.Node // the body's leading H1: the Title paragraph
	bylineNode ast.Node // the paragraph after it: the Subtitle paragraph
	headings   []heading
	bookmarkOf map[*ast.Heading]string
	anchorOf   map[string]string // HTML heading id → bookmark, for "#id" links

	links     []string          // external link targets, in order: relationship rIdL1, rIdL2 …
	linkOf    map[string]string // target → relationship id
	lists     []listInstance    // numbering instances, one per list
	nextID    int               // for bookmarks and content controls
	pageBreak bool              // the next paragraph starts a new page
}

// heading is one heading of the body, listed in the table of contents.
type heading struct {
	level    int // Word heading level, 1–3
	text     string
	bookmark string
}

const (
	relHyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
	relImage     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
)

func newDocument(doc *markdown.Document, pg page, accent string, logo *Image) *document {
	d := &document{
		meta:       doc.Meta,
		src:        doc.Body,
		root:       doc.Root,
		page:       pg,
		accent:     accent,
		logo:       logo,
		lang:       wordLang(doc.Meta.BCP47),
		cjk:        doc.Meta.Font == "cjk",
		bookmarkOf: map[*ast.Heading]string{},
		anchorOf:   map[string]string{},
		linkOf:     map[string]string{},
	}
	d.outline(doc)
	return d
}

// outline finds the title and byline and gives every other heading a bookmark, so that the
// table of contents and "#id" links can point at it.
func (d *document) outline(doc *markdown.Document) {
	root := doc.Root
	if h, ok := root.FirstChild().(*ast.Heading); ok && h.Level == 1 {
		d.titleNode = h
		if p, ok := h.NextSibling().(*ast.Paragraph); ok {
			d.bylineNode = p
		}
	}
	ids := html.HeadingIDs(doc)
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		h, ok := n.(*ast.Heading)
		if !ok {
			if first := n.FirstChild(); first != nil && first.Type() == ast.TypeInline {
				return ast.WalkSkipChildren, nil
			}
			return ast.WalkContinue, nil
		}
		if n == d.titleNode {
			return ast.WalkSkipChildren, nil
		}
		name := "_Toc" + strconv.Itoa(len(d.headings)+1)
		d.bookmarkOf[h] = name
		if id, ok := ids[h]; ok {
			d.anchorOf[id] = name
		}
		d.headings = append(d.headings, heading{level: wordLevel(h.Level), text: plainText(h, d.src), bookmark: name})
		return ast.WalkSkipChildren, nil
	})
}

// wordLevel maps a Markdown heading level (2–4 below the title) to a Word heading level.
func wordLevel(mdLevel int) int {
	return min(max(mdLevel-1, 1), 3)
}

func (d *document) id() int {
	d.nextID++
	return d.nextID
}

// hyperlinkRel returns the relationship id of an external link target, adding it once.
func (d *document) hyperlinkRel(target string) string {
	if id, ok := d.linkOf[target]; ok {
		return id
	}
	d.links = append(d.links, target)
	id := "rIdL" + strconv.Itoa(len(d.links))
	d.linkOf[target] = id
	return id
}

// plainText is the text of n's inlines as a reader sees it.
func plainText(n ast.Node, source []byte) string {
	var b strings.Builder
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				b.Write(textValue(c, source))
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(c.Value)
			case *ast.RawHTML:
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return collapseSpaces(b.String())
}

// collapseSpaces trims s and turns each run of ASCII white space into one space; no-break
// spaces stay as they are.
func collapseSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\r':
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
		}
	}
	return b.String()
}
