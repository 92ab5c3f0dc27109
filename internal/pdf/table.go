package pdf

import (
	"math"
	"sort"
	"strings"

	east "github.com/yuin/goldmark/extension/ast"
)

const (
	cellPadX = 5.0
	cellPadY = 3.5
	// smallTable is the most body rows a table may have to be kept whole on one page (with
	// its lead-in), when it fits there: a short escalation or channel table is read at a glance.
	smallTable = 6
)

// tableRow is one laid-out table row, kept so pagination can split a row taller than a page
// and repeat the header row after a page break.
type tableRow struct {
	cells  [][]line  // lines of each cell
	x      []float64 // left edge of each column
	w      []float64 // width of each column
	size   float64
	fill   *rgb
	header *item // the table's header row, repeated on every page the table continues to
}

// table lays out a GFM table: columns sized to their content, the header row shaded and
// kept with the first body row, body rows never split unless taller than a page.
func (lo *layouter) table(n *east.Table, x float64) {
	st := textStyle{size: lo.th.table, color: lo.th.text}
	rows := make([][][]cluster, 0, n.ChildCount())
	var header int // number of header rows (0 or 1)
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		if _, ok := r.(*east.TableHeader); ok {
			header = 1
		}
		cells := make([][]cluster, 0, r.ChildCount())
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cst := st
			if header == 1 && len(rows) == 0 {
				cst.bold = true
			}
			cells = append(cells, lo.br.cellClusters(contactLines(lo.spans(c, cst))))
		}
		rows = append(rows, cells)
	}
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	widths := lo.tableWidths(rows, header == 1, cols, lo.width-x)
	xs := make([]float64, cols)
	for i := 1; i < cols; i++ {
		xs[i] = xs[i-1] + widths[i-1]
	}
	for i := range xs {
		xs[i] += x
	}
	items := make([]item, 0, len(rows))
	head := -1
	trs := make([]tableRow, len(rows))      // the rows' own records, one allocation
	lines := make([][]line, len(rows)*cols) // and their cells' lines
	for i, cells := range rows {
		tr := &trs[i]
		*tr = tableRow{x: xs, w: widths, size: lo.th.table, cells: lines[i*cols : (i+1)*cols : (i+1)*cols]}
		for c := 0; c < cols && c < len(cells); c++ {
			tieLinks(cells[c], widths[c]-2*cellPadX)
			tr.cells[c] = lo.br.breakClusters(cells[c], widths[c]-2*cellPadX)
		}
		switch {
		case i < header:
			tr.fill = &lo.th.headerFill
		case (i-header)%2 == 1:
			tr.fill = &lo.th.zebraFill
		}
		it := lo.th.rowItem(lo.arena, tr, i < header, nil)
		if i < header {
			it.keep, it.bind = true, true
			items = append(items, it)
			head = len(items) - 1
			continue
		}
		it.row = tr
		items = append(items, it)
	}
	if body := len(items) - max(head+1, 0); body <= smallTable {
		for i := range items[:len(items)-1] {
			items[i].keep = true
		}
	}
	if head >= 0 {
		h := items[head]
		for i := range items {
			if items[i].row != nil {
				items[i].row.header = &h
			}
		}
	}
	lo.push(items, 8)
	lo.space = 8
}

// tableWidths sizes the columns so that every address stands on one line after its label
// ("e-mail: petra.svobodova@…") or, when the table is too narrow for that, on a line of its
// own below the label; when even that is too wide, a header may wrap so that fewer
// addresses break. Of these layouts it takes the first that breaks the fewest addresses.
func (lo *layouter) tableWidths(rows [][][]cluster, header bool, cols int, avail float64) []float64 {
	tied := func(labels bool) [][][]cluster {
		var whole [][][]cluster // rows itself until a cell holds a link
		for i, r := range rows {
			for c, cs := range r {
				u := unbroken(cs, labels)
				if len(cs) == 0 || &u[0] == &cs[0] {
					continue // not copied: whole, if made, holds cs already
				}
				if whole == nil {
					whole = make([][][]cluster, len(rows))
					for j := range rows {
						whole[j] = append([][]cluster(nil), rows[j]...)
					}
				}
				whole[i][c] = u
			}
		}
		if whole == nil {
			return rows
		}
		return whole
	}
	// broken counts the cells of whole whose longest unbreakable piece is wider than widths.
	broken := func(whole [][][]cluster, widths []float64) int {
		n := 0
		for _, r := range whole {
			for c, cs := range r {
				if narrow, _ := extent(cs); narrow+2*cellPadX > widths[c]+epsilon {
					n++
				}
			}
		}
		return n
	}
	labelled, plain := tied(true), tied(false)
	widths := lo.columnWidths(labelled, header, cols, avail)
	if broken(labelled, widths) == 0 {
		return widths
	}
	best, fewest := widths, broken(plain, widths)
	for _, h := range []bool{header, false} {
		widths := lo.columnWidths(plain, h, cols, avail)
		if n := broken(plain, widths); n < fewest {
			best, fewest = widths, n
		}
	}
	return best
}

// rowHeight is the height of rowItem's item.
func (th theme) rowHeight(tr *tableRow, header bool, part [][2]int) float64 {
	lh := th.lineHeight(tr.size)
	height := 0.0
	for c, ls := range tr.cells {
		n := len(ls)
		if part != nil {
			n = part[c][1] - part[c][0]
		}
		height = max(height, float64(n)*lh)
	}
	if !header && part == nil && tr.blank() {
		height = max(height, blankRowLines*lh) // room to write in by hand
	}
	return height + 2*cellPadY
}

// rowItem draws rows of tr: all of them, or only the line range span gives per cell.
func (th theme) rowItem(arena *elemArena, tr *tableRow, header bool, part [][2]int) item {
	lh := th.lineHeight(tr.size)
	height := th.rowHeight(tr, header, part)
	n := 2 // the fill and the rule
	for c, ls := range tr.cells {
		if part != nil {
			ls = ls[part[c][0]:part[c][1]]
		}
		for _, l := range ls {
			n += len(l.runs)
		}
	}
	it := item{height: height, elems: arena.take(n)}
	right := tr.x[len(tr.x)-1] + tr.w[len(tr.w)-1]
	if tr.fill != nil {
		it.elems = append(it.elems, element{kind: elemFill, x: tr.x[0], y: 0, w: right - tr.x[0], h: height, color: *tr.fill})
	}
	for c, ls := range tr.cells {
		if part != nil {
			ls = ls[part[c][0]:part[c][1]]
		}
		for i, l := range ls {
			it.elems = appendTextElems(it.elems, l, tr.x[c]+cellPadX, cellPadY+float64(i)*lh, lh)
		}
	}
	rule, w := th.rule, 0.5
	if header {
		rule, w = th.accent, 0.9
	}
	it.elems = append(it.elems, element{kind: elemLine, x: tr.x[0], y: height, w: right - tr.x[0], color: rule, lineW: w})
	return it
}

// split cuts a row taller than avail into a first part that fits and the rest. The first
// part always holds at least one line, so splitting always makes progress.
func (th theme) split(arena *elemArena, it item, avail float64) (first, rest item, ok bool) {
	tr := it.row
	lh := th.lineHeight(tr.size)
	fit := max(int(math.Floor((avail-2*cellPadY)/lh)), 1)
	head := make([][2]int, len(tr.cells))
	tail := make([][2]int, len(tr.cells))
	more := false
	for c, ls := range tr.cells {
		k := min(fit, len(ls))
		head[c] = [2]int{0, k}
		tail[c] = [2]int{k, len(ls)}
		if k < len(ls) {
			more = true
		}
	}
	if !more {
		return it, item{}, false
	}
	first = th.rowItem(arena, tr, false, head)
	restRow := *tr
	restRow.cells = make([][]line, len(tr.cells))
	for c, ls := range tr.cells {
		restRow.cells[c] = ls[tail[c][0]:tail[c][1]]
	}
	// The rest is drawn when it is placed (paginator.place): a row many pages long is split
	// again and again, and drawing every rest would cost the square of its length.
	rest = item{height: th.rowHeight(&restRow, false, nil), row: &restRow, undrawn: true}
	first.row = &tableRow{header: tr.header}
	return first, rest, true
}

// columnWidths sizes columns like a browser's automatic table layout: each column gets at
// least its longest word (and a short header unbroken); columns that need little more to
// fit on one line get it, and the rest share what is left in proportion to their need.
func (lo *layouter) columnWidths(rows [][][]cluster, header bool, cols int, avail float64) []float64 {
	minW := make([]float64, cols)
	maxW := make([]float64, cols)
	for i, r := range rows {
		for c, cs := range r {
			narrow, wide := extent(cs)
			if header && i == 0 {
				narrow = max(narrow, min(wide, avail/float64(cols+1)))
			}
			minW[c] = max(minW[c], narrow+2*cellPadX)
			maxW[c] = max(maxW[c], wide+2*cellPadX)
		}
	}
	for c := range minW {
		minW[c] = min(max(minW[c], 2*cellPadX+8), avail/2)
		maxW[c] = max(maxW[c], minW[c])
	}
	shrinkWidest(minW, avail)
	w := append([]float64(nil), minW...)
	left := avail - sum(minW)
	if left <= 0 {
		for c := range w {
			w[c] = avail * minW[c] / sum(minW)
		}
		return w
	}
	order := make([]int, cols)
	for c := range order {
		order[c] = c
	}
	sort.SliceStable(order, func(i, j int) bool { return maxW[order[i]]-minW[order[i]] < maxW[order[j]]-minW[order[j]] })
	rest := order
	for len(rest) > 0 {
		c := rest[0]
		need := maxW[c] - minW[c]
		if need > left/float64(len(rest)) {
			break
		}
		w[c] += need
		left -= need
		rest = rest[1:]
	}
	totalNeed := 0.0
	for _, c := range rest {
		totalNeed += maxW[c] - minW[c]
	}
	for _, c := range rest {
		w[c] += left * (maxW[c] - minW[c]) / totalNeed
	}
	if len(rest) == 0 { // everything fits on one line: spread the slack evenly
		for c := range w {
			w[c] += left / float64(cols)
		}
	}
	return w
}

// shrinkWidest makes the longest words fit when they cannot all stand whole: it narrows the
// widest columns first (a long e-mail address breaks), so that short words such as a header
// "Level" or a role never break in the middle, down to an even share of the width.
func shrinkWidest(minW []float64, avail float64) {
	floor := avail / float64(len(minW))
	for over := sum(minW) - avail; over > 0.01; over = sum(minW) - avail {
		widest := 0
		for c := range minW {
			if minW[c] > minW[widest] {
				widest = c
			}
		}
		next := floor
		for c := range minW {
			if c != widest && minW[c] > next && minW[c] < minW[widest] {
				next = minW[c]
			}
		}
		if minW[widest] <= floor {
			return
		}
		minW[widest] = max(next, minW[widest]-over, floor)
	}
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

// blankRowLines is the height, in lines, of a body row with nothing in it: a row of a form
// filled in by hand (the checklist's follow-up table).
const blankRowLines = 2

// blank reports whether no cell of the row shows anything.
func (tr *tableRow) blank() bool {
	for _, ls := range tr.cells {
		for _, l := range ls {
			if strings.TrimSpace(l.text()) != "" {
				return false
			}
		}
	}
	return true
}
