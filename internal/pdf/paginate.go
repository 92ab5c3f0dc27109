package pdf

// page is one laid-out page: elements positioned on the page, in points from its top left.
type page struct {
	elems   []element
	anchors []*anchor
	heading bool // the last item placed is a heading line
}

// paginator places flow items on pages, top to bottom.
type paginator struct {
	arena  *elemArena // where the pages' elements are cut from; nil: allocated
	th     theme
	paper  paper
	first  int // number of the first page it fills
	pages  []page
	y      float64
	bottom float64
	top    float64 // where content starts on the current page, below a repeated header
}

// paginate places items on pages numbered from first. A heading is kept with what follows
// it, the lines of a short paragraph stay together, a table row moves whole to the next page
// (repeating the header row there) unless it is taller than a page, in which case it is
// split between lines.
func paginate(items []item, th theme, pp paper, first int) []page {
	return paginateIn(nil, items, th, pp, first)
}

// paginateIn is paginate with the pages' elements cut from arena.
func paginateIn(arena *elemArena, items []item, th theme, pp paper, first int) []page {
	p := &paginator{arena: arena, th: th, paper: pp, first: first, bottom: pp.height - pp.bottom}
	p.newPage()
	for i := range items {
		p.add(items, i)
	}
	return p.pages
}

func (p *paginator) empty() bool         { return p.y == p.paper.top }
func (p *paginator) bodyHeight() float64 { return p.paper.textHeight() }

func (p *paginator) newPage() {
	// A page holds about as many elements as the one before it, plus the header and footer
	// frame adds: one allocation instead of a slice grown element by element.
	n := 128
	if len(p.pages) > 0 {
		n = len(p.pages[len(p.pages)-1].elems) + 16
	}
	p.pages = append(p.pages, page{elems: p.arena.take(n)})
	p.y = p.paper.top
	p.top = p.y
}

func (p *paginator) add(items []item, i int) {
	it := items[i]
	if it.newPage && !p.empty() {
		p.newPage()
	}
	for guard := 0; ; guard++ {
		sb := it.spaceBefore
		if p.empty() {
			sb = 0
		}
		avail := p.bottom - p.y - sb
		need := p.chain(items, i, it)
		if need <= avail || (p.empty() && it.row == nil) || guard > 1000 {
			p.place(it, sb)
			return
		}
		header := 0.0
		if it.row != nil && it.row.header != nil && it.row.header.height <= p.bodyHeight()/3 {
			header = it.row.header.height
		}
		minRow := p.th.lineHeight(p.th.table) + 2*cellPadY
		if !p.empty() && (it.row == nil || need <= p.bodyHeight()-header || avail < minRow) {
			p.newPage()
			p.repeatHeader(it)
			continue
		}
		if it.row == nil {
			p.place(it, sb)
			return
		}
		first, rest, ok := p.th.split(p.arena, it, avail)
		if !ok {
			p.place(it, sb)
			return
		}
		p.place(first, sb)
		p.newPage()
		p.repeatHeader(rest)
		rest.spaceBefore = 0
		it = rest
	}
}

// chain is the height needed to place it together with the items it must stay with.
// A chain taller than a page is cut down to what is bound together: a heading with what
// follows it, a table's header row with its first body row (or that row's first line when
// the row is split).
func (p *paginator) chain(items []item, i int, it item) float64 {
	if h := p.follow(items, i, func(it item) bool { return it.keep }); h <= p.bodyHeight() {
		return h
	}
	if h := p.follow(items, i, func(it item) bool { return it.bind }); h <= p.bodyHeight() {
		return h
	}
	return it.height
}

// follow is the height of items[i] and of the items after it that with holds to it.
func (p *paginator) follow(items []item, i int, with func(item) bool) float64 {
	h := items[i].height
	for j := i; with(items[j]) && j+1 < len(items); j++ {
		next := items[j+1]
		if next.row != nil && !with(next) {
			// A data row that fits on a page moves whole (add), so what keeps with it needs
			// all of it; a taller row is split, and only its start must fit.
			rowH := next.height
			if rowH > p.bodyHeight()-items[j].height {
				rowH = min(next.height, p.th.lineHeight(p.th.table)+2*cellPadY)
			}
			return h + next.spaceBefore + rowH
		}
		h += next.spaceBefore + next.height
	}
	return h
}

// repeatHeader repeats a table's header row at the top of a continuation page, unless it
// would take more than a third of the page.
func (p *paginator) repeatHeader(it item) {
	if it.row != nil && it.row.header != nil && it.row.header.height <= p.bodyHeight()/3 {
		p.place(*it.row.header, 0)
		p.top = p.y
	}
}

func (p *paginator) place(it item, spaceBefore float64) {
	p.y += spaceBefore
	if it.undrawn {
		it.elems = p.th.rowItem(p.arena, it.row, false, nil).elems
	}
	pg := &p.pages[len(p.pages)-1]
	if need := len(pg.elems) + len(it.elems); need > cap(pg.elems) {
		// A page fuller than the one before it: twice the room, from the arena too.
		pg.elems = append(p.arena.take(max(2*cap(pg.elems), need)), pg.elems...)
	}
	for _, e := range it.elems {
		e.x += p.paper.left
		e.y += p.y
		pg.elems = append(pg.elems, e)
	}
	if it.anchor != nil {
		it.anchor.page = p.first + len(p.pages) - 1
		it.anchor.y = p.y
		pg.anchors = append(pg.anchors, it.anchor)
	}
	pg.heading = it.heading
	p.y += it.height
}
