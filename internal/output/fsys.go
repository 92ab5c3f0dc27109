package output

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// FS is what a publication does to the output folder. Every name is relative to the folder,
// with slashes. The real one works through an os.Root, so no name can leave the folder; tests
// wrap it to make one operation fail.
type FS interface {
	Lstat(name string) (fs.FileInfo, error)
	ReadDir(name string) ([]fs.DirEntry, error)
	// ReadFile reads at most limit bytes of a regular file, never through a symbolic link.
	ReadFile(name string, limit int64) ([]byte, error)
	Mkdir(name string) error
	// WriteFile creates name, which must not exist, with data, and syncs it to disk. A mode
	// of 0 means 0666 minus the umask; any other mode's permissions are set exactly
	// (noPermission: none at all).
	WriteFile(name string, data []byte, mode fs.FileMode) error
	// CreateFile is WriteFile that only starts writing the data to disk and leaves the
	// file open: its Sync waits until the data is there. The caller closes it.
	CreateFile(name string, data []byte, mode fs.FileMode) (PendingFile, error)
	Link(oldname, newname string) error
	Rename(oldname, newname string) error
	Remove(name string) error
	// SyncDir makes the folder's entries (renames, removals) durable.
	SyncDir(name string) error
}

// noPermission is the mode of a file that had no permission at all (0000), which WriteFile
// must keep: a mode of 0 means a new file's.
const noPermission = fs.ModeIrregular

// rootFS is the real file system under one folder.
type rootFS struct{ root *os.Root }

func native(name string) string { return filepath.FromSlash(name) }

func (r rootFS) Lstat(name string) (fs.FileInfo, error) { return r.root.Lstat(native(name)) }

func (r rootFS) ReadDir(name string) ([]fs.DirEntry, error) {
	f, err := r.root.Open(native(name))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

func (r rootFS) ReadFile(name string, limit int64) ([]byte, error) {
	f, err := r.root.OpenFile(native(name), os.O_RDONLY|oNoFollow|oNonBlock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "read", Path: name, Err: errNotRegular}
	}
	return io.ReadAll(io.LimitReader(f, limit))
}

var errNotRegular = errors.New("not a regular file")

func (r rootFS) Mkdir(name string) error { return r.root.Mkdir(native(name), 0o777) }

func (r rootFS) WriteFile(name string, data []byte, mode fs.FileMode) error {
	f, err := r.CreateFile(name, data, mode)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		r.root.Remove(native(name))
	}
	return err
}

func (r rootFS) CreateFile(name string, data []byte, mode fs.FileMode) (PendingFile, error) {
	perm := fs.FileMode(0o666)
	if mode != 0 {
		perm = mode.Perm()
	}
	f, err := r.root.OpenFile(native(name), os.O_WRONLY|os.O_CREATE|os.O_EXCL|oNoFollow, perm)
	if err != nil {
		return nil, err
	}
	_, err = f.Write(data)
	if err == nil && mode != 0 {
		err = f.Chmod(mode.Perm()) // exactly the old mode, whatever the umask
	}
	if err != nil {
		f.Close()
		r.root.Remove(native(name))
		return nil, err
	}
	startWriteback(f)
	return f, nil
}

// PendingFile is a file CreateFile wrote: Sync waits until its data is on disk.
type PendingFile interface {
	Sync() error
	Close() error
}

func (r rootFS) Link(oldname, newname string) error {
	return r.root.Link(native(oldname), native(newname))
}

func (r rootFS) Rename(oldname, newname string) error {
	return r.root.Rename(native(oldname), native(newname))
}

func (r rootFS) Remove(name string) error { return r.root.Remove(native(name)) }

func (r rootFS) SyncDir(name string) error {
	f, err := r.root.Open(native(name))
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return err
	}
	return nil
}

// exists reports whether name is there (as anything, a symbolic link included).
func exists(fsys FS, name string) (bool, error) {
	_, err := fsys.Lstat(name)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	return err == nil, err
}
