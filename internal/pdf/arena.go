package pdf

// chunks hands out slices of T cut from chunks of a fixed size: a document's table cells,
// rows, lines and pages hold thousands of clusters and elements, which one allocation per
// chunk serves instead of one per slice. A slice longer than a chunk is allocated on its
// own; one that outgrows its room is copied, as append does. (The chunks are not reused
// across renders: a render allocates in proportion to what it lays out.)
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

// elemArena holds the elements of a render's items and pages.
type elemArena = chunks[element]

func newElemArena() *elemArena { return newChunks[element](512) }
