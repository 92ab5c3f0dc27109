package docx

import (
	east "github.com/yuin/goldmark/extension/ast"
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

// columnWidths shares the text width among the columns by how much text each holds, within
// bounds, so that a column of long sentences gets room and a column of numbers stays narrow.
func (d *document) columnWidths(n *east.Table) []int {
	var weight []int
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		col := 0
		for c := row.FirstChild(); c != nil; c, col = c.NextSibling(), col+1 {
			if len(weight) <= col {
				weight = append(weight, 0)
			}
			weight[col] = max(weight[col], displayWidth(plainText(c, d.src)))
		}
	}
	total := 0
	for i, wt := range weight {
		weight[i] = min(max(wt, 6), 40)
		total += weight[i]
	}
	widths := make([]int, len(weight))
	text := d.page.textWidth()
	for i, wt := range weight {
		widths[i] = text * wt / max(total, 1)
	}
	return widths
}

// displayWidth is the width of s in columns: East Asian wide characters take two.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		w++
		if isWide(r) {
			w++
		}
	}
	return w
}
