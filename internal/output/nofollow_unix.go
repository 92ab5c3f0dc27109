//go:build unix

package output

import "syscall"

const (
	oNoFollow = syscall.O_NOFOLLOW
	oNonBlock = syscall.O_NONBLOCK // opening a FIFO does not wait for a writer
)
