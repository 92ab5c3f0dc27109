package pdf

// chunks hands out slices of T cut from chunks of a fixed size: a document's table cells,
// rows, lines and pages hold thousands of clusters and elements, which one allocation per
// chunk serves instead of one per slice. A slice longer than a quarter of a chunk is
// allocated on its own, so that little of a chunk goes unused; one that outgrows its room
// is copied, as append does. The chunks are not reused across renders (a sync.Pool of
// them saved about 4 % more CPU, but made a render's allocations grow faster than the
// document whenever a collection emptied the pool: TestRenderersScaleLinearly).
type chunks[T any] struct {
	size int // T per chunk
	free []T // the rest of the last chunk
}

func newChunks[T any](size int) *chunks[T] { return &chunks[T]{size: size} }

// take returns an empty slice with room for n values; a nil chunks allocates it.
func (c *chunks[T]) take(n int) []T {
	if c == nil || n > c.size/4 {
		return make([]T, 0, n)
	}
	if len(c.free) < n {
		c.free = make([]T, c.size)
	}
	s := c.free[:0:n]
	c.free = c.free[n:]
	return s
}

// elemArena holds the elements of a render's items and pages, and the items of its lines.
type elemArena struct {
	elems chunks[element]
	items chunks[item]
}

func newElemArena() *elemArena {
	return &elemArena{elems: chunks[element]{size: 512}, items: chunks[item]{size: 256}}
}

// take returns an empty slice with room for n elements; a nil arena allocates it.
func (a *elemArena) take(n int) []element {
	if a == nil {
		return make([]element, 0, n)
	}
	return a.elems.take(n)
}

// takeItems returns n zero items.
func (a *elemArena) takeItems(n int) []item {
	if a == nil {
		return make([]item, n)
	}
	return a.items.take(n)[:n]
}
