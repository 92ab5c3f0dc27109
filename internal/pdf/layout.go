package pdf

// The layout engine turns the document into a flow of items (lines, table rows, rules) with
// known heights, independent of gofpdf; paginate places the flow on pages, and draw replays
// the placed elements into a PDF.

// elemKind is what an element draws.
type elemKind uint8

const (
	elemText    elemKind = iota // a run of text; y is its baseline
	elemFill                    // a filled rectangle
	elemLine                    // a stroked line from (x, y) to (x+w, y+h)
	elemBox                     // a stroked rectangle (an empty task box)
	elemPageRef                 // the page number of ref, right-aligned at x
	elemNone                    // nothing
	elemImage                   // the company logo in the box (x, y, w, h)
	elemGoTo                    // a clickable area (x, y, w, h) leading to ref's heading
)

// element is one drawing instruction, positioned relative to its item (or, once paginated,
// to the page).
type element struct {
	x, y  float64
	w, h  float64
	run   run
	lineW float64
	ref   *anchor // for elemPageRef and elemGoTo
	kind  elemKind
	color rgb
	dots  bool // a dotted line (leaders)
}

// anchor is a heading: an outline entry and, for levels 2 and 3, a table of contents line.
type anchor struct {
	level int
	title string
	page  int     // 1-based, set by pagination
	y     float64 // top of the heading on its page
}

// item is one unit of the flow: it is placed whole on a page, below the previous one.
type item struct {
	height      float64
	spaceBefore float64 // dropped at the top of a page
	keep        bool    // keep on the same page as the next item, when the chain fits a page
	bind        bool    // keep with the next item even when a longer kept chain cannot fit
	heading     bool    // a heading line: never the last item on a page
	newPage     bool    // starts a new page
	elems       []element
	anchor      *anchor
	row         *tableRow // a table body row: repeats the header after a break, may be split
	undrawn     bool      // the rest of a split row: its elements are row's, made when placed
}

func (it *item) shift(dx, dy float64) {
	for i := range it.elems {
		it.elems[i].x += dx
		it.elems[i].y += dy
	}
}

// lineHeight is the height of a line of text of size points.
func (th theme) lineHeight(size float64) float64 { return size * th.leading }

// baseline is where text of size sits within a line of height h.
func baseline(size, h float64) float64 { return h/2 + 0.34*size }

// appendTextElems appends the elements drawing l with its left edge at x and its top at y,
// in a line of height h.
func appendTextElems(els []element, l line, x, y, h float64) []element {
	for _, r := range l.runs {
		if r.text == "" {
			continue
		}
		els = append(els, element{kind: elemText, x: x + r.x, y: y + baseline(r.style.size, h), w: r.width, run: r})
	}
	return els
}

// lineItems turns broken lines into flow items indented by x. Their elements are cut from
// one block, each item's capped at its own, so that appending to one copies it.
func (th theme) lineItems(arena *elemArena, ls []line, x float64, size float64) []item {
	h := th.lineHeight(size)
	items := arena.takeItems(len(ls))
	n := 0
	for _, l := range ls {
		n += len(l.runs)
	}
	block := arena.take(n)
	for i, l := range ls {
		start := len(block)
		block = appendTextElems(block, l, x, 0, h)
		items[i] = item{height: h, elems: block[start:len(block):len(block)]}
	}
	return items
}
