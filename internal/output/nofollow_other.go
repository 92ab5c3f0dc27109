//go:build !unix

package output

const (
	oNoFollow = 0
	oNonBlock = 0
)
