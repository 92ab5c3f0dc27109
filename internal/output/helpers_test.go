package output

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// snapshot is everything in a folder, links not followed: path → kind, mode and content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	snap := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		fi, err := os.Lstat(p)
		if err != nil {
			return err
		}
		switch {
		case fi.Mode()&fs.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			snap[rel] = "link → " + target
		case fi.IsDir():
			snap[rel] = fmt.Sprintf("dir %v", fi.Mode().Perm())
		default:
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			snap[rel] = fmt.Sprintf("file %v %q", fi.Mode().Perm(), data)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

func sameSnapshot(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	for _, k := range slices.Sorted(maps.Keys(want)) {
		if got[k] != want[k] {
			t.Errorf("%s: %s is %q, want %q", what, k, got[k], want[k])
		}
	}
	for _, k := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: %s is there (%.60s), and was not", what, k, got[k])
		}
	}
}

// docs makes files with the given paths, each holding its path and a version.
func docs(version string, paths ...string) []File {
	var files []File
	for _, p := range paths {
		files = append(files, File{Path: p, Data: []byte(p + " " + version + "\n")})
	}
	return WithManifest("policygen test", files)
}

func publish(t *testing.T, dir string, files []File, opts Options) Result {
	t.Helper()
	res, err := Publish(context.Background(), dir, files, opts)
	if err != nil {
		t.Fatalf("Publish: %v", err)
	}
	return res
}

// faultFS is the real file system with one operation made to fail.
type faultFS struct {
	FS
	mu      sync.Mutex
	renames int                               // renames of temp files into place so far
	rename  func(n int, old, new string) bool // fail this rename
	write   func(name string) bool            // fail this write
	sync    func(name string) bool            // fail this file's sync (a temp file's)
	close   func(name string) bool            // fail this file's close (a temp file's)
	readDir func(name string) error           // fail this folder's reading
	syncDir func(name string) bool            // fail this folder's sync
	dead    bool                              // every change fails: the process is gone
	noLinks bool                              // a file system without hard links
}

var errInjected = fmt.Errorf("injected fault")

func (f *faultFS) Rename(old, new string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.dead {
		return errInjected
	}
	if strings.HasSuffix(old, ".tmp") && !strings.HasPrefix(filepath.Base(old), ".policygen") {
		f.renames++
		if f.rename != nil && f.rename(f.renames, old, new) {
			return errInjected
		}
	}
	return f.FS.Rename(old, new)
}

func (f *faultFS) WriteFile(name string, data []byte, mode fs.FileMode) error {
	f.mu.Lock()
	fail := f.dead || (f.write != nil && f.write(name))
	f.mu.Unlock()
	if fail {
		return errInjected
	}
	return f.FS.WriteFile(name, data, mode)
}

func (f *faultFS) CreateFile(name string, data []byte, mode fs.FileMode) (PendingFile, error) {
	f.mu.Lock()
	fail := f.dead || (f.write != nil && f.write(name))
	f.mu.Unlock()
	if fail {
		return nil, errInjected
	}
	p, err := f.FS.CreateFile(name, data, mode)
	if err != nil {
		return nil, err
	}
	return &faultFile{PendingFile: p, fs: f, name: name}, nil
}

// faultFile is a file CreateFile wrote, whose Sync fails when faultFS.sync says so.
type faultFile struct {
	PendingFile
	fs   *faultFS
	name string
}

func (p *faultFile) Sync() error {
	p.fs.mu.Lock()
	fail := p.fs.dead || (p.fs.sync != nil && p.fs.sync(p.name))
	p.fs.mu.Unlock()
	if fail {
		return errInjected
	}
	return p.PendingFile.Sync()
}

// Close closes the file, then fails when faultFS.close says so, as a file system that
// reports a write error only on close (NFS) does.
func (p *faultFile) Close() error {
	err := p.PendingFile.Close()
	p.fs.mu.Lock()
	fail := p.fs.close != nil && p.fs.close(p.name)
	p.fs.mu.Unlock()
	if fail {
		return errInjected
	}
	return err
}

func (f *faultFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if f.readDir != nil {
		if err := f.readDir(name); err != nil {
			return nil, err
		}
	}
	return f.FS.ReadDir(name)
}

func (f *faultFS) SyncDir(name string) error {
	f.mu.Lock()
	fail := f.dead || (f.syncDir != nil && f.syncDir(name))
	f.mu.Unlock()
	if fail {
		return errInjected
	}
	return f.FS.SyncDir(name)
}

func (f *faultFS) Remove(name string) error {
	if f.isDead() {
		return errInjected
	}
	return f.FS.Remove(name)
}

func (f *faultFS) Link(old, new string) error {
	if f.isDead() || f.noLinks {
		return errInjected
	}
	return f.FS.Link(old, new)
}

func (f *faultFS) Mkdir(name string) error {
	if f.isDead() {
		return errInjected
	}
	return f.FS.Mkdir(name)
}

func (f *faultFS) isDead() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.dead
}

func (f *faultFS) die() {
	f.mu.Lock()
	f.dead = true
	f.mu.Unlock()
}

func withFS(f *faultFS) Options {
	return Options{WrapFS: func(real FS) FS { f.FS = real; return f }}
}
