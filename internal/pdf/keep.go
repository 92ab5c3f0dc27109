package pdf

// shortSection is the share of a page's text height up to which a level-2 section is kept
// on one page: a short section such as the acknowledgement form (a statement and the lines
// to sign) moves whole to the next page rather than being split, at the cost of at most
// that much white space.
const shortSection = 0.4

// keepShortSections keeps every level-2 section no taller than limit on one page: each of
// its items is kept with the next.
func keepShortSections(items []item, limit float64) {
	start := -1
	flush := func(end int) {
		if start < 0 || end-start < 2 {
			return
		}
		h := 0.0
		for i := start; i < end; i++ {
			if i > start {
				h += items[i].spaceBefore
			}
			h += items[i].height
		}
		if h > limit {
			return
		}
		for i := start; i < end-1; i++ {
			items[i].keep = true
		}
	}
	for i := range items {
		if a := items[i].anchor; a != nil && a.level <= 2 {
			flush(i)
			start = i
		}
	}
	flush(len(items))
}
