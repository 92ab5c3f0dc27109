package output

import (
	"os"
	"syscall"
)

// startWriteback asks the kernel to start writing f's data to disk now, without waiting
// (sync_file_range with SYNC_FILE_RANGE_WRITE); a later Sync waits for it. A failure here
// is only a missed head start: Sync reports any real error.
func startWriteback(f *os.File) {
	const syncFileRangeWrite = 2
	if c, err := f.SyscallConn(); err == nil {
		c.Control(func(fd uintptr) { syscall.SyncFileRange(int(fd), 0, 0, syncFileRangeWrite) })
	}
}
