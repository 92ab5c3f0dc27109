package output

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// DefaultLockWait is how long a build waits for another build to leave the output folder.
const DefaultLockWait = 5 * time.Second

// LockedError is a folder another build holds for longer than this one would wait.
type LockedError struct {
	Path string // the lock file
	Wait time.Duration
}

func (e *LockedError) Error() string {
	return fmt.Sprintf("another policygen build holds %s (waited %s): wait for it to finish, or build into another folder", e.Path, e.Wait)
}

// folderLock is an exclusive lock on an output folder: flock(2) on a lock file inside it, so
// the kernel releases it when the process dies however it dies.
type folderLock struct {
	root *os.Root
	file *os.File
}

// lockFolder takes the folder's lock, waiting up to wait; busy is called once if another
// build holds it.
func lockFolder(ctx context.Context, root *os.Root, dir string, wait time.Duration, busy func()) (*folderLock, error) {
	deadline := time.Now().Add(wait)
	for {
		l, held, err := tryLock(root, filepath.Join(dir, LockName))
		if err != nil || !held {
			return l, err
		}
		if busy != nil {
			busy()
			busy = nil
		}
		left := time.Until(deadline)
		if left <= 0 {
			return nil, &LockedError{Path: filepath.Join(dir, LockName), Wait: wait}
		}
		t := time.NewTimer(min(left, 50*time.Millisecond))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, context.Cause(ctx)
		case <-t.C:
		}
	}
}

// tryLock takes the lock if it is free. held reports another build holding it. name is the
// lock file as messages show it.
func tryLock(root *os.Root, name string) (l *folderLock, held bool, err error) {
	fail := func(err error) error {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("lock the output folder: %s: %w", name, err)
	}
	for range 100 {
		if fi, err := root.Lstat(LockName); err == nil && !fi.Mode().IsRegular() {
			return nil, false, fmt.Errorf("lock the output folder: %s is not a regular file; remove it", name)
		}
		f, err := root.OpenFile(LockName, os.O_RDWR|os.O_CREATE, 0o666)
		if err != nil {
			return nil, false, fail(err)
		}
		ok, err := flock(f)
		if err != nil {
			f.Close()
			return nil, false, fail(err)
		}
		if !ok {
			f.Close()
			return nil, true, nil
		}
		// The build before may have removed the file between our open and our lock: the
		// lock counts only if it is on the file that is there now.
		fi, err1 := f.Stat()
		now, err2 := root.Lstat(LockName)
		if err1 == nil && err2 == nil && os.SameFile(fi, now) {
			return &folderLock{root: root, file: f}, false, nil
		}
		f.Close()
	}
	return nil, false, fmt.Errorf("lock the output folder: %s keeps changing", name)
}

// unlock removes the lock file, then releases the lock, so the folder keeps no trace of it.
func (l *folderLock) unlock() {
	l.root.Remove(LockName)
	l.file.Close()
}
