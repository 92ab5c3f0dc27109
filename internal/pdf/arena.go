package pdf

import "sync"

// chunks hands out slices of T cut from fixed-size chunks, which later renders reuse
// through a pool: a document's lines, rows and pages hold thousands of clusters and
// elements that are garbage once it is drawn. The chunks have one size, so that a render
// allocates (when the pool is empty) in proportion to what it lays out. A slice too long
// for a chunk is allocated on its own; one that outgrows its room is copied, as append does.
type chunks[T any] struct {
	pool  *sync.Pool // of *[]T, each chunkLen long
	size  int        // T per chunk
	taken []*[]T     // chunks from pool, given back by release
	free  []T        // the rest of the last chunk
}

func newChunks[T any](pool *sync.Pool, size int) *chunks[T] {
	return &chunks[T]{pool: pool, size: size}
}

// take returns an empty slice with room for n values; a nil chunks allocates it.
func (c *chunks[T]) take(n int) []T {
	if c == nil || n > c.size {
		return make([]T, 0, n)
	}
	if len(c.free) < n {
		chunk, _ := c.pool.Get().(*[]T)
		if chunk == nil || len(*chunk) != c.size {
			s := make([]T, c.size)
			chunk = &s
		}
		c.taken = append(c.taken, chunk)
		c.free = *chunk
	}
	s := c.free[:0:n]
	c.free = c.free[n:]
	return s
}

// release gives the chunks back: nothing cut from them may be used afterwards. The values
// left in a chunk are never read again, only overwritten.
func (c *chunks[T]) release() {
	if c == nil {
		return
	}
	for _, chunk := range c.taken {
		c.pool.Put(chunk)
	}
	c.taken, c.free = nil, nil
}

// elemArena holds the elements of a render's items and pages.
type elemArena = chunks[element]

var elemChunks sync.Pool

func newElemArena() *elemArena { return newChunks[element](&elemChunks, 1024) }

// clusterChunks holds the chunks of table cells' clusters (breaker.cellClusters).
var clusterChunks sync.Pool
