package pdf

import "strconv"

const tocNumberWidth = 30.0 // room kept for page numbers at the right of the contents

// tocItems lays out the table of contents: its own heading, then one entry per level-2 and
// level-3 heading, each ending in dot leaders and a page reference resolved after the body
// is paginated (the entries' heights do not depend on the numbers).
func (lo *layouter) tocItems(title string, anchors []*anchor) []item {
	head := &anchor{level: 2, title: title}
	st := textStyle{size: lo.th.heading[2], bold: true, color: lo.th.accent}
	ls := lo.br.lines([]span{{text: lo.ts.clean(title), style: st}}, lo.width)
	items := lo.th.lineItems(lo.arena, ls, 0, st.size)
	if len(items) > 0 {
		items[0].anchor = head
		last := &items[len(items)-1]
		last.height += 10
		last.elems = append(last.elems, element{kind: elemLine, y: last.height - 4, w: lo.width, color: lo.th.rule, lineW: 0.6})
		for i := range items {
			items[i].keep, items[i].heading = true, true
		}
	}
	for _, a := range anchors {
		if a.level > 3 {
			continue
		}
		x, before := 0.0, 7.0
		st := textStyle{size: lo.th.body, color: lo.th.text}
		if a.level == 3 {
			x, before = 16, 2
			st.size, st.color = lo.th.body-0.5, lo.th.muted
		}
		ls := lo.br.lines([]span{{text: a.title, style: st}}, lo.width-x-tocNumberWidth-8)
		entry := lo.th.lineItems(lo.arena, ls, x, st.size)
		if len(entry) == 0 {
			continue
		}
		last := &entry[len(entry)-1]
		h := last.height
		by := baseline(st.size, h)
		last.elems = append(last.elems,
			element{kind: elemLine, x: x + ls[len(ls)-1].width + 6, y: by, w: lo.width - tocNumberWidth - 4 - (x + ls[len(ls)-1].width + 6), color: lo.th.rule, lineW: 0.9, dots: true},
			element{kind: elemPageRef, x: lo.width, y: by, run: run{style: st}, ref: a})
		entry[0].spaceBefore = before
		for i := range entry {
			entry[i].elems = append(entry[i].elems, element{kind: elemGoTo, x: x, w: lo.width - x, h: entry[i].height, ref: a})
		}
		for i := range entry[:len(entry)-1] {
			entry[i].keep = true
		}
		items = append(items, entry...)
	}
	return items
}

// resolveRefs replaces page references with right-aligned page numbers.
func (b *breaker) resolveRefs(pages []page) {
	for p := range pages {
		for i, e := range pages[p].elems {
			if e.kind != elemPageRef {
				continue
			}
			ls := b.lines([]span{{text: strconv.Itoa(e.ref.page), style: e.run.style}}, 1e9)
			if len(ls) == 0 || len(ls[0].runs) == 0 {
				pages[p].elems[i].kind = elemNone
				continue
			}
			r := ls[0].runs[0]
			pages[p].elems[i] = element{kind: elemText, x: e.x - ls[0].width, y: e.y, w: r.width, run: r}
		}
	}
}
