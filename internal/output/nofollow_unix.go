//go:build unix

package output

import "syscall"

const oNoFollow = syscall.O_NOFOLLOW
