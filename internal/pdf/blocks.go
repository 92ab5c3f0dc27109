package pdf

import (
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/policygen/policygen/internal/markdown"
)

// layouter turns the block nodes of a document into flow items.
type layouter struct {
	th      theme
	br      *breaker
	arena   *elemArena    // where the elements of items and pages are cut from
	spanBuf *chunks[span] // where the spans of blocks start out
	ts      *textSource
	width   float64 // text box width
	items   []item
	anchors []*anchor
	space   float64 // vertical space owed before the next item
	marker  *marker // list marker waiting for the first line of its item
	quotes  []float64
	title   []span // the level-1 heading, shown on the cover
	logo    *markdown.Image
	ownPage string // the title of the section that starts a new page
}

// marker is a list item's bullet, number or task box.
type marker struct {
	text    string
	task    bool
	checked bool
	x       float64 // right edge of the marker column
}

func (lo *layouter) body() textStyle {
	return textStyle{size: lo.th.body, color: lo.th.text}
}

// document lays out the children of the document node.
func (lo *layouter) document(root ast.Node) {
	first := true
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 1 && first {
			lo.title = lo.spans(h, textStyle{size: lo.th.heading[1], bold: true, color: lo.th.accent})
			if p, ok := n.NextSibling().(*ast.Paragraph); ok {
				n = p // the byline: the cover states its facts in the version block
			}
			first = false
			continue
		}
		first = false
		lo.block(n, 0)
	}
}

func (lo *layouter) spans(n ast.Node, st textStyle) []span {
	ib := inlineBuilder{ts: lo.ts, spans: lo.spanBuf.take(4)}
	ib.inlines(n, st, lo.th.accent)
	return ib.spans
}

// push appends items, applying owed space and a pending list marker to the first.
func (lo *layouter) push(items []item, before float64) {
	if len(items) == 0 {
		return
	}
	items[0].spaceBefore = max(lo.space, before)
	lo.space = 0
	if lo.marker != nil {
		lo.drawMarker(&items[0])
		lo.marker = nil
	}
	for i := range items {
		for _, bar := range lo.quotes {
			top := 0.0
			if i == 0 {
				top = -items[0].spaceBefore
			}
			items[i].elems = append(items[i].elems, element{kind: elemFill, x: bar, y: top, w: 2.2, h: items[i].height - top, color: lo.th.quoteBar})
		}
	}
	lo.items = append(lo.items, items...)
}

func (lo *layouter) block(n ast.Node, x float64) {
	x = min(x, lo.width/2) // deep nesting stops indenting rather than leaving the page
	switch n := n.(type) {
	case *ast.Heading:
		lo.heading(n, x)
	case *ast.Paragraph, *ast.TextBlock:
		lo.paragraph(n, x, 6)
	case *ast.List:
		lo.list(n, x)
	case *east.Table:
		lo.table(n, x)
	case *ast.Blockquote:
		lo.quotes = append(lo.quotes, x+2)
		before := len(lo.items)
		lo.space = max(lo.space, 6)
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			lo.block(c, x+16)
		}
		lo.quotes = lo.quotes[:len(lo.quotes)-1]
		if len(lo.items) > before {
			lo.space = 6
		}
	case *ast.ThematicBreak:
		h := 18.0
		lo.push([]item{{height: h, elems: []element{{kind: elemLine, x: x, y: h / 2, w: lo.width - x, color: lo.th.rule, lineW: 0.8}}}}, 6)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		lo.code(n, x)
	case *ast.HTMLBlock:
		// Raw HTML is never shown, as in HTML.
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			lo.block(c, x)
		}
	}
}

func (lo *layouter) heading(n *ast.Heading, x float64) {
	level := min(max(n.Level, 2), 4)
	size := lo.th.heading[level]
	st := textStyle{size: size, bold: true, color: lo.th.accent}
	if level == 4 {
		st.color = lo.th.text
	}
	spans := lo.spans(n, st)
	ls := lo.br.lines(spans, lo.width-x)
	if len(ls) == 0 {
		return
	}
	items := lo.th.lineItems(lo.arena, ls, x, size)
	var title strings.Builder
	for _, s := range spans {
		title.WriteString(s.text)
	}
	a := &anchor{level: level, title: strings.Join(strings.Fields(title.String()), " ")}
	lo.anchors = append(lo.anchors, a)
	items[0].anchor = a
	items[0].newPage = level == 2 && lo.ownPage != "" && a.title == strings.Join(strings.Fields(lo.ownPage), " ")
	for i := range items {
		items[i].keep, items[i].bind, items[i].heading = true, true, true
	}
	if level == 2 {
		last := &items[len(items)-1]
		last.height += 5
		last.elems = append(last.elems, element{kind: elemLine, x: x, y: last.height - 1.5, w: lo.width - x, color: lo.th.rule, lineW: 0.6})
	}
	before := map[int]float64{2: 22, 3: 16, 4: 12}[level]
	lo.push(items, before)
	lo.space = 4
}

func (lo *layouter) paragraph(n ast.Node, x, before float64) {
	ib := inlineBuilder{ts: lo.ts, spans: lo.spanBuf.take(4)}
	ib.inlines(n, lo.body(), lo.th.accent)
	if ib.check != nil && lo.marker != nil {
		lo.marker.task, lo.marker.checked = true, *ib.check
	}
	ls := lo.breakLines(ib.spans, lo.width-x)
	items := lo.th.lineItems(lo.arena, ls, x, lo.th.body)
	orphans(items)
	if len(items) > 0 && (leadsIn(n) || lo.fillIn(n) && lo.fillIn(n.NextSibling())) {
		items[len(items)-1].keep = true
	}
	if _, tight := n.(*ast.TextBlock); tight {
		before = 2
	}
	lo.push(items, before)
}

// leadsIn reports whether the paragraph n introduces a list or a table, which must not start
// on the next page without it.
func leadsIn(n ast.Node) bool {
	switch n.NextSibling().(type) {
	case *ast.List, *east.Table:
		return true
	}
	return false
}

// fillIn reports whether n is a paragraph that ends in a line to fill in by hand
// ("Date: ______"): consecutive ones, such as a sign-off block, stay on one page.
func (lo *layouter) fillIn(n ast.Node) bool {
	p, ok := n.(*ast.Paragraph)
	if !ok || p.Lines().Len() == 0 {
		return false
	}
	last := p.Lines().At(p.Lines().Len() - 1)
	return strings.HasSuffix(strings.TrimRight(string(last.Value(lo.ts.src)), " \r\n"), "___")
}

// orphans keeps the first two and the last two lines of a paragraph together.
func orphans(items []item) {
	if len(items) < 4 {
		if len(items) > 1 {
			for i := range items[:len(items)-1] {
				items[i].keep = true
			}
		}
		return
	}
	items[0].keep = true
	items[len(items)-2].keep = true
}

func (lo *layouter) list(n *ast.List, x float64) {
	indent := 18.0
	number := n.Start
	depth := 0
	for p := n.Parent(); p != nil; p = p.Parent() {
		if _, ok := p.(*ast.List); ok {
			depth++
		}
	}
	lo.space = max(lo.space, 4)
	for li := n.FirstChild(); li != nil; li = li.NextSibling() {
		m := &marker{x: x + indent - 6}
		if n.IsOrdered() {
			m.text = strconv.Itoa(number) + string(n.Marker)
			number++
		} else {
			m.text = []string{"•", "◦", "▪"}[depth%3]
		}
		lo.marker = m
		for c := li.FirstChild(); c != nil; c = c.NextSibling() {
			lo.block(c, x+indent)
		}
		if lo.marker != nil { // an empty item still shows its marker
			lo.push([]item{{height: lo.th.lineHeight(lo.th.body)}}, 2)
		}
	}
	lo.space = max(lo.space, 4)
}

// drawMarker adds the pending marker to the first item of its list item.
func (lo *layouter) drawMarker(it *item) {
	m := lo.marker
	h := lo.th.lineHeight(lo.th.body)
	if m.task {
		s := lo.th.body * 0.78
		bx, by := m.x-s, (h-s)/2
		it.elems = append(it.elems, element{kind: elemBox, x: bx, y: by, w: s, h: s, color: lo.th.text, lineW: 0.7})
		if m.checked {
			it.elems = append(it.elems,
				element{kind: elemLine, x: bx + s*0.2, y: by + s*0.55, w: s * 0.2, h: s * 0.25, color: lo.th.accent, lineW: 1},
				element{kind: elemLine, x: bx + s*0.4, y: by + s*0.8, w: s * 0.45, h: -s * 0.65, color: lo.th.accent, lineW: 1})
		}
		return
	}
	st := lo.body()
	if len([]rune(m.text)) == 1 {
		st.color = lo.th.accent
	}
	ls := lo.br.lines([]span{{text: m.text, style: st}}, 1e9)
	if len(ls) == 0 {
		return
	}
	it.elems = appendTextElems(it.elems, ls[0], m.x-ls[0].width, 0, h)
}

// code lays out a code block line by line, as literal text.
func (lo *layouter) code(n ast.Node, x float64) {
	st := textStyle{size: lo.th.small, mono: true, color: lo.th.text}
	var items []item
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		text := lo.ts.clean(strings.TrimRight(string(seg.Value(lo.ts.src)), "\r\n"))
		ls := lo.br.lines([]span{{text: text, style: st}}, lo.width-x-12)
		if len(ls) == 0 {
			ls = []line{{}}
		}
		items = append(items, lo.th.lineItems(lo.arena, ls, x+6, st.size)...)
	}
	for i := range items {
		fill := element{kind: elemFill, x: x, y: 0, w: lo.width - x, h: items[i].height, color: lo.th.zebraFill}
		items[i].elems = append([]element{fill}, items[i].elems...)
	}
	lo.push(items, 6)
}
