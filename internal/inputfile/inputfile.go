// Package inputfile reads the files people give policygen in folders (locale files,
// templates) with limits: regular files only, never a FIFO or device (also not behind a
// symbolic link), and at most a given size, so that no such file can block or exhaust a run.
package inputfile

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// MaxSize is the largest locale or template file read.
const MaxSize = 1 << 20

// MaxFiles is the most files of one kind read from one folder.
const MaxFiles = 200

// Error is a file that cannot be used as input. Path names it.
type Error struct {
	Path string
	Msg  string
}

func (e *Error) Error() string { return e.Path + ": " + e.Msg }

// Read returns the contents of the regular file at path, which may be at most max bytes. A
// FIFO, device, socket or folder is refused before it is opened; the file is opened without
// blocking and checked again, so that one swapped in after the check cannot block either.
func Read(path string, max int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := check(path, fi, max); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := check(path, fi, max); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, &Error{path, fmt.Sprintf("the file is larger than %s; the limit is %s", ByteSize(max), ByteSize(max))}
	}
	return data, nil
}

// check refuses anything but a regular file of at most max bytes.
func check(path string, fi fs.FileInfo, max int64) error {
	m := fi.Mode()
	if !m.IsRegular() {
		return &Error{path, "is " + kind(m) + ", not a regular file; only plain files are read"}
	}
	if fi.Size() > max {
		return &Error{path, fmt.Sprintf("the file is %s; the limit is %s", ByteSize(fi.Size()), ByteSize(max))}
	}
	return nil
}

func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	}
	return "a special file"
}

// ByteSize formats a size for people: "1.0 GiB", "12.5 MiB", "1 MiB".
func ByteSize(n int64) string {
	units := []struct {
		size int64
		name string
	}{{1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}}
	for _, u := range units {
		if n >= u.size {
			if n%u.size == 0 {
				return fmt.Sprintf("%d %s", n/u.size, u.name)
			}
			return fmt.Sprintf("%.1f %s", float64(n)/float64(u.size), u.name)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}
