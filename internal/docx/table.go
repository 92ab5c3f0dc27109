package docx

import (
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/policygen/policygen/internal/typography"
)

// headerFill is the shading of a table's header row.
const headerFill = "E8EEF4"

// table writes a table in the Policy Table style whose header row repeats on every page and
// whose rows never split across pages.
func (d *document) table(n *east.Table) {
	w := &d.body
	if d.pageBreak {
		w.str(`<w:p><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>`)
		d.pageBreak = false
	}
	widths := d.columnWidths(n)
	w.str(`<w:tbl><w:tblPr><w:tblStyle w:val="PolicyTable"/><w:tblW w:w="5000" w:type="pct"/>`)
	w.str(`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, cw := range widths {
		w.str(`<w:gridCol w:w="` + itoa(cw) + `"/>`)
	}
	w.str("</w:tblGrid>")
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		header := row.Kind() == east.KindTableHeader
		w.str("<w:tr><w:trPr><w:cantSplit/>")
		if header {
			w.str("<w:tblHeader/>")
		}
		w.str("</w:trPr>")
		col := 0
		for c := row.FirstChild(); c != nil && col < len(widths); c = c.NextSibling() {
			d.cellOpen(w, widths[col], header)
			jc := ""
			if tc, ok := c.(*east.TableCell); ok {
				switch tc.Alignment {
				case east.AlignRight:
					jc = `<w:jc w:val="right"/>`
				case east.AlignCenter:
					jc = `<w:jc w:val="center"/>`
				}
			}
			style := "TableText"
			if header {
				style = "TableHeading"
			}
			d.pOpen(w, style, jc)
			d.inlines(w, c, runStyle{})
			w.str("</w:p></w:tc>")
			col++
		}
		for ; col < len(widths); col++ { // a short row: every row fills the grid
			d.cellOpen(w, widths[col], header)
			w.str(`<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p></w:tc>`)
		}
		w.str("</w:tr>")
	}
	w.str("</w:tbl>")
	// A thin paragraph keeps what follows off the table's bottom edge and two tables apart.
	w.str(`<w:p><w:pPr><w:pStyle w:val="TableSpacer"/></w:pPr></w:p>`)
}

func (d *document) cellOpen(w *xmlWriter, width int, header bool) {
	w.str(`<w:tc><w:tcPr><w:tcW w:w="` + itoa(width) + `" w:type="dxa"/>`)
	if header {
		w.str(`<w:shd w:val="clear" w:color="auto" w:fill="` + headerFill + `"/>`)
	}
	w.str("</w:tcPr>")
}

// Column widths are estimated from the text in display columns (a Chinese character is two).
const (
	columnUnit = 135 // twips per display column of 10 pt text, room for a wide substitute font
	cellPad    = 240 // the cell's left and right margins and a little air
	longWord   = 20  // a word longer than this may break inside (Word and LibreOffice do)
	shortCell  = 14  // a cell this short keeps its text on one line
)

// columnWidths shares the text width among the columns: each gets room for its longest
// word, so that short words never break, and for its short cells whole; what is left goes to the columns by how much
// more text they hold, so that a column of sentences gets room and a column of numbers stays
// narrow.
func (d *document) columnWidths(n *east.Table) []int {
	var word, full []int
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		col := 0
		for c := row.FirstChild(); c != nil; c, col = c.NextSibling(), col+1 {
			if len(full) <= col {
				word, full = append(word, 1), append(full, 1)
			}
			text := plainText(c, d.src)
			width := typography.Width(text)
			least := min(longestWord(text), longWord)
			if width <= shortCell {
				least = width // a name or a date: on one line, as Chinese line breaking
				// would otherwise cut it anywhere
			}
			word[col] = max(word[col], least)
			full[col] = max(full[col], width)
		}
	}
	text := d.page.textWidth()
	widths := make([]int, len(full))
	least, extra := 0, 0
	for i := range full {
		widths[i] = word[i]*columnUnit + cellPad
		least += widths[i]
		extra += full[i] - word[i]
	}
	if least >= text || extra == 0 {
		// Not even the longest words fit, or nothing is longer than them: share in proportion.
		for i := range widths {
			widths[i] = widths[i] * text / max(least, 1)
		}
		return widths
	}
	for i := range widths {
		widths[i] += (text - least) * (full[i] - word[i]) / extra
	}
	return widths
}

// longestWord is the display width of the longest run of s that cannot break: between
// spaces (a no-break space does not end one), with every East Asian wide character a run of
// its own.
func longestWord(s string) int {
	longest, cur := 0, 0
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n':
			cur = 0
		case typography.IsWide(r):
			cur = 0
			longest = max(longest, 2)
		default:
			cur++
			longest = max(longest, cur)
		}
	}
	return longest
}
